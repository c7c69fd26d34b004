package org.jsheap.gc;

import java.util.Arrays;

/**
 * A growable stack of tagged values that the collector scans and updates precisely: the register
 * file of an interpreter's activations. A VM keeps every reference it holds across a possible
 * collection point in a value stack (or a handle), never only in a Java local.
 *
 * <p>Not thread-safe: one mutator thread owns a value stack. Slots past {@link #size()} are not
 * roots.
 */
public final class ValueStack implements RootProvider, AutoCloseable {
  private final Heap heap;
  private final int maxSize;
  private long[] slots;
  private int size;

  ValueStack(Heap heap, int initialCapacity, int maxSize) {
    if (initialCapacity < 0 || maxSize < 1) {
      throw new IllegalArgumentException(
          "bad value stack sizes: initial " + initialCapacity + ", max " + maxSize);
    }
    this.heap = heap;
    this.maxSize = maxSize;
    this.slots = new long[Math.max(16, Math.min(initialCapacity, maxSize))];
  }

  /** Number of live slots. */
  public int size() {
    return size;
  }

  /** Largest size this stack may grow to. */
  public int maxSize() {
    return maxSize;
  }

  public void push(long value) {
    if (size == slots.length) {
      grow(size + 1);
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

  public long get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("value stack index " + index + " of " + size);
    }
    return slots[index];
  }

  public void set(int index, long value) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("value stack index " + index + " of " + size);
    }
    slots[index] = value;
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
    if (count > maxSize - base) {
      throw new ValueStackOverflowException(maxSize);
    }
    setSize(base + count);
    return base;
  }

  /** Truncates (dropping roots) or extends (with undefined) the stack to {@code newSize}. */
  public void setSize(int newSize) {
    if (newSize < 0) {
      throw new IllegalArgumentException("negative value stack size " + newSize);
    }
    if (newSize > slots.length) {
      grow(newSize);
    }
    if (newSize > size) {
      Arrays.fill(slots, size, newSize, ValueCodec.UNDEFINED);
    }
    size = newSize;
  }

  private void grow(int needed) {
    if (needed > maxSize) {
      throw new ValueStackOverflowException(maxSize);
    }
    int capacity = (int) Math.min(maxSize, Math.max(needed, 2L * slots.length));
    slots = Arrays.copyOf(slots, capacity);
  }

  @Override
  public void visitRoots(RootVisitor visitor) {
    long[] s = slots;
    for (int i = 0; i < size; i++) {
      s[i] = visitor.visit(s[i]);
    }
  }

  /** Unregisters the stack from its heap; its slots stop being roots. */
  @Override
  public void close() {
    heap.removeRootProvider(this);
    size = 0;
  }
}
