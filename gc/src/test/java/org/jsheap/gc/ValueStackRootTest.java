package org.jsheap.gc;

/** Value stack slots as roots; dropping closes the stack, which unregisters it. */
class ValueStackRootTest extends RootProviderContractTest {
  @Override
  protected TestRoot newRoot(Heap heap, long value) {
    ValueStack stack = heap.newValueStack(4, 64);
    stack.push(ValueCodec.fromInt(-1));
    stack.push(value);
    return new TestRoot() {
      @Override
      public long get() {
        return stack.get(1);
      }

      @Override
      public void set(long v) {
        stack.set(1, v);
      }

      @Override
      public void drop() {
        stack.close();
      }
    };
  }
}
