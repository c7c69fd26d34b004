package org.jsheap.shapes;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * A heap, an object model and a value stack for tests. Tests keep every reference in a stack slot
 * ({@link #keep}) and re-read it ({@link #ref}) after anything that may allocate, as runtime code
 * must; under {@code jsheap.gc.stress} any other habit fails.
 */
final class HeapFixture implements AutoCloseable {
  final Heap heap = Heap.create();
  final ObjectModel model = new ObjectModel(heap);
  final ValueStack stack = heap.newValueStack(64, 1 << 20);

  /** Roots {@code value}; returns its slot. */
  int keep(long value) {
    stack.push(value);
    return stack.size() - 1;
  }

  long ref(int slot) {
    return stack.get(slot);
  }

  void set(int slot, long value) {
    stack.set(slot, value);
  }

  int newObject() {
    return keep(model.newObject(ValueCodec.NULL));
  }

  int newObject(int protoSlot) {
    return keep(model.newObject(ref(protoSlot)));
  }

  void gc(boolean full) {
    if (full) {
      heap.collectFull();
    } else {
      heap.collectYoung();
    }
  }

  static long i(int v) {
    return ValueCodec.fromInt(v);
  }

  static long d(double v) {
    return ValueCodec.fromDouble(v);
  }

  @Override
  public void close() {
    heap.close();
  }
}
