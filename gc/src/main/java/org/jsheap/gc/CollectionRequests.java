package org.jsheap.gc;

/**
 * The collections the {@link GenerationalPlan} performs, as the parts that decide on them see it:
 * the {@link CollectionScheduler} (stress points, the old-generation trigger, marking pacing) and
 * the {@link MutatorAllocator} (making room). Each brackets its own pause; none may be called
 * inside one ({@link IllegalStateException}).
 */
interface CollectionRequests {
  /** Scavenges the young generation. */
  void collectYoung();

  /**
   * A scavenge that promotes every survivor it can (a "tenuring" scavenge, as V8 does on semispace
   * overflow): used when the survivors of a normal scavenge leave no room in the nursery.
   */
  void collectYoungPromotingAll();

  /**
   * A stop-the-world full collection: marks from the roots (abandoning any incremental cycle),
   * sweeps eagerly, then scavenges the young generation promoting every survivor it can.
   */
  void collectFull();

  /** Starts an incremental marking cycle; a no-op when one is running. */
  void startIncrementalMarking();

  /**
   * About {@code budgetBytes} of marking work, finalizing the cycle when the gray work list is
   * empty. True when the cycle finished or none was running.
   */
  boolean incrementalMarkingStep(long budgetBytes);

  /** Completes a running marking cycle now, in one pause; a no-op when none is running. */
  void finishMarking();
}
