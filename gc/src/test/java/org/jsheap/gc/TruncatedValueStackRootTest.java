package org.jsheap.gc;

/**
 * Value stack slots as roots; dropping truncates the stack below the slot, as returning from an
 * activation does, while the stack itself stays registered.
 */
class TruncatedValueStackRootTest extends RootProviderContractTest {
  private ValueStack shared;

  @Override
  protected TestRoot newRoot(Heap heap, long value) {
    if (shared == null) {
      shared = heap.newValueStack(0, 1 << 16);
    }
    ValueStack stack = shared;
    int index = stack.reserve(1);
    stack.set(index, value);
    return new TestRoot() {
      @Override
      public long get() {
        return stack.get(index);
      }

      @Override
      public void set(long v) {
        stack.set(index, v);
      }

      @Override
      public void drop() {
        stack.setSize(index);
      }
    };
  }
}
