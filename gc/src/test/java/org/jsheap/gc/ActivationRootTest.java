package org.jsheap.gc;

/**
 * Slots of activation windows as roots: each root is a slot of a callee window entered with {@code
 * enterAt} above a window entered from Java; dropping leaves the Java entry, which drops every
 * callee window above it.
 */
class ActivationRootTest extends RootProviderContractTest {
  private ValueStack shared;

  @Override
  protected TestRoot newRoot(Heap heap, long value) {
    if (shared == null) {
      shared = heap.newValueStack();
    }
    ValueStack stack = shared;
    int entry = stack.enter(1);
    int callee = entry + 1;
    stack.enterAt(callee, 2);
    stack.setUnchecked(callee + 1, value);
    return new TestRoot() {
      @Override
      public long get() {
        return stack.getUnchecked(callee + 1);
      }

      @Override
      public void set(long v) {
        stack.setUnchecked(callee + 1, v);
      }

      @Override
      public void drop() {
        stack.leave(entry);
      }
    };
  }
}
