package org.jsheap.gc;

import java.util.Arrays;

/**
 * The register file of an interpreter's activations: tagged values the collector scans and updates
 * precisely. A VM keeps every reference it holds across a possible collection point in a value
 * stack (or a handle), never only in a Java local.
 *
 * <h2>Activations</h2>
 *
 * A call's references live in a <em>window</em> of slots. Two kinds of entry exist (see docs/gc.md,
 * "Activations"):
 *
 * <ul>
 *   <li>{@link #enter}/{@link #leave}: a window entered from Java (a call target invoked from the
 *       host, a builtin calling back into the language). It starts above every slot in use, so it
 *       never overlaps a live window; leave it in a {@code finally}. Writes the top.
 *   <li>{@link #enterAt}: a callee's window at a base its caller passes (the caller's base plus the
 *       caller's window size). It writes nothing while the window lies below the <em>high-water
 *       mark</em>, and a return needs no call at all: nothing to release on normal or exceptional
 *       exit. Its slots are not cleared: they hold whatever valid value a previous call left.
 * </ul>
 *
 * <p>Invariant: every slot below {@link #highWater()} holds a valid tagged value, because the
 * collector scans (and updates) every slot below {@code max(size, highWater)}; slots a returned
 * callee left behind stay roots until overwritten or until the enclosing Java entry is left. So a
 * call and a return write no top, at the price of retaining what dead windows last held.
 *
 * <p>{@link #getUnchecked}/{@link #setUnchecked} skip the {@code size} check; {@link #CHECKED}
 * (assertions, or {@code -Djsheap.gc.checkedStack=true}) checks them against the scanned slots.
 *
 * <p>The older push/pop API works as before on the top ({@link #size()}); inside a callee window
 * entered with {@code enterAt}, Java code must not push (the top lies below that window) but {@link
 * #enter} its own window.
 *
 * <p>Not thread-safe: one mutator thread owns a value stack. The slot array is allocated once at
 * {@link #maxSize()} and never replaced, so compiled code may keep it in a register.
 */
public final class ValueStack implements RootProvider, AutoCloseable {
  /** Default {@link #maxSize()} of {@link Heap#newValueStack()}: 512 KiB of slots. */
  public static final int DEFAULT_MAX_SIZE = 1 << 16;

  /**
   * Whether {@link #getUnchecked}/{@link #setUnchecked} check their index against the scanned
   * slots: on with assertions ({@code -ea}, as every test run) or {@code
   * -Djsheap.gc.checkedStack=true}. A constant, so compiled code drops the check when it is off.
   */
  public static final boolean CHECKED =
      ValueStack.class.desiredAssertionStatus() || Boolean.getBoolean("jsheap.gc.checkedStack");

  private final Heap heap;
  private final long[] slots;
  private int size;
  private int highWater;

  ValueStack(Heap heap, int initialCapacity, int maxSize) {
    if (initialCapacity < 0 || maxSize < 1) {
      throw new IllegalArgumentException(
          "bad value stack sizes: initial " + initialCapacity + ", max " + maxSize);
    }
    this.heap = heap;
    this.slots = new long[maxSize];
  }

  /** Number of slots below the top (pushed, reserved or entered from Java). */
  public int size() {
    return size;
  }

  /** Largest size this stack may grow to. */
  public int maxSize() {
    return slots.length;
  }

  /** Every slot below this index holds a valid value and is scanned (see the class comment). */
  public int highWater() {
    return highWater;
  }

  // ---------------------------------------------------------------- activations

  /**
   * Enters a window of {@code count} undefined slots above every slot in use and returns its base;
   * for entries from Java. Pair it with {@link #leave} in a {@code finally}.
   *
   * @throws ValueStackOverflowException if the window does not fit below {@link #maxSize()}
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public int enter(int count) {
    int base = tryEnter(count);
    if (base < 0) {
      throw new ValueStackOverflowException(slots.length);
    }
    return base;
  }

  /** {@link #enter}, but returns -1 instead of throwing when the window does not fit. */
  public int tryEnter(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative activation size " + count);
    }
    int base = Math.max(size, highWater);
    if (count > slots.length - base) {
      return -1;
    }
    int end = base + count;
    Arrays.fill(slots, base, end, ValueCodec.UNDEFINED);
    size = end;
    highWater = end;
    return base;
  }

  /**
   * Leaves the window entered from Java at {@code base}, and with it every window entered above it:
   * they are no longer roots. Call it in a {@code finally}.
   *
   * @throws IllegalStateException if {@code base} is not at or below the top
   */
  public void leave(int base) {
    if (base < 0 || base > size) {
      throw new IllegalStateException("leaving window " + base + " above the top " + size);
    }
    size = base;
    highWater = base;
  }

  /**
   * Enters a callee's window of {@code count} slots at {@code base}, which the caller computed as
   * its own base plus its window size. Writes nothing when the window lies below the high-water
   * mark (the common case after the first call at this depth); otherwise raises the mark, filling
   * the new slots with undefined, out of line. The window's slots are not cleared. Nothing is
   * needed on return.
   *
   * @throws ValueStackOverflowException if the window does not fit below {@link #maxSize()}
   * @throws IllegalArgumentException if {@code base} or {@code count} is negative
   */
  public void enterAt(int base, int count) {
    if (!covers(base, count)) {
      raiseHighWater(base, count);
    }
  }

  /**
   * Whether {@link #enterAt enterAt(base, count)} would write nothing: the window lies below the
   * high-water mark. One compare. Compiled code that must keep {@code enterAt}'s out-of-line path
   * (filling, overflow) out of the compilation tests this first and calls {@code enterAt} behind a
   * boundary only when it is false.
   */
  public boolean covers(int base, int count) {
    // Written so that no int overflow can hide a window past the mark: base + count may overflow,
    // highWater - base cannot for base >= 0 (a negative base fails CHECKED, then enterAt's check).
    return count <= highWater - base && (!CHECKED || (base | count) >= 0);
  }

  private void raiseHighWater(int base, int count) {
    if (base < 0 || count < 0) {
      throw new IllegalArgumentException("bad activation window at " + base + " of " + count);
    }
    if (!tryEnterAt(base, count)) {
      throw new ValueStackOverflowException(slots.length);
    }
  }

  /**
   * {@link #enterAt}, but returns false instead of throwing when the window does not fit (or {@code
   * base} or {@code count} is negative), having changed nothing. It throws nothing and calls
   * nothing but a fill, so compiled code can keep it inline on its rare path and leave only the
   * overflow to a deoptimization, with no call in a loop that makes calls.
   */
  public boolean tryEnterAt(int base, int count) {
    if (base < 0 || count < 0 || count > slots.length - base) {
      return false;
    }
    int end = base + count;
    if (end > highWater) {
      Arrays.fill(slots, highWater, end, ValueCodec.UNDEFINED);
      highWater = end;
    }
    return true;
  }

  /**
   * Reads a slot of a window without the size check: one array load in compiled code.
   *
   * <p>SAFETY: the index must lie in a window entered on this stack and not yet left (so below
   * {@code max(size, highWater)}): only those slots are scanned, so only there does a reference
   * survive a collection. The array's own bounds check still keeps memory safe; {@link #CHECKED}
   * catches a read outside the scanned slots (ActivationTest, ActivationStressTest).
   */
  public long getUnchecked(int index) {
    if (CHECKED) {
      checkScanned(index);
    }
    return slots[index];
  }

  /**
   * Writes a slot of a window without the size check: one array store in compiled code.
   *
   * <p>SAFETY: as {@link #getUnchecked}: a reference stored outside the scanned slots would not be
   * updated by the next collection; {@link #CHECKED} catches it.
   */
  public void setUnchecked(int index, long value) {
    if (CHECKED) {
      checkScanned(index);
    }
    slots[index] = value;
  }

  private void checkScanned(int index) {
    if (index < 0 || index >= scanLimit()) {
      throw new AssertionError(
          "value stack slot " + index + " is outside the scanned slots [0, " + scanLimit() + ")");
    }
  }

  /** The raw content of any slot, scanned or not: for tests that show what a stale slot holds. */
  long rawSlot(int index) {
    return slots[index];
  }

  private int scanLimit() {
    return Math.max(size, highWater);
  }

  // ---------------------------------------------------------------- push and pop

  public void push(long value) {
    if (size == slots.length) {
      throw new ValueStackOverflowException(slots.length);
    }
    slots[size++] = value;
  }

  public long pop() {
    if (size == 0) {
      throw new IllegalStateException("value stack underflow");
    }
    return slots[--size];
  }

  public long peek() {
    if (size == 0) {
      throw new IllegalStateException("value stack is empty");
    }
    return slots[size - 1];
  }

  /** Reads a scanned slot (below the top or the high-water mark), checked. */
  public long get(int index) {
    checkIndex(index);
    return slots[index];
  }

  /** Writes a scanned slot (below the top or the high-water mark), checked. */
  public void set(int index, long value) {
    checkIndex(index);
    slots[index] = value;
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= scanLimit()) {
      throw new IndexOutOfBoundsException("value stack index " + index + " of " + scanLimit());
    }
  }

  /**
   * Grows the stack by {@code count} slots initialised to undefined and returns the index of the
   * first: how an activation reserves its registers.
   *
   * @throws ValueStackOverflowException if the stack would exceed {@link #maxSize()}
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public int reserve(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative value stack reservation " + count);
    }
    int base = size;
    if (count > slots.length - base) {
      throw new ValueStackOverflowException(slots.length);
    }
    setSize(base + count);
    return base;
  }

  /**
   * Truncates (dropping roots) or extends (with undefined) the top to {@code newSize}.
   *
   * @throws ValueStackOverflowException if {@code newSize} exceeds {@link #maxSize()}
   */
  public void setSize(int newSize) {
    if (newSize < 0) {
      throw new IllegalArgumentException("negative value stack size " + newSize);
    }
    if (newSize > slots.length) {
      throw new ValueStackOverflowException(slots.length);
    }
    if (newSize > size) {
      Arrays.fill(slots, size, newSize, ValueCodec.UNDEFINED);
    }
    size = newSize;
  }

  @Override
  public void visitRoots(RootVisitor visitor) {
    long[] s = slots;
    int limit = scanLimit();
    for (int i = 0; i < limit; i++) {
      s[i] = visitor.visit(s[i]);
    }
  }

  /** Unregisters the stack from its heap; its slots stop being roots. */
  @Override
  public void close() {
    if (heap != null) {
      heap.removeRootProvider(this);
    }
    size = 0;
    highWater = 0;
  }
}
