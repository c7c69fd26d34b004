package org.jsheap.gc;

/** Global handles as roots; dropping closes the handle. */
class GlobalHandleRootTest extends RootProviderContractTest {
  @Override
  protected TestRoot newRoot(Heap heap, long value) {
    GlobalHandle handle = heap.newGlobalHandle(value);
    return new TestRoot() {
      @Override
      public long get() {
        return handle.get();
      }

      @Override
      public void set(long v) {
        handle.set(v);
      }

      @Override
      public void drop() {
        handle.close();
      }
    };
  }
}
