package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The young fast path alone: same objects as {@link Heap#allocate}, and 0 instead of collecting.
 */
class TryAllocateYoungTest {
  @Test
  void allocatesLikeAllocateUntilOnlyTheSlowPathCouldContinue() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ValueStack stack = heap.newValueStack(16, 1 << 20);
      long scavenges = heap.statistics().scavenges();
      long fulls = heap.statistics().fullCollections();
      long a = heap.tryAllocateYoung(40, 1, 3);
      if (a == 0) {
        // Stress mode: every allocation is due for the slow path, so the fast path must refuse.
        assertTrue(TestHeaps.stressed());
        return;
      }
      assertEquals(40, heap.classId(a));
      assertEquals(1, heap.kind(a));
      assertEquals(3, heap.taggedSlotCount(a));
      assertEquals(0, heap.rawByteCount(a));
      for (int k = 0; k < 3; k++) {
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(a, k));
      }
      assertTrue(heap.isYoung(a));
      stack.push(ValueCodec.fromReference(a));
      int refused = 0;
      int allocated = 0;
      while (refused == 0) {
        long b = heap.tryAllocateYoung(41, 2, 5);
        if (b == 0) {
          refused++;
        } else {
          allocated++;
          heap.setSlot(b, 4, ValueCodec.fromInt(allocated));
        }
      }
      assertTrue(allocated > 10, "allocated " + allocated);
      assertEquals(scavenges, heap.statistics().scavenges());
      assertEquals(fulls, heap.statistics().fullCollections());
      long c = heap.allocate(41, 2, 5, 0);
      assertEquals(41, heap.classId(c));
      assertEquals(0, heap.tryAllocateYoung(-1, 0, 1));
      assertEquals(0, heap.tryAllocateYoung(1, 0, 1 << 20));
      heap.collectFull();
      assertEquals(40, heap.classId(ValueCodec.asReference(stack.get(0))));
    }
  }
}
