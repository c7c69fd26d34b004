package org.jsheap.gc.util;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_CHAR_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.VarHandle;

/**
 * The one access path to a heap's memory: every load and store of a heap word goes through here, at
 * a heap address (an offset from the start of the heap's {@link NativeRegion}).
 *
 * <p>Two modes, fixed per JVM by the system property {@code jsheap.heap.checked} (and on whenever
 * {@code jsheap.gc.stress} is set, so both surefire runs use it):
 *
 * <ul>
 *   <li><b>unchecked</b> (the default: launcher, embedders, benchmarks): one plain load or store at
 *       {@code base + offset} through a global-scope segment over the whole address space. Its
 *       session never closes, so there is no liveness check; its bounds are {@code [0,
 *       Long.MAX_VALUE)}, which a JIT folds to a sign test at most; the layouts are unaligned, so
 *       there is no alignment test. {@code base} is a final field of a heap-constant object, so in
 *       Truffle-compiled code the address is a constant plus the offset.
 *   <li><b>checked</b> (tests, stress mode): the region's own shared-arena segment, as before this
 *       class existed: every access checks bounds against the region and liveness of the arena, so
 *       a wrong offset fails loudly with {@link IndexOutOfBoundsException} and a use after close
 *       with {@link IllegalStateException}.
 * </ul>
 *
 * <p>Why an unchecked access stays in bounds and never reaches an unmapped region: offsets come
 * from the collector and from object addresses the collector handed out, and each caller bounds
 * what it adds (tagged slot indices are checked by the caller or implied by a shape guard, raw
 * offsets by {@code RawPayload}); the checked mode runs the whole test suite with every access
 * bounds checked, so an offset that strays fails there. Liveness is checked at the API entry points
 * instead of per access: the {@code Heap} facade checks that it is open, and the language closes a
 * heap only when no thread is inside its context (docs/decisions.md, "heap access").
 */
public final class HeapMemory {
  /** Whether this JVM runs in checked mode; see the class comment. */
  public static final boolean CHECKED =
      Boolean.getBoolean("jsheap.heap.checked") || System.getProperty("jsheap.gc.stress") != null;

  // SAFETY: a segment over the whole address space is only dereferenced at base + offset, where
  // base is the start of a live region and offset lies inside it (see the class comment); the
  // checked mode, on in every test run, verifies exactly that for every access of the suite.
  @SuppressWarnings("restricted")
  private static final MemorySegment EVERYTHING = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

  private static final VarHandle LONG_HANDLE = JAVA_LONG.varHandle();

  private final MemorySegment region;
  private final long base;
  private final long size;
  private final boolean checked;

  /** An access path to {@code region} in this JVM's mode. */
  public HeapMemory(MemorySegment region) {
    this(region, CHECKED);
  }

  /** An access path to {@code region} in the given mode (tests compare the two). */
  public HeapMemory(MemorySegment region, boolean checked) {
    this.region = region;
    this.base = region.address();
    this.size = region.byteSize();
    this.checked = checked;
  }

  /** Whether this access path checks bounds and liveness on every access. */
  public boolean isChecked() {
    return checked;
  }

  /** The region's size in bytes: valid offsets are {@code [0, size)}. */
  public long size() {
    return size;
  }

  // SAFETY (every unchecked branch below): `base + offset` addresses bytes inside the live region
  // by the contract in the class comment; the checked branch enforces that contract.

  public long getLong(long offset) {
    return checked
        ? region.get(JAVA_LONG, offset)
        : EVERYTHING.get(JAVA_LONG_UNALIGNED, base + offset);
  }

  public void setLong(long offset, long value) {
    if (checked) {
      region.set(JAVA_LONG, offset, value);
    } else {
      EVERYTHING.set(JAVA_LONG_UNALIGNED, base + offset, value);
    }
  }

  public int getInt(long offset) {
    return checked
        ? region.get(JAVA_INT, offset)
        : EVERYTHING.get(JAVA_INT_UNALIGNED, base + offset);
  }

  public void setInt(long offset, int value) {
    if (checked) {
      region.set(JAVA_INT, offset, value);
    } else {
      EVERYTHING.set(JAVA_INT_UNALIGNED, base + offset, value);
    }
  }

  public double getDouble(long offset) {
    return checked
        ? region.get(JAVA_DOUBLE, offset)
        : EVERYTHING.get(JAVA_DOUBLE_UNALIGNED, base + offset);
  }

  public void setDouble(long offset, double value) {
    if (checked) {
      region.set(JAVA_DOUBLE, offset, value);
    } else {
      EVERYTHING.set(JAVA_DOUBLE_UNALIGNED, base + offset, value);
    }
  }

  public char getChar(long offset) {
    return checked
        ? region.get(JAVA_CHAR, offset)
        : EVERYTHING.get(JAVA_CHAR_UNALIGNED, base + offset);
  }

  public void setChar(long offset, char value) {
    if (checked) {
      region.set(JAVA_CHAR, offset, value);
    } else {
      EVERYTHING.set(JAVA_CHAR_UNALIGNED, base + offset, value);
    }
  }

  public byte getByte(long offset) {
    return checked ? region.get(JAVA_BYTE, offset) : EVERYTHING.get(JAVA_BYTE, base + offset);
  }

  public void setByte(long offset, byte value) {
    if (checked) {
      region.set(JAVA_BYTE, offset, value);
    } else {
      EVERYTHING.set(JAVA_BYTE, base + offset, value);
    }
  }

  /** A load with acquire semantics (the concurrent marker's read of a slot a scavenge rewrites). */
  public long getLongAcquire(long offset) {
    return checked
        ? (long) LONG_HANDLE.getAcquire(region, offset)
        : (long) LONG_HANDLE.getAcquire(EVERYTHING, base + offset);
  }

  /** A store with release semantics (a scavenge's rewrite of an old slot the marker may read). */
  public void setLongRelease(long offset, long value) {
    if (checked) {
      LONG_HANDLE.setRelease(region, offset, value);
    } else {
      LONG_HANDLE.setRelease(EVERYTHING, base + offset, value);
    }
  }

  /** Copies {@code length} bytes from {@code from} to {@code to} (overlap allowed, as memmove). */
  public void copy(long from, long to, long length) {
    if (checked) {
      MemorySegment.copy(region, from, region, to, length);
    } else {
      MemorySegment.copy(EVERYTHING, base + from, EVERYTHING, base + to, length);
    }
  }

  /** Sets {@code length} bytes at {@code offset} to {@code value}. */
  public void fill(long offset, long length, byte value) {
    if (checked) {
      region.asSlice(offset, length).fill(value);
    } else {
      EVERYTHING.asSlice(base + offset, length).fill(value);
    }
  }
}
