package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;

/** Statistics counters, listeners and the GC log move when the heap works. */
class GcStatisticsTest {

  /** Counter deltas since {@code before}: full, incremental, stop-the-world. */
  private static void assertCounted(GcStatistics before, GcStatistics now, long... expected) {
    assertEquals(expected[0], now.fullCollections() - before.fullCollections(), "full");
    assertEquals(expected[1], now.incrementalCycles() - before.incrementalCycles(), "incremental");
    assertEquals(
        expected[2],
        now.stopTheWorldCollections() - before.stopTheWorldCollections(),
        "stop-the-world");
  }

  @Test
  void fullCollectionsCountEveryFinishedOldGenerationMarkingOfAnyMode() {
    for (MarkingMode mode : MarkingMode.values()) {
      try (Heap heap = Heap.create(TestHeaps.small().marking(mode).build())) {
        MockObjects mock = new MockObjects(heap);
        ValueStack stack = heap.newValueStack(16, 1 << 16);
        for (int i = 0; i < 100; i++) {
          stack.push(ref(mock.allocateTenured(2, 0, 1, 0)));
        }
        if (heap.isMarking()) {
          heap.finishMarking(); // one a stress point started
        }
        GcStatistics s = heap.statistics();
        GcStatistics t0 = s.snapshot();
        heap.collectFull();
        assertCounted(t0, s, 1, 0, 1);

        GcStatistics t1 = s.snapshot();
        heap.startIncrementalMarking();
        heap.finishMarking();
        // An explicit cycle runs in the heap's mode: stop-the-world mode marks in the final pause.
        assertCounted(t1, s, 1, 1, 0);

        GcStatistics t2 = s.snapshot();
        heap.startIncrementalMarking();
        heap.collectFull(); // abandons the cycle: it never finished
        assertCounted(t2, s, 1, 0, 1);
        assertEquals(s.fullCollections(), s.incrementalCycles() + s.stopTheWorldCollections());
      }
    }
  }

  @Test
  void countersMoveWithAllocationAndEachKindOfCollection() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      LivenessRecorder listener = new LivenessRecorder();
      heap.addListener(listener);
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(16, 1 << 16);
      GcStatistics s = heap.statistics();

      GcStatistics t0 = s.snapshot();
      long size = 0;
      for (int i = 0; i < 100; i++) {
        long a = mock.allocate(1, 1, 4, i);
        size += heap.sizeOf(a);
        stack.push(ref(a));
      }
      assertTrue(s.bytesAllocated() - t0.bytesAllocated() >= size, "bytesAllocated");
      assertTrue(s.youngUsedBytes() > 0 || s.scavenges() > t0.scavenges(), "youngUsedBytes");

      GcStatistics t1 = s.snapshot();
      heap.collectYoung();
      assertTrue(s.scavenges() >= t1.scavenges() + 1, "scavenges");
      assertTrue(s.bytesCopied() > t1.bytesCopied(), "100 rooted young objects were copied");
      assertTrue(s.totalPauseNanos() > t1.totalPauseNanos(), "pause time");
      assertTrue(s.maxPauseNanos() >= s.lastPauseNanos());
      assertTrue(listener.kinds.contains(CollectionKind.SCAVENGE));

      GcStatistics t2 = s.snapshot();
      heap.collectYoung();
      heap.collectYoung();
      assertTrue(s.bytesPromoted() > t2.bytesPromoted(), "promotion after promotionAge scavenges");
      assertTrue(s.oldUsedBytes() >= size, "promoted objects occupy the old generation");

      GcStatistics t3 = s.snapshot();
      stack.setSize(0);
      heap.collectFull();
      assertTrue(s.fullCollections() >= t3.fullCollections() + 1, "fullCollections");
      assertTrue(s.bytesFreed() - t3.bytesFreed() >= size, "the dead promoted objects were freed");
      assertTrue(s.oldUsedBytes() < t3.oldUsedBytes(), "oldUsedBytes fell");
      assertTrue(listener.kinds.contains(CollectionKind.FULL));
      assertTrue(listener.markings() >= 1, "liveClassIds reported");

      stack.push(ref(mock.allocateTenured(2, 0, 1, 0)));
      GcStatistics t4 = s.snapshot();
      heap.startIncrementalMarking();
      int steps = 0;
      while (!heap.incrementalMarkingStep(1024)) {
        steps++;
      }
      assertTrue(s.incrementalCycles() >= t4.incrementalCycles() + 1, "incrementalCycles");
      assertTrue(s.markingSteps() >= t4.markingSteps() + 1 + steps, "markingSteps");
      assertTrue(
          s.fullCollections() >= t4.fullCollections() + 1, "a finished cycle counts as full");
      assertTrue(listener.kinds.contains(CollectionKind.INCREMENTAL_FINALIZE));
      assertTrue(s.liveBytesAfterLastFull() > 0, "one tenured object is live");

      assertTrue(s.toString().contains("scavenges="), s.toString());
    }
  }

  @Test
  void snapshotsAreIndependentCopies() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      GcStatistics snapshot = heap.statistics().snapshot();
      long scavenges = snapshot.scavenges();
      long allocated = snapshot.bytesAllocated();
      heap.allocate(1, 0, 1, 8);
      heap.collectYoung();
      assertEquals(scavenges, snapshot.scavenges());
      assertEquals(allocated, snapshot.bytesAllocated());
      assertTrue(heap.statistics().scavenges() > scavenges);
    }
  }

  @Test
  void gcLogPrintsOneLinePerCollection() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);
        Heap heap = Heap.create(TestHeaps.small().gcLog(log).build())) {
      heap.collectYoung();
      heap.collectFull();
      String text = out.toString(StandardCharsets.UTF_8);
      long lines = text.lines().filter(l -> !l.isBlank()).count();
      assertTrue(lines >= 2, "two collections, log:\n" + text);
    }
  }
}
