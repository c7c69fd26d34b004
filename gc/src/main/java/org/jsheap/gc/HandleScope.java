package org.jsheap.gc;

/**
 * A scope of local handles for Java runtime code that allocates: put each reference that must
 * survive an allocation in a handle, and re-read it after the allocation, since the collector may
 * have moved the object. Scopes nest strictly; use try-with-resources.
 *
 * <pre>{@code
 * try (HandleScope scope = heap.openHandleScope()) {
 *   int list = scope.add(ref);
 *   long node = heap.allocate(...);          // may move the object behind ref
 *   heap.setSlot(node, 0, scope.get(list));  // re-read through the handle
 * }
 * }</pre>
 */
public final class HandleScope implements AutoCloseable {
  private final HandleStack stack;
  private final int base;
  private final int depth;
  private boolean closed;

  HandleScope(HandleStack stack) {
    this.stack = stack;
    this.base = stack.top();
    this.depth = stack.enterScope();
  }

  /** Adds a handle holding {@code value} and returns its index. */
  public int add(long value) {
    checkOpen();
    return stack.push(value);
  }

  /** The current value of a handle of this scope (updated by collections). */
  public long get(int handle) {
    checkHandle(handle);
    return stack.get(handle);
  }

  public void set(int handle, long value) {
    checkHandle(handle);
    stack.set(handle, value);
  }

  /** Number of handles in this scope. */
  public int size() {
    return stack.top() - base;
  }

  private void checkHandle(int handle) {
    checkOpen();
    if (handle < base || handle >= stack.top()) {
      throw new IllegalArgumentException("handle " + handle + " does not belong to this scope");
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("handle scope is closed");
    }
  }

  /**
   * Drops this scope's handles.
   *
   * @throws IllegalStateException if an inner scope is still open
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    stack.exitScope(depth, base);
    closed = true;
  }
}
