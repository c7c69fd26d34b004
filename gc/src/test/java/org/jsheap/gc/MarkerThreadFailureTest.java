package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.jsheap.gc.util.NativeRegion;
import org.junit.jupiter.api.Test;

/**
 * A failure of the marker thread (made with the test-only {@link Heap#failMarkerThreadForTesting})
 * reaches the mutator as an {@link IllegalStateException} at its next final pause, verification,
 * full collection or close; the cycle is abandoned (the thread may have lost a gray object
 * mid-scan) and the heap stays usable, or closes cleanly.
 */
class MarkerThreadFailureTest {
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

  /** Starts a cycle whose marker thread throws {@code failure} at its first chunk. */
  private static void startFailingCycle(Heap heap, RuntimeException failure) {
    if (heap.isMarking()) {
      heap.finishMarking();
    }
    heap.failMarkerThreadForTesting(failure);
    heap.startIncrementalMarking();
    assertTrue(heap.isMarking());
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (heap.markerThreadFailurePendingForTesting()) { // then every park or stop sees it
      assertTrue(System.nanoTime() < deadline, "the marker thread never ran");
      Thread.onSpinWait();
    }
  }

  private static void assertReported(RuntimeException failure, IllegalStateException e) {
    assertSame(failure, e.getCause());
    assertTrue(e.getMessage().contains("marker thread failed"), e.getMessage());
    assertTrue(e.getMessage().contains("injected"), e.getMessage());
  }

  @Test
  void aFailedMarkerIsReportedAtTheFinalPauseAndTheHeapStaysUsable() {
    try (Heap heap = concurrentHeap()) {
      RacingMutator program = new RacingMutator(heap, 3);
      program.build(TestHeaps.scaled(5_000, 1_000));
      RuntimeException failure = new RuntimeException("injected marker failure");
      startFailingCycle(heap, failure);
      IllegalStateException e = assertThrows(IllegalStateException.class, heap::finishMarking);
      assertReported(failure, e);
      assertFalse(heap.isMarking(), "the failed cycle is abandoned");
      assertFalse(heap.markerThreadRunning());
      // The heap works on: new cycles (validated in verify mode) and a full collection.
      program.runCycle(TestHeaps.scaled(20_000, 2_000), 0);
      heap.collectFull();
      heap.verify();
    }
  }

  @Test
  void aFailedMarkerIsReportedAtTheNextPoll() {
    try (Heap heap = concurrentHeap()) {
      RacingMutator program = new RacingMutator(heap, 4);
      program.build(TestHeaps.scaled(5_000, 1_000));
      RuntimeException failure = new RuntimeException("injected marker failure");
      startFailingCycle(heap, failure);
      // The failed thread counts as drained: some poll runs the final pause and reports it.
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline) {
                  heap.incrementalMarkingStep(4096);
                  Thread.onSpinWait();
                }
              });
      assertReported(failure, e);
      assertFalse(heap.isMarking());
      heap.collectFull();
      heap.verify();
    }
  }

  @Test
  void aFailedMarkerIsReportedByVerifyAndByAFullCollection() {
    try (Heap heap = concurrentHeap()) {
      RacingMutator program = new RacingMutator(heap, 5);
      program.build(TestHeaps.scaled(5_000, 1_000));
      RuntimeException failure = new RuntimeException("injected marker failure");
      startFailingCycle(heap, failure);
      assertReported(failure, assertThrows(IllegalStateException.class, heap::verify));
      assertFalse(heap.isMarking());
      heap.verify(); // once reported, the failure is gone with its cycle

      startFailingCycle(heap, failure);
      assertReported(failure, assertThrows(IllegalStateException.class, heap::collectFull));
      assertFalse(heap.isMarking());
      heap.collectFull();
      heap.verify();
    }
  }

  @Test
  void closeAfterAFailedMarkerReleasesTheHeapThenReportsIt() {
    long reservedBefore = NativeRegion.reservedBytes();
    Heap heap = concurrentHeap();
    RacingMutator program = new RacingMutator(heap, 6);
    program.build(TestHeaps.scaled(5_000, 1_000));
    RuntimeException failure = new RuntimeException("injected marker failure");
    startFailingCycle(heap, failure);
    assertReported(failure, assertThrows(IllegalStateException.class, heap::close));
    assertTrue(heap.isClosed(), "closed despite the failure");
    assertEquals(reservedBefore, NativeRegion.reservedBytes(), "the region was unmapped");
    assertFalse(heap.markerThreadRunning());
    heap.close(); // idempotent, nothing more to report
    assertThrows(IllegalStateException.class, heap::collectYoung);
  }
}
