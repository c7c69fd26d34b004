package org.jsheap.gc;

/** Handles of a handle scope as roots; dropping closes the scope. */
class HandleScopeRootTest extends RootProviderContractTest {
  @Override
  protected TestRoot newRoot(Heap heap, long value) {
    HandleScope scope = heap.openHandleScope();
    scope.add(ValueCodec.NULL);
    int handle = scope.add(value);
    return new TestRoot() {
      @Override
      public long get() {
        return scope.get(handle);
      }

      @Override
      public void set(long v) {
        scope.set(handle, v);
      }

      @Override
      public void drop() {
        scope.close();
      }
    };
  }
}
