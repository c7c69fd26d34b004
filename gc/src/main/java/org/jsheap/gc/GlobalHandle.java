package org.jsheap.gc;

/**
 * A handle with no scope: keeps one value alive until {@link #close()}, for references held by
 * embedders (polyglot values, host objects) or long-lived runtime structures. The collector updates
 * it when the object moves.
 */
public final class GlobalHandle implements AutoCloseable {
  private final GlobalHandles table;
  private final int index;
  private boolean closed;

  GlobalHandle(GlobalHandles table, int index) {
    this.table = table;
    this.index = index;
  }

  public long get() {
    checkOpen();
    return table.get(index);
  }

  public void set(long value) {
    checkOpen();
    table.set(index, value);
  }

  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("global handle is closed");
    }
  }

  /** Releases the handle; its value stops being a root. Idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      table.release(index);
    }
  }
}
