package org.jsheap.gc;

/**
 * Thrown when an allocation cannot be satisfied even after a full collection, or is larger than the
 * heap could ever hold. The heap is left consistent and usable: once the caller drops roots, later
 * allocations can succeed.
 */
public final class HeapExhaustedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long requestedBytes;

  public HeapExhaustedException(String message, long requestedBytes) {
    super(message);
    this.requestedBytes = requestedBytes;
  }

  /** The size in bytes of the allocation that failed. */
  public long requestedBytes() {
    return requestedBytes;
  }
}
