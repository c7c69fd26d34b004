package org.jsheap.gc.space;

/** A part of the heap with one allocation and collection policy (MMTk's "policy"). */
public interface Space {
  /** A short name for logs and errors. */
  String name();

  /** Whether {@code address} lies in memory this space manages. */
  boolean contains(long address);

  /** Bytes currently held by allocated objects (including per-cell rounding). */
  long usedBytes();

  /** Bytes this space could hold at most. */
  long capacityBytes();
}
