package org.jsheap.gc;

import java.util.SplittableRandom;
import org.jsheap.gc.space.SemiSpace;

/**
 * Decides when collections happen; the {@link GenerationalPlan} performs them, requested through
 * {@link CollectionRequests}. It owns:
 *
 * <ul>
 *   <li>the <b>old-generation trigger</b>: once the bytes live after the last marking plus the old
 *       bytes allocated or promoted since pass it, an old-generation cycle is requested and starts
 *       at the next slow-path allocation (incremental or stop-the-world, per the configuration);
 *   <li><b>marking pacing</b>: during incremental marking, a step of {@code 2 * markingStepBytes}
 *       work every {@code markingStepBytes} of allocation; during concurrent marking, a poll at the
 *       same points (the final pause once the marker thread drained); once the old bytes allocated
 *       or promoted during the cycle pass half the old generation's headroom at its start (or after
 *       {@link #CONCURRENT_STRESS_POLLS} stress points) the mutator finishes the cycle itself, so
 *       allocation cannot outrun a starved marker;
 *   <li>the <b>stress points</b> of {@link StressMode}: forced scavenges and old-generation
 *       collections at allocation counts drawn from the stress seed;
 *   <li>the young <b>soft limit</b>, lowered so the fast path reaches the slow path when one of the
 *       above is due.
 * </ul>
 */
final class CollectionScheduler {
  private static final long OLD_TRIGGER_MIN = 1024 * 1024;

  /**
   * Polls of a concurrent cycle (one per {@code markingStepBytes}) before the mutator finishes it.
   */
  static final int CONCURRENT_POLLS = 4;

  /** Stress points polling a concurrent cycle before the mutator finishes it. */
  static final int CONCURRENT_STRESS_POLLS = 32;

  private final CollectionRequests collections;
  private final SemiSpace young;
  private final Marker marker;
  private final ExternalReferenceTable externals;
  private final StressMode stress;
  private final boolean incremental;
  private final long markingStepBytes;
  private final long oldCapacity;
  private final SplittableRandom stressRandom;

  private boolean oldCollectionRequested;
  private long oldAllocatedSinceMark;
  private long liveBytesAfterLastMarking;
  private long oldTrigger;
  private long allocatedSinceStep;
  private long stepBase;
  private int minorCountdown;
  private int majorCountdown;
  private long majorCycles;
  private long oldAllocatedDuringCycle;
  private long assistAfterOldBytes;
  private int concurrentStressPolls;

  CollectionScheduler(
      CollectionRequests collections,
      SemiSpace young,
      Marker marker,
      ExternalReferenceTable externals,
      HeapConfig config,
      long oldCapacity) {
    this.collections = collections;
    this.young = young;
    this.marker = marker;
    this.externals = externals;
    this.stress = config.stress();
    this.incremental = config.incrementalMarking();
    this.markingStepBytes = config.markingStepBytes();
    this.oldCapacity = oldCapacity;
    this.oldTrigger = initialOldTrigger();
    this.stressRandom = new SplittableRandom(stress.randomSeed());
    this.minorCountdown = nextInterval(stress.minorEvery());
    this.majorCountdown = nextInterval(stress.majorEvery());
    resetLimit();
  }

  /**
   * Sets the young soft limit: 0 (every allocation takes the slow path) in stress mode or when an
   * old-generation cycle is pending, one marking step ahead while marking, else the semispace end.
   */
  void resetLimit() {
    long top = young.top();
    stepBase = top;
    if (stress.forcesCollections() || oldCollectionRequested) {
      young.setLimit(0);
    } else if (marker.isMarking()) {
      young.setLimit(Math.min(young.currentEnd(), top + markingStepBytes));
    } else {
      young.setLimit(young.currentEnd());
    }
  }

  /**
   * Runs what is due before a slow-path allocation of {@code size} bytes: stress collections, a
   * pending old-generation cycle, a marking step. {@code old} says the object goes to the old
   * generation (tenured or large), where its whole size counts towards marking pacing.
   */
  void beforeSlowAllocation(long size, boolean old) {
    stressPoint();
    if (oldCollectionRequested && !marker.isMarking()) {
      oldCollectionRequested = false;
      if (incremental) {
        collections.startIncrementalMarking();
      } else {
        collections.collectFull();
      }
    }
    if (marker.isMarking()) {
      long top = young.top();
      allocatedSinceStep += old ? size : Math.max(0, top - stepBase);
      stepBase = top;
      if (allocatedSinceStep >= markingStepBytes) {
        allocatedSinceStep = 0;
        if (marker.isConcurrent() && oldAllocatedDuringCycle > assistAfterOldBytes) {
          collections.finishMarking();
        } else {
          collections.incrementalMarkingStep(2 * markingStepBytes);
        }
      }
    }
  }

  private int nextInterval(int every) {
    if (every <= 0) {
      return Integer.MAX_VALUE;
    }
    return stress.randomSeed() != 0 ? 1 + stressRandom.nextInt(2 * every) : every;
  }

  private void stressPoint() {
    if (!stress.forcesCollections()) {
      return;
    }
    if (--minorCountdown <= 0) {
      minorCountdown = nextInterval(stress.minorEvery());
      collections.collectYoung();
    }
    if (--majorCountdown <= 0) {
      majorCountdown = nextInterval(stress.majorEvery());
      if (incremental && (majorCycles++ & 1) == 0 && !marker.isMarking()) {
        collections.startIncrementalMarking();
      } else {
        collections.collectFull();
      }
    }
    if (marker.isConcurrent() && ++concurrentStressPolls > CONCURRENT_STRESS_POLLS) {
      collections.finishMarking();
    } else if (marker.isMarking()) {
      collections.incrementalMarkingStep(4096);
    }
  }

  private long initialOldTrigger() {
    return Math.max(OLD_TRIGGER_MIN, oldCapacity / 8);
  }

  /** Old-generation bytes were allocated (tenured, large) or promoted. */
  void oldAllocated(long bytes) {
    oldAllocatedSinceMark += bytes;
    oldAllocatedDuringCycle += bytes;
  }

  /** A new marking cycle started: pacing counts from zero. */
  void markingStarted() {
    allocatedSinceStep = 0;
    concurrentStressPolls = 0;
    oldAllocatedDuringCycle = 0;
    long used = liveBytesAfterLastMarking + oldAllocatedSinceMark + externals.bytes();
    assistAfterOldBytes = Math.max(markingStepBytes, Math.max(0, oldCapacity - used) / 2);
  }

  /**
   * Requests an old-generation collection at the next allocation once the trigger is passed.
   * External bytes count like old-generation bytes.
   */
  void checkOldTrigger() {
    if (!marker.isMarking()
        && liveBytesAfterLastMarking + oldAllocatedSinceMark + externals.bytes() > oldTrigger) {
      oldCollectionRequested = true;
    }
  }

  /**
   * External bytes grew by {@code delta} (never inside a collection): they count toward the
   * old-generation trigger and, while marking, toward the next marking step, as old-generation
   * allocation would; when either is due the soft limit drops so the next allocation acts.
   */
  void externalBytesGrew(long delta) {
    if (delta <= 0) {
      return;
    }
    if (marker.isMarking()) {
      oldAllocatedDuringCycle += delta;
      allocatedSinceStep += delta;
      if (allocatedSinceStep >= markingStepBytes) {
        young.setLimit(0);
      }
    } else {
      checkOldTrigger();
      if (oldCollectionRequested) {
        young.setLimit(0);
      }
    }
  }

  /** A marking cycle finished with {@code liveBytes} old bytes marked: the next trigger. */
  void markingFinished(long liveBytes) {
    liveBytesAfterLastMarking = liveBytes;
    oldAllocatedSinceMark = 0;
    long live = liveBytes + externals.bytes();
    oldTrigger =
        Math.max(
            initialOldTrigger(), Math.min(2 * live, live + Math.max(0, oldCapacity - live) / 2));
    oldCollectionRequested = false;
  }
}
