package org.jsheap.gc;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;

/**
 * Reads and writes of an object's raw (untraced) payload, the bytes after its tagged slots, for the
 * {@link Heap} facade's {@code getRaw*}/{@code setRaw*}/{@code copyRaw}. Every access is bounds
 * checked against the object's header, in a way no argument can overflow.
 */
final class RawPayload {
  private final MemorySegment memory;

  RawPayload(MemorySegment memory) {
    this.memory = memory;
  }

  /**
   * The address of {@code length} raw bytes at {@code byteOffset} of {@code object}'s raw area.
   * Written so that no argument can overflow the bounds check.
   */
  private long rawAddress(long object, long byteOffset, long length) {
    long w1 = memory.get(JAVA_LONG, object + 8);
    long rawStart = object + ObjectHeader.SIZE + 8L * ObjectHeader.taggedSlots(w1);
    long rawLength = object + ObjectHeader.size(w1) - rawStart;
    if (byteOffset < 0 || length > rawLength || byteOffset > rawLength - length) {
      throw new IndexOutOfBoundsException(
          "raw offset "
              + byteOffset
              + " (length "
              + length
              + ") outside the "
              + rawLength
              + " raw bytes of the object at "
              + object);
    }
    return rawStart + byteOffset;
  }

  long getLong(long object, long byteOffset) {
    return memory.get(JAVA_LONG, rawAddress(object, byteOffset, 8));
  }

  void setLong(long object, long byteOffset, long value) {
    memory.set(JAVA_LONG, rawAddress(object, byteOffset, 8), value);
  }

  double getDouble(long object, long byteOffset) {
    return memory.get(JAVA_DOUBLE, rawAddress(object, byteOffset, 8));
  }

  void setDouble(long object, long byteOffset, double value) {
    memory.set(JAVA_DOUBLE, rawAddress(object, byteOffset, 8), value);
  }

  int getInt(long object, long byteOffset) {
    return memory.get(JAVA_INT, rawAddress(object, byteOffset, 4));
  }

  void setInt(long object, long byteOffset, int value) {
    memory.set(JAVA_INT, rawAddress(object, byteOffset, 4), value);
  }

  char getChar(long object, long byteOffset) {
    return memory.get(JAVA_CHAR, rawAddress(object, byteOffset, 2));
  }

  void setChar(long object, long byteOffset, char value) {
    memory.set(JAVA_CHAR, rawAddress(object, byteOffset, 2), value);
  }

  byte getByte(long object, long byteOffset) {
    return memory.get(JAVA_BYTE, rawAddress(object, byteOffset, 1));
  }

  void setByte(long object, long byteOffset, byte value) {
    memory.set(JAVA_BYTE, rawAddress(object, byteOffset, 1), value);
  }

  /** {@link Heap#copyRaw}. */
  void copy(long from, long fromOffset, long to, long toOffset, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("raw copy length must not be negative: " + length);
    }
    if (length == 0) {
      return;
    }
    long src = rawAddress(from, fromOffset, length);
    long dst = rawAddress(to, toOffset, length);
    MemorySegment.copy(memory, src, memory, dst, length);
  }
}
