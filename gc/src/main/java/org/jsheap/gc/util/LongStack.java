package org.jsheap.gc.util;

import java.util.Arrays;

/** A growable LIFO of longs: gray work lists, promoted-object lists. Not thread-safe. */
public final class LongStack {
  private long[] items;
  private int size;

  public LongStack(int initialCapacity) {
    items = new long[Math.max(4, initialCapacity)];
  }

  public void push(long value) {
    if (size == items.length) {
      items = Arrays.copyOf(items, items.length * 2);
    }
    items[size++] = value;
  }

  public long pop() {
    return items[--size];
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int size() {
    return size;
  }

  public long get(int index) {
    return items[index];
  }

  public void set(int index, long value) {
    items[index] = value;
  }

  public void clear() {
    size = 0;
  }

  /** Drops the backing array if it grew large, so a burst does not pin memory forever. */
  public void trim(int maxRetainedCapacity) {
    if (size == 0 && items.length > maxRetainedCapacity) {
      items = new long[Math.max(4, maxRetainedCapacity)];
    }
  }
}
