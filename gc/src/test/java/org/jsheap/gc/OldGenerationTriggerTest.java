package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The old-generation trigger starts a cycle by itself: once the old bytes allocated or promoted
 * since the last marking pass it (1 MiB, or an eighth of the old generation, at first), the next
 * allocation starts an incremental cycle, or a stop-the-world collection when incremental marking
 * is off. No test here calls a collection explicitly, and the old generation never fills up.
 */
class OldGenerationTriggerTest {
  private static final long TRIGGER = 1024 * 1024; // the initial trigger of TestHeaps.small()

  private static Heap heap(boolean incremental) {
    return Heap.create(
        TestHeaps.small().incrementalMarking(incremental).stress(StressMode.NONE).build());
  }

  private static boolean oldCycleSeen(Heap heap) {
    return heap.isMarking() || heap.statistics().fullCollections() > 0;
  }

  @Test
  void tenuredAllocationPastTheTriggerStartsAnIncrementalCycle() {
    try (Heap heap = heap(true)) {
      long allocated = 0;
      while (allocated < TRIGGER - 4096) {
        heap.allocateTenured(1, 0, 0, 1000);
        allocated += 1024;
        assertTrue(!oldCycleSeen(heap), "a cycle started after only " + allocated + " bytes");
      }
      boolean started = false;
      for (int i = 0; i < 64 && !started; i++) {
        heap.allocateTenured(1, 0, 0, 1000);
        started = heap.isMarking();
      }
      assertTrue(started, "passing the trigger started no cycle: " + heap.statistics());
      assertEquals(0, heap.statistics().fullCollections(), "incremental, not stop-the-world");
    }
  }

  @Test
  void tenuredAllocationPastTheTriggerCollectsWhenIncrementalMarkingIsOff() {
    try (Heap heap = heap(false)) {
      for (long allocated = 0; allocated < 2 * TRIGGER; allocated += 1024) {
        heap.allocateTenured(1, 0, 0, 1000);
      }
      assertTrue(heap.statistics().fullCollections() > 0, heap.statistics().toString());
      assertTrue(!heap.isMarking());
    }
  }

  @Test
  void promotionPastTheTriggerStartsACycle() {
    try (Heap heap = heap(true)) {
      ValueStack stack = heap.newValueStack(1024, 1 << 20);
      boolean started = false;
      for (int i = 0; i < 20_000 && !started; i++) {
        long a = heap.allocate(1, 0, 0, 232); // 248-byte objects, all kept: promoted
        stack.push(ref(a));
        if (stack.size() % 256 == 0) {
          heap.collectYoung();
          heap.collectYoung();
        }
        started = oldCycleSeen(heap);
      }
      assertTrue(started, "promotion passed the trigger but no cycle: " + heap.statistics());
      assertTrue(heap.statistics().bytesPromoted() >= TRIGGER, heap.statistics().toString());
      assertTrue(heap.statistics().bytesPromoted() < 2 * TRIGGER, heap.statistics().toString());
    }
  }
}
