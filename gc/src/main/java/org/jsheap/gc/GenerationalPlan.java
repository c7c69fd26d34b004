package org.jsheap.gc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jsheap.gc.space.BlockPool;
import org.jsheap.gc.space.LargeObjectSpace;
import org.jsheap.gc.space.MarkSweepSpace;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.NativeRegion;
import org.jsheap.gc.util.SlotSet;

/**
 * The generational plan (MMTk's "plan"): it carves the spaces out of one {@link NativeRegion},
 * wires the collectors to them, and owns the order of the steps of every collection. It composes:
 * the young {@link SemiSpace} (which owns the bump pointer and its soft limit), the {@link
 * OldGeneration}, the {@link WriteBarrier}, the {@link Scavenger} and {@link Marker}, the {@link
 * CollectionScheduler} (when to collect; it asks this plan to collect through {@link
 * CollectionRequests}), the {@link PauseTracer} (statistics, log line, JFR event), the {@link
 * RootRegistry} and the services' tables.
 *
 * <p>The {@link Heap} facade checks the mutator's requests and forwards them here; the {@link
 * MutatorAllocator} calls the same collections when allocation needs room.
 */
final class GenerationalPlan implements CollectionRequests {
  private final HeapConfig config;
  private final StressMode stress;
  private final NativeRegion region;
  private final HeapMemory memory;
  private final SemiSpace young;
  private final OldGeneration old;
  private final SlotSet rememberedSet;
  private final MarkBitmap marks;
  private final ExternalReferenceTable externals;
  private final ClassEdgeRegistry classEdges = new ClassEdgeRegistry();
  private final RootRegistry roots = new RootRegistry();
  private final List<GcListener> listeners = new ArrayList<>();
  private final GcStatistics stats = new GcStatistics(this::refreshUsage);
  private final Marker marker;
  private final MarkerThread markerThread;
  private final MarkingMode marking;
  private final WriteBarrier barrier;
  private final Scavenger scavenger;
  private final HeapVerifier verifier;
  private final CollectionScheduler scheduler;
  private final PauseTracer tracer;
  private boolean closed;

  GenerationalPlan(HeapConfig config) {
    this.config = config;
    this.stress = config.stress();
    this.region = NativeRegion.reserve(config.maxHeapBytes());
    this.memory =
        new HeapMemory(region.memory(), HeapMemory.CHECKED || !stress.equals(StressMode.NONE));
    long half = config.semispaceBytes();
    this.young = new SemiSpace(Heap.RESERVED_PREFIX_BYTES, half);
    long blockMask = BlockPool.BLOCK_SIZE - 1;
    long oldStart = (Heap.RESERVED_PREFIX_BYTES + 2 * half + blockMask) & ~blockMask;
    long oldBytes = (config.maxHeapBytes() - oldStart) & ~blockMask;
    if (oldBytes < 8 * BlockPool.BLOCK_SIZE) {
      region.close();
      throw new IllegalArgumentException(
          "maxHeapBytes " + config.maxHeapBytes() + " leaves too little old generation");
    }
    long oldEnd = oldStart + oldBytes;
    BlockPool pool = new BlockPool(oldStart, oldBytes);
    this.marks = new MarkBitmap(0, oldEnd);
    this.externals = new ExternalReferenceTable(memory, young.start(), young.end() - young.start());
    this.rememberedSet = new SlotSet(oldStart, oldBytes, BlockPool.BLOCK_SHIFT);
    this.old =
        new OldGeneration(
            oldStart,
            oldEnd,
            new MarkSweepSpace(memory, pool, marks, rememberedSet, stress.poison()),
            new LargeObjectSpace(region, pool, marks, rememberedSet));
    this.marker = new Marker(memory, marks, young, old, rememberedSet, roots, classEdges);
    this.markerThread = new MarkerThread(marker, "jsheap-marker");
    this.marking = config.marking().effective(Runtime.getRuntime().availableProcessors());
    this.barrier = new WriteBarrier(young, rememberedSet, marker);
    this.scavenger =
        new Scavenger(
            memory,
            young,
            old,
            rememberedSet,
            roots,
            marker,
            config.promotionAge(),
            stress.poison(),
            classEdges,
            externals);
    this.verifier =
        new HeapVerifier(memory, young, old, rememberedSet, marks, roots, classEdges, externals);
    this.tracer = new PauseTracer(stats, config.gcLog(), young, old, externals);
    this.scheduler = new CollectionScheduler(this, young, marker, externals, config, oldBytes);
  }

  // ---------------------------------------------------------------- the parts, for the facade

  HeapConfig config() {
    return config;
  }

  HeapMemory memory() {
    return memory;
  }

  SemiSpace young() {
    return young;
  }

  OldGeneration old() {
    return old;
  }

  Marker marker() {
    return marker;
  }

  /** Whether an old object's mark bit is set (tests; racy while a marker thread runs). */
  boolean isMarked(long address) {
    return marks.isMarkedVolatile(address);
  }

  /** The marker thread's handle, for gc's tests. */
  MarkerThread markerThread() {
    return markerThread;
  }

  /** Whether a marker thread exists (tests). */
  boolean markerThreadRunning() {
    return markerThread.isRunning();
  }

  /** The marking mode this heap runs (concurrent falls back to incremental on one processor). */
  MarkingMode marking() {
    return marking;
  }

  WriteBarrier barrier() {
    return barrier;
  }

  CollectionScheduler scheduler() {
    return scheduler;
  }

  PauseTracer tracer() {
    return tracer;
  }

  GcStatistics statistics() {
    return stats;
  }

  ExternalReferenceTable externals() {
    return externals;
  }

  ClassEdgeRegistry classEdges() {
    return classEdges;
  }

  RootRegistry roots() {
    return roots;
  }

  void addListener(GcListener listener) {
    listeners.add(listener);
  }

  void removeListener(GcListener listener) {
    listeners.remove(listener);
  }

  SlotSet rememberedSet() {
    return rememberedSet;
  }

  // ---------------------------------------------------------------- collections

  @Override
  public void collectYoung() {
    checkNotInCollection();
    scavengeInPause(false);
  }

  @Override
  public void collectYoungPromotingAll() {
    scavengeInPause(true);
  }

  private void scavengeInPause(boolean promoteAll) {
    long start = tracer.begin();
    // A marker thread keeps tracing: it reads old objects only, and the scavenger's rewrites of
    // old slots are release stores made after the promoted targets were marked (Scavenger).
    try {
      scavenge(promoteAll);
      if (stress.verify()) {
        verifier.verify(false);
      }
      endPause(CollectionKind.SCAVENGE, start);
    } finally {
      if (marker.isConcurrent()) {
        marker.publishBarrierWork(); // the promoted objects, for the marker thread
      }
      tracer.leave();
    }
    scheduler.checkOldTrigger();
    scheduler.resetLimit();
  }

  /** One scavenge inside a pause, with its allocation and promotion accounting. */
  private void scavenge(boolean promoteAll) {
    stats.recordAllocated(young.takeAllocatedBytes());
    Scavenger.Result result = scavenger.scavenge(promoteAll);
    stats.recordScavenge(result.copiedBytes(), result.promotedBytes());
    scheduler.oldAllocated(result.promotedBytes());
  }

  @Override
  public void collectFull() {
    checkNotInCollection();
    long start = tracer.begin();
    try {
      stopMarkerThread();
      // A running incremental or concurrent cycle is abandoned and marking restarts from the roots:
      // its work is
      // only mark bits, and finishing it would keep its floating garbage (objects allocated black
      // or marked before they died). So an explicit full collection is exact.
      marker.start(false);
      finishMarkingInPause();
      // An explicit or last-resort full collection sweeps eagerly, so its result is visible at
      // once; automatically triggered incremental cycles sweep lazily.
      old.finishSweeping();
      scavenge(true);
      afterMarkingFinished();
      stats.recordFullCollection();
      if (stress.verify()) {
        verifier.verify(true);
      }
      endPause(CollectionKind.FULL, start);
    } finally {
      tracer.leave();
    }
    scheduler.resetLimit();
  }

  @Override
  public void startIncrementalMarking() {
    checkNotInCollection();
    if (marker.isMarking()) {
      return;
    }
    long start = tracer.begin();
    try {
      boolean concurrent = marking == MarkingMode.CONCURRENT;
      marker.start(concurrent);
      marker.markRootsIncrementally();
      scheduler.markingStarted();
      if (concurrent) {
        markerThread.start();
      }
      tracer.endMarkingStep(start);
    } finally {
      tracer.leave();
    }
    scheduler.resetLimit();
  }

  @Override
  public boolean incrementalMarkingStep(long budgetBytes) {
    checkNotInCollection();
    if (!marker.isMarking()) {
      return true;
    }
    if (marker.isConcurrent() && !markerThread.isDrained()) {
      // The marker thread does the work; the mutator only hands over what its barrier shaded.
      stats.recordMarkingStep();
      marker.publishBarrierWork();
      return false;
    }
    return finishCycle(budgetBytes);
  }

  @Override
  public void finishMarking() {
    checkNotInCollection();
    if (marker.isMarking()) {
      finishCycle(Long.MAX_VALUE);
    }
  }

  /**
   * A marking step of {@code budgetBytes} (incremental), then the final pause when the work list is
   * empty; a concurrent cycle goes straight to the final pause, which stops the marker thread and
   * drains whatever it and the barrier left.
   */
  private boolean finishCycle(long budgetBytes) {
    long start = tracer.begin();
    try {
      stats.recordMarkingStep();
      if (marker.isConcurrent()) {
        stopMarkerThread();
      } else if (!marker.step(budgetBytes)) {
        tracer.endMarkingStep(start);
        return false;
      }
      finishMarkingInPause();
      afterMarkingFinished();
      stats.recordIncrementalCycle();
      if (stress.verify()) {
        verifier.verify(false);
      }
      endPause(CollectionKind.INCREMENTAL_FINALIZE, start);
    } finally {
      tracer.leave();
    }
    scheduler.resetLimit();
    return true;
  }

  /**
   * Stops the marker thread; if it failed, abandons its cycle (the thread may have lost a gray
   * object mid-scan, so the marks cannot be finished) and rethrows the failure.
   */
  private void stopMarkerThread() {
    try {
      markerThread.stop();
    } catch (IllegalStateException e) {
      marker.abandon();
      throw e;
    }
  }

  /**
   * The end of every marking: the marker's final pause, validation in verify mode, live class ids
   * to the listeners, then the old generation is handed over to sweeping.
   */
  private void finishMarkingInPause() {
    BitSet liveClassIds = marker.finish();
    externals.afterMarking(marks);
    if (stress.verify()) {
      verifier.validateMarking();
    }
    closeFastPathForListeners();
    for (GcListener l : List.copyOf(listeners)) {
      l.liveClassIds(liveClassIds);
    }
    old.sweepAfterMarking();
  }

  private void afterMarkingFinished() {
    long live = marker.markedOldBytes();
    stats.recordLiveBytesAfterMarking(live);
    scheduler.markingFinished(live);
  }

  private void checkNotInCollection() {
    if (tracer.inPause()) {
      throw new IllegalStateException("collection requested during a garbage collection");
    }
  }

  /**
   * Records the pause, then calls the listeners while it lasts (the caller {@linkplain
   * PauseTracer#leave leaves} it and resets the soft limit afterwards).
   */
  private void endPause(CollectionKind kind, long start) {
    tracer.end(kind, start);
    stats.recordAllocated(young.takeAllocatedBytes()); // what a listener's statistics() folds in
    closeFastPathForListeners();
    for (GcListener l : List.copyOf(listeners)) {
      l.afterCollection(kind, stats);
    }
  }

  /**
   * Listeners run inside the pause, where allocation is refused: with the soft limit at 0 even a
   * fast-path allocation reaches the slow path, which throws. Every pause with listeners ends with
   * {@link CollectionScheduler#resetLimit}.
   */
  private void closeFastPathForListeners() {
    young.setLimit(0);
  }

  /** External bytes grew by {@code delta} outside a collection: pacing counts them. */
  void externalBytesGrew(long delta) {
    if (!tracer.inPause()) {
      scheduler.externalBytesGrew(delta);
    }
  }

  // ---------------------------------------------------------------- lifecycle

  /** Folds bump-allocated bytes and space usage into the statistics (a live view's refresh). */
  private void refreshUsage() {
    if (closed) {
      return;
    }
    if (!tracer.inPause()) {
      stats.recordAllocated(young.takeAllocatedBytes());
    }
    tracer.recordUsage();
  }

  /** Runs the heap verifier now (the marker thread, if any, parked meanwhile). */
  void verify() {
    try {
      markerThread.park();
    } catch (IllegalStateException e) { // the thread failed: see stopMarkerThread
      marker.abandon();
      throw e;
    }
    try {
      verifier.verify(false);
    } finally {
      markerThread.resume();
    }
  }

  boolean isClosed() {
    return closed;
  }

  void checkOpen() {
    if (closed) {
      throw new IllegalStateException("heap is closed");
    }
  }

  /**
   * Releases all native memory. Idempotent. A marker thread's failure is rethrown after the release
   * (the thread has ended, so the unmap is safe).
   */
  void close() {
    if (!closed) {
      closed = true;
      IllegalStateException failure = null;
      try {
        markerThread.stop(); // before the unmap: no native access after it
      } catch (IllegalStateException e) {
        failure = e;
      }
      marker.abandon();
      region.close();
      roots.clear();
      listeners.clear();
      externals.clear();
      classEdges.clear();
      if (failure != null) {
        throw failure;
      }
    }
  }
}
