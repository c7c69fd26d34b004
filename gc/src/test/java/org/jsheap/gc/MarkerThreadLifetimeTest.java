package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * A marker thread ends with its cycle: at the final pause, at {@code close}, and when its heap is
 * dropped mid-cycle without {@code close} (the thread does not keep the heap reachable).
 */
class MarkerThreadLifetimeTest {
  private static final long TIMEOUT_NANOS = 30_000_000_000L;

  private static Heap concurrentHeap() {
    HeapConfig.Builder b = TestHeaps.small().marking(MarkingMode.CONCURRENT);
    Heap heap = Heap.create(b.build());
    if (heap.markingMode() != MarkingMode.CONCURRENT) {
      heap.close();
      assumeTrue(false, "one processor: no marker thread");
    }
    return heap;
  }

  /** Starts a cycle on a fresh heap with a tree of old objects; returns its marker thread. */
  private static Thread startCycle(Heap heap, long seed) {
    new RacingMutator(heap, seed).build(TestHeaps.scaled(20_000, 2_000));
    if (heap.isMarking()) {
      heap.finishMarking();
    }
    heap.startIncrementalMarking();
    Thread thread = heap.markerThreadForTesting();
    assertNotNull(thread, "a concurrent cycle has a marker thread");
    return thread;
  }

  private static void awaitEnd(Thread thread, boolean collectGarbage) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    while (thread.isAlive()) {
      assertTrue(System.nanoTime() < deadline, "the marker thread is still alive");
      if (collectGarbage) {
        System.gc();
      }
      thread.join(50);
    }
  }

  @Test
  void theFinalPauseEndsTheThread() throws InterruptedException {
    try (Heap heap = concurrentHeap()) {
      Thread thread = startCycle(heap, 1);
      heap.finishMarking();
      awaitEnd(thread, false);
    }
  }

  @Test
  void closeEndsTheThreadWhetherItTracesOrIsDrained() throws InterruptedException {
    for (int i = 0; i < TestHeaps.scaled(10, 3); i++) {
      Heap heap = concurrentHeap();
      Thread thread = startCycle(heap, i);
      if ((i & 1) == 1) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (!heap.markerThreadDrainedForTesting()) {
          assertTrue(System.nanoTime() < deadline, "the marker never drained");
          Thread.onSpinWait();
        }
      }
      heap.close();
      awaitEnd(thread, false);
      assertFalse(heap.markerThreadRunning());
    }
  }

  /** Leaves the heap unreachable on return (without closing it: its region leaks, 8 MiB). */
  private static Thread dropAHeapMidCycle(long seed) {
    Heap heap = concurrentHeap();
    return startCycle(heap, seed);
  }

  @Test
  void aHeapDroppedMidCycleWithoutCloseLetsItsThreadEnd() throws InterruptedException {
    Thread thread = dropAHeapMidCycle(2);
    awaitEnd(thread, true);
  }
}
