package org.jsheap.runtime.collections;

import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.jsheap.shapes.HeapKind;

/**
 * A heap (built from {@link HeapConfig#builder()}, so the GC-stress run applies), a value stack for
 * the test's roots, and test strings: heap objects of their own kind holding chars in raw bytes,
 * compared by content through {@link #STRINGS}. Tests keep every reference in the stack and re-read
 * it after anything that may allocate; under stress with poisoning any other habit fails.
 */
final class CollectionsFixture implements AutoCloseable {
  static final int TEST_STRING_KIND = HeapKind.LAST_KIND;
  static final int TEST_CLASS = 13;
  static final int PLAIN_KIND = HeapKind.LAST_KIND - 1;

  final Heap heap;
  final ValueStack stack;
  final KeyEquivalence strings;

  CollectionsFixture() {
    this(HeapConfig.builder().maxHeapBytes(64L << 20).semispaceBytes(256 * 1024).build());
  }

  CollectionsFixture(HeapConfig config) {
    heap = Heap.create(config);
    stack = heap.newValueStack(64, 1 << 20);
    strings = new TestStrings(heap);
  }

  static boolean stressed() {
    return HeapConfig.defaults().stress().forcesCollections();
  }

  int keep(long value) {
    stack.push(value);
    return stack.size() - 1;
  }

  long ref(int slot) {
    return stack.get(slot);
  }

  long addr(int slot) {
    return ValueCodec.asReference(stack.get(slot));
  }

  void set(int slot, long value) {
    stack.set(slot, value);
  }

  /**
   * A new plain object with {@code slots} tagged slots (a stand-in for a JS object); may collect.
   */
  long newObject(int slots) {
    return ValueCodec.fromReference(heap.allocate(TEST_CLASS, PLAIN_KIND, slots, 0));
  }

  /** A new heap string; may collect. */
  long newString(String s) {
    long a = heap.allocate(TEST_CLASS, TEST_STRING_KIND, 0, 8 + 2L * s.length());
    heap.setRawInt(a, 0, s.length());
    for (int i = 0; i < s.length(); i++) {
      heap.setRawChar(a, 8 + 2L * i, s.charAt(i));
    }
    return ValueCodec.fromReference(a);
  }

  String string(long value) {
    long a = ValueCodec.asReference(value);
    int n = heap.getRawInt(a, 0);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(heap.getRawChar(a, 8 + 2L * i));
    }
    return b.toString();
  }

  @Override
  public void close() {
    heap.close();
  }

  /** Content equivalence of the test strings. */
  private static final class TestStrings implements KeyEquivalence {
    private final Heap heap;

    TestStrings(Heap heap) {
      this.heap = heap;
    }

    @Override
    public boolean isContentKey(long value) {
      return ValueCodec.isReference(value)
          && heap.kind(ValueCodec.asReference(value)) == TEST_STRING_KIND;
    }

    @Override
    public int contentHash(long value) {
      long a = ValueCodec.asReference(value);
      int n = heap.getRawInt(a, 0);
      int h = 0;
      for (int i = 0; i < n; i++) {
        h = 31 * h + heap.getRawChar(a, 8 + 2L * i);
      }
      return h;
    }

    @Override
    public boolean contentEquals(long x, long y) {
      long a = ValueCodec.asReference(x);
      long b = ValueCodec.asReference(y);
      int n = heap.getRawInt(a, 0);
      if (heap.getRawInt(b, 0) != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (heap.getRawChar(a, 8 + 2L * i) != heap.getRawChar(b, 8 + 2L * i)) {
          return false;
        }
      }
      return true;
    }
  }
}
