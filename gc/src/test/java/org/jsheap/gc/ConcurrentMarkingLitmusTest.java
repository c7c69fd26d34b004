package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Litmus tests in the style of jcstress, as plain JUnit: many iterations of one small race between
 * the mutator and the marker thread, each ended by a final pause whose marking validator throws on
 * a missed mark ({@link HeapVerificationError}).
 *
 * <ul>
 *   <li>a store into a black holder racing the marker's scan: {@code R -> [A, H]}, {@code H ->
 *       chain}, {@code A -> T}. The marker scans H, then the chain (busy), then A. The mutator
 *       waits until H is black (its child is marked), or a random time, then moves T from A into H.
 *       Only the barrier (fence, H's bit, shade T) keeps T alive: {@link
 *       #theStoreLitmusCatchesABrokenBarrier} shows that without it T is missed within a few
 *       iterations;
 *   <li>a final pause racing a marker still draining a large tree, at random moments;
 *   <li>closing a heap while its marker runs;
 *   <li>scavenges beside a running marker thread (promotion, old slots rewritten);
 *   <li>stores into weak holders and ephemeron tables while the marker thread runs.
 * </ul>
 *
 * The gray list's push racing a pop is {@code util.GrayQueueTest}.
 */
class ConcurrentMarkingLitmusTest {
  private static final int CHAIN = 300;
  private static final int ITERATIONS = TestHeaps.scaled(1_000, 100);

  private static Heap concurrentHeap() {
    HeapConfig.Builder b = TestHeaps.small().marking(MarkingMode.CONCURRENT);
    if (!TestHeaps.stressed()) {
      b.stress(StressMode.verifyOnly());
    }
    Heap heap = Heap.create(b.build());
    if (heap.markingMode() != MarkingMode.CONCURRENT) {
      heap.close();
      assumeTrue(false, "one processor: no marker thread");
    }
    return heap;
  }

  private static long node(Heap heap) {
    return heap.allocateTenured(RacingMutator.CLASS, 0, 2, 0);
  }

  /** Runs the store litmus; returns how many iterations found a missed mark. */
  private static int storeLitmus(Heap heap, int iterations, boolean stopAtFirst) {
    SplittableRandom random = new SplittableRandom(11);
    ValueStack stack = heap.newValueStack(4, 64);
    stack.push(ValueCodec.UNDEFINED);
    int missed = 0;
    for (int it = 0; it < iterations && !(stopAtFirst && missed > 0); it++) {
      if (heap.isMarking()) {
        heap.finishMarking(); // a cycle the scheduler started while we allocated
      }
      long r = node(heap);
      stack.set(0, ref(r));
      long a = node(heap);
      heap.setSlot(r, 0, ref(a));
      long h = node(heap);
      heap.setSlot(r, 1, ref(h));
      long target = node(heap);
      heap.setSlot(a, 0, ref(target));
      long previous = h;
      for (int i = 0; i < CHAIN; i++) {
        long next = node(heap);
        heap.setSlot(previous, 0, ref(next));
        previous = next;
      }
      // Allocation may have run collections: re-read everything from the root.
      r = MockObjectsAccess.address(stack.get(0));
      a = MockObjectsAccess.address(heap.getSlot(r, 0));
      h = MockObjectsAccess.address(heap.getSlot(r, 1));
      target = MockObjectsAccess.address(heap.getSlot(a, 0));
      long child = MockObjectsAccess.address(heap.getSlot(h, 0));
      if (heap.isMarking()) {
        heap.finishMarking();
      }
      heap.startIncrementalMarking();
      if ((it & 1) == 0) {
        // Generous: on a loaded machine the marker thread may wait long for a core.
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!heap.isMarkedForTesting(child) && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
      } else {
        for (int spin = random.nextInt(20_000); spin > 0; spin--) {
          Thread.onSpinWait();
        }
      }
      heap.setSlot(h, 1, ref(target)); // the store into a (maybe) black holder
      heap.setSlot(a, 0, ValueCodec.UNDEFINED); // T's old referrer lets go
      try {
        heap.finishMarking();
      } catch (HeapVerificationError e) {
        missed++;
        return missed; // the heap's marks are wrong: stop using it
      }
    }
    return missed;
  }

  @Test
  void aStoreIntoABlackHolderRacingItsScanIsNeverMissed() {
    try (Heap heap = concurrentHeap()) {
      assertEquals(0, storeLitmus(heap, ITERATIONS, true));
      assertFalse(heap.markerThreadRunning());
      heap.verify();
    }
  }

  @Test
  void theStoreLitmusCatchesABrokenBarrier() {
    try (Heap heap = concurrentHeap()) {
      heap.marker().breakBarrierForTesting(true);
      assertEquals(1, storeLitmus(heap, ITERATIONS, true), "a broken barrier went unnoticed");
    }
  }

  @Test
  void aFinalPauseRacingAMarkerStillDrainingFindsEverything() {
    SplittableRandom random = new SplittableRandom(5);
    try (Heap heap = concurrentHeap()) {
      RacingMutator program = new RacingMutator(heap, 5);
      program.build(TestHeaps.scaled(20_000, 2_000));
      int iterations = TestHeaps.scaled(100, 20);
      long before = heap.statistics().incrementalCycles();
      for (int i = 0; i < iterations; i++) {
        heap.startIncrementalMarking();
        for (int spin = random.nextInt(200_000); spin > 0; spin--) {
          Thread.onSpinWait();
        }
        heap.finishMarking(); // validates: nothing the stopped marker left is lost
        assertFalse(heap.isMarking());
        assertFalse(heap.markerThreadRunning(), "the final pause stops the marker thread");
      }
      assertTrue(heap.statistics().incrementalCycles() - before >= iterations);
      heap.verify();
    }
  }

  @Test
  void aVerificationDuringACycleParksAndResumesTheMarker() {
    try (Heap heap = concurrentHeap()) {
      RacingMutator program = new RacingMutator(heap, 17);
      program.build(TestHeaps.scaled(20_000, 2_000));
      for (int i = 0; i < TestHeaps.scaled(10, 3); i++) {
        heap.startIncrementalMarking();
        heap.verify(); // parks the thread at a safe point, verifies, resumes it
        assertTrue(heap.markerThreadRunning() || !heap.isMarking());
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!heap.incrementalMarkingStep(0)) { // polls until the resumed thread drains
          assertTrue(System.nanoTime() < deadline, "the resumed marker never drained");
          Thread.onSpinWait();
        }
        assertFalse(heap.isMarking());
      }
    }
  }

  @Test
  void closingAHeapWhileItsMarkerRunsStopsTheMarkerFirst() {
    for (int i = 0; i < TestHeaps.scaled(20, 5); i++) {
      Heap heap = concurrentHeap();
      RacingMutator program = new RacingMutator(heap, i);
      program.build(TestHeaps.scaled(20_000, 2_000));
      heap.startIncrementalMarking();
      assertTrue(heap.markerThreadRunning() || !heap.isMarking());
      heap.close();
      assertFalse(heap.markerThreadRunning(), "close stops the marker thread");
      assertThrows(IllegalStateException.class, heap::collectYoung);
    }
  }

  @Test
  void scavengesBesideTheMarkerThreadKeepPromotedObjectsTraced() {
    try (Heap heap = concurrentHeap()) {
      RacingMutator program = new RacingMutator(heap, 9);
      program.build(TestHeaps.scaled(5_000, 1_000));
      long scavengesDuringCycles = 0;
      for (int c = 0; c < TestHeaps.scaled(20, 4); c++) {
        heap.startIncrementalMarking();
        long scavenges = heap.statistics().scavenges();
        for (int i = 0; i < 3 && heap.isMarking(); i++) {
          heap.collectYoung(); // promotes young referrers while the marker thread traces
        }
        scavengesDuringCycles += heap.statistics().scavenges() - scavenges;
        program.runCycle(TestHeaps.scaled(20_000, 2_000), 0); // validated at its end
      }
      assertTrue(scavengesDuringCycles > 0);
      heap.verify();
    }
  }

  /**
   * {@code WeakReferenceTest.storesIntoScannedHoldersDuringIncrementalMarkingStayWeak} against a
   * running marker thread, at random moments: the marker defers weak holders to the final pause, so
   * the stores land in mutator-owned lists only (sharing them with the thread would lose pending
   * pairs: a missed mark of a live ephemeron value).
   */
  @Test
  void storesIntoWeakHoldersDuringAConcurrentCycleStayWeak() {
    SplittableRandom random = new SplittableRandom(3);
    try (Heap heap = concurrentHeap()) {
      ValueStack stack = heap.newValueStack(16, 1024);
      int checked = 0;
      for (int it = 0; it < TestHeaps.scaled(200, 20); it++) {
        stack.setSize(0);
        stack.push(ref(node(heap))); // 0: a chain that keeps the marker busy
        for (int i = 0; i < 2_000; i++) {
          long next = node(heap);
          heap.setSlot(next, 0, stack.get(0));
          stack.set(0, ref(next));
        }
        stack.push(ref(heap.allocateWeak(RacingMutator.CLASS, 0, 2))); // 1
        stack.push(ref(heap.allocateEphemeronTable(RacingMutator.CLASS, 0, 2))); // 2
        stack.push(ref(heap.allocateWeak(RacingMutator.CLASS, 0, 2))); // 3: observes the values
        heap.collectYoung();
        heap.collectYoung(); // the holders are promoted
        if (heap.isMarking()) {
          heap.finishMarking();
        }
        GcStatistics stats = heap.statistics();
        long collections = stats.scavenges() + stats.fullCollections();
        // Unrooted old objects (no allocation follows until the cycle ends, so nothing moves).
        long deadTarget = ref(node(heap));
        long liveKey = ref(node(heap));
        long liveValue = ref(node(heap));
        long deadKey = ref(node(heap));
        long deadValue = ref(node(heap));
        if (heap.isMarking() || stats.scavenges() + stats.fullCollections() != collections) {
          continue; // a (stress) collection ran: the locals may be stale
        }
        heap.startIncrementalMarking();
        for (int spin = random.nextInt(50_000); spin > 0; spin--) {
          Thread.onSpinWait();
        }
        stack.push(liveKey); // rooted only now: roots are re-scanned in the final pause
        long weak = MockObjectsAccess.address(stack.get(1));
        long table = MockObjectsAccess.address(stack.get(2));
        long observer = MockObjectsAccess.address(stack.get(3));
        heap.setSlot(weak, 0, deadTarget);
        heap.setSlot(table, 0, liveKey);
        heap.setSlot(table, 1, liveValue);
        heap.setSlot(table, 2, deadKey);
        heap.setSlot(table, 3, deadValue);
        heap.setSlot(observer, 0, liveValue);
        heap.setSlot(observer, 1, deadValue);
        heap.finishMarking();
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(weak, 0), "old target stored when black");
        assertEquals(liveKey, heap.getSlot(table, 0));
        assertEquals(liveValue, heap.getSlot(table, 1));
        assertEquals(liveValue, heap.getSlot(observer, 0), "a live ephemeron value was missed");
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(table, 2));
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(table, 3));
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(observer, 1));
        checked++;
      }
      assertTrue(checked > 0 || TestHeaps.stressed(), "no iteration ran without a collection");
      heap.verify();
    }
  }

  /** {@code MockObjects.address}, under a name that keeps the litmus readable. */
  private static final class MockObjectsAccess {
    static long address(long value) {
      return org.jsheap.gc.mock.MockObjects.address(value);
    }
  }
}
