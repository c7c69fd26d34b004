package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The marking option: parsing, the one-processor fallback, and what each mode runs. */
class MarkingModeTest {
  @Test
  void parsesTheThreeModesAndRejectsOthersByName() {
    assertEquals(MarkingMode.CONCURRENT, MarkingMode.parse("concurrent"));
    assertEquals(MarkingMode.INCREMENTAL, MarkingMode.parse(" Incremental "));
    assertEquals(MarkingMode.STOP_THE_WORLD, MarkingMode.parse("stop-the-world"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MarkingMode.parse("parallel"));
    assertTrue(e.getMessage().contains("'parallel'"), e.getMessage());
  }

  @Test
  void concurrentFallsBackToIncrementalOnOneProcessor() {
    assertEquals(MarkingMode.INCREMENTAL, MarkingMode.CONCURRENT.effective(1));
    assertEquals(MarkingMode.CONCURRENT, MarkingMode.CONCURRENT.effective(2));
    assertEquals(MarkingMode.STOP_THE_WORLD, MarkingMode.STOP_THE_WORLD.effective(1));
  }

  @Test
  void theConfigCarriesTheMode() {
    HeapConfig c = TestHeaps.small().marking(MarkingMode.CONCURRENT).build();
    assertEquals(MarkingMode.CONCURRENT, c.marking());
    assertTrue(c.incrementalMarking());
    assertTrue(c.toString().contains("CONCURRENT"));
    HeapConfig stw = TestHeaps.small().incrementalMarking(false).build();
    assertEquals(MarkingMode.STOP_THE_WORLD, stw.marking());
    assertFalse(stw.incrementalMarking());
  }

  @Test
  void markingPausesAreCountedApartFromScavenges() {
    try (Heap heap = Heap.create(TestHeaps.small().stress(StressMode.NONE).build())) {
      heap.collectYoung();
      assertEquals(0, heap.statistics().markingPauseNanos(), "a scavenge is no marking");
      heap.startIncrementalMarking();
      heap.finishMarking();
      GcStatistics s = heap.statistics().snapshot();
      assertTrue(s.markingPauseNanos() > 0);
      assertTrue(s.markingPauseNanos() <= s.totalPauseNanos());
      assertTrue(s.maxMarkingPauseNanos() <= s.maxPauseNanos());
      assertTrue(s.maxMarkingPauseNanos() <= s.markingPauseNanos());
    }
  }

  @Test
  void aConcurrentCycleRunsOnAMarkerThreadAndIncrementalOnesDoNot() {
    try (Heap heap = Heap.create(TestHeaps.small().marking(MarkingMode.CONCURRENT).build())) {
      org.junit.jupiter.api.Assumptions.assumeTrue(heap.markingMode() == MarkingMode.CONCURRENT);
      heap.startIncrementalMarking();
      assertTrue(heap.markerThreadRunning());
      heap.finishMarking();
      assertFalse(heap.isMarking());
      assertFalse(heap.markerThreadRunning());
    }
    try (Heap heap = Heap.create(TestHeaps.small().marking(MarkingMode.INCREMENTAL).build())) {
      heap.startIncrementalMarking();
      assertFalse(heap.markerThreadRunning());
      heap.finishMarking();
      assertFalse(heap.isMarking());
      heap.finishMarking(); // no cycle: a no-op
    }
  }
}
