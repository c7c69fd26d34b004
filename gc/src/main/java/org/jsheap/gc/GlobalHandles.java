package org.jsheap.gc;

import java.util.Arrays;

/** The table behind {@link GlobalHandle}s: slots with a free list; a root provider. */
final class GlobalHandles implements RootProvider {
  private static final long FREE = ValueCodec.UNDEFINED;

  private long[] values = new long[16];
  private int[] nextFree = new int[16];
  private boolean[] used = new boolean[16];
  private int freeHead = -1;
  private int highWater;
  private int count;

  GlobalHandle create(long value) {
    int index;
    if (freeHead >= 0) {
      index = freeHead;
      freeHead = nextFree[index];
    } else {
      if (highWater == values.length) {
        int n = values.length * 2;
        values = Arrays.copyOf(values, n);
        nextFree = Arrays.copyOf(nextFree, n);
        used = Arrays.copyOf(used, n);
      }
      index = highWater++;
    }
    used[index] = true;
    values[index] = value;
    count++;
    return new GlobalHandle(this, index);
  }

  long get(int index) {
    return values[index];
  }

  void set(int index, long value) {
    values[index] = value;
  }

  void release(int index) {
    used[index] = false;
    values[index] = FREE;
    nextFree[index] = freeHead;
    freeHead = index;
    count--;
  }

  /** Number of open global handles. */
  int count() {
    return count;
  }

  @Override
  public void visitRoots(RootVisitor visitor) {
    for (int i = 0; i < highWater; i++) {
      if (used[i]) {
        values[i] = visitor.visit(values[i]);
      }
    }
  }
}
