package org.jsheap.gc;

/** The kinds of collection the heap performs. */
public enum CollectionKind {
  /** Copying collection of the young generation (nursery). */
  SCAVENGE,
  /** Stop-the-world mark-sweep of the whole heap (and a scavenge of the young generation). */
  FULL,
  /** The final, stop-the-world step of an incremental marking cycle, followed by sweeping. */
  INCREMENTAL_FINALIZE
}
