package org.jsheap.runtime.objects;

import org.jsheap.gc.ValueStack;

/**
 * The runtime's one door to the value stack: every reference a JS function holds across a possible
 * collection lives in its activation window, a run of value-stack slots reserved on entry ({@link
 * #enter}) and released on normal and exceptional exit ({@link #exit}). The window's base index
 * lives in a frame slot. Only this class touches {@link ValueStack}, so moving to the gc's
 * activation API changes this file alone.
 */
public final class Activation {
  private final ValueStack stack;

  public Activation(ValueStack stack) {
    this.stack = stack;
  }

  /** Reserves {@code size} slots (initialised to undefined) and returns their base index. */
  public int enter(int size) {
    return stack.reserve(size);
  }

  /** Releases every slot from {@code base} on (the window and anything above it). */
  public void exit(int base) {
    stack.setSize(base);
  }

  /**
   * The value in absolute slot {@code index}: one array load in compiled code.
   *
   * <p>SAFETY: {@code index} lies in a window entered with {@link #enter} and not yet released by
   * {@link #exit} (the runtime's own window, or its caller's argument slots below it), so it is a
   * scanned slot, as {@link ValueStack#getUnchecked} requires. The checked {@link ValueStack#get}
   * built an exception message inline at every access, which partial evaluation compiled into every
   * function (docs/performance.md, "Realistic programs"). Test runs enable assertions, so {@link
   * ValueStack#CHECKED} still catches an access outside the scanned slots in every JS test, plain
   * and under GC stress.
   */
  public long get(int index) {
    return stack.getUnchecked(index);
  }

  /**
   * Stores {@code value} in absolute slot {@code index}: one array store in compiled code.
   *
   * <p>SAFETY: as {@link #get}; a reference stored outside the scanned slots would not be updated
   * by the next collection, and {@link ValueStack#CHECKED} catches it in tests.
   */
  public void set(int index, long value) {
    stack.setUnchecked(index, value);
  }

  /** The first free slot (the base the next {@link #enter} returns). */
  public int top() {
    return stack.size();
  }
}
