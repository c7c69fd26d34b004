package org.jsheap.gc;

import org.jsheap.gc.util.HeapMemory;

/**
 * Reads and writes of an object's raw (untraced) payload, the bytes after its tagged slots, for the
 * {@link Heap} facade's {@code getRaw*}/{@code setRaw*}/{@code copyRaw}. Every access is bounds
 * checked against the object's header, in a way no argument can overflow.
 */
final class RawPayload {
  private final HeapMemory memory;

  RawPayload(HeapMemory memory) {
    this.memory = memory;
  }

  /**
   * The address of {@code length} raw bytes at {@code byteOffset} of {@code object}'s raw area.
   * Written so that no argument can overflow the bounds check.
   */
  private long rawAddress(long object, long byteOffset, long length) {
    long w1 = memory.getLong(object + 8);
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
    return memory.getLong(rawAddress(object, byteOffset, 8));
  }

  void setLong(long object, long byteOffset, long value) {
    memory.setLong(rawAddress(object, byteOffset, 8), value);
  }

  double getDouble(long object, long byteOffset) {
    return memory.getDouble(rawAddress(object, byteOffset, 8));
  }

  void setDouble(long object, long byteOffset, double value) {
    memory.setDouble(rawAddress(object, byteOffset, 8), value);
  }

  int getInt(long object, long byteOffset) {
    return memory.getInt(rawAddress(object, byteOffset, 4));
  }

  void setInt(long object, long byteOffset, int value) {
    memory.setInt(rawAddress(object, byteOffset, 4), value);
  }

  char getChar(long object, long byteOffset) {
    return memory.getChar(rawAddress(object, byteOffset, 2));
  }

  void setChar(long object, long byteOffset, char value) {
    memory.setChar(rawAddress(object, byteOffset, 2), value);
  }

  byte getByte(long object, long byteOffset) {
    return memory.getByte(rawAddress(object, byteOffset, 1));
  }

  void setByte(long object, long byteOffset, byte value) {
    memory.setByte(rawAddress(object, byteOffset, 1), value);
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
    memory.copy(src, dst, length);
  }
}
