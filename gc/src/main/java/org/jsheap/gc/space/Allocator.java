package org.jsheap.gc.space;

/** Hands out memory for objects. Never collects: on failure it returns 0 and the plan decides. */
public interface Allocator {
  /**
   * Returns the address of {@code size} fresh bytes (8-aligned, a multiple of 8), or 0 when the
   * space cannot satisfy the request without a collection.
   */
  long allocate(long size);
}
