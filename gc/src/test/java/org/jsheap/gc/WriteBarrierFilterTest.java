package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The write barrier's inlined filter ({@code WriteBarrier.referenceStored}): exactly the stores of
 * a young reference into an old object reach the remembered set; a young holder, an old target or a
 * non-reference records nothing. {@link WriteBarrierTest} shows what a missed record or a missed
 * insertion while marking would lose.
 */
class WriteBarrierFilterTest {
  @Test
  void onlyAYoungTargetInAnOldHolderIsRemembered() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ValueStack stack = heap.newValueStack(16, 1 << 20);
      stack.push(ValueCodec.fromReference(heap.allocateTenured(1, 0, 4, 0)));
      stack.push(ValueCodec.fromReference(heap.allocateTenured(1, 0, 0, 0)));
      stack.push(ValueCodec.fromReference(heap.allocate(1, 0, 4, 0)));
      stack.push(ValueCodec.fromReference(heap.allocate(1, 0, 0, 0)));
      // No allocation from here on: nothing moves, no collection changes the remembered set.
      long oldHolder = ValueCodec.asReference(stack.get(0));
      long oldTarget = stack.get(1);
      long youngHolder = ValueCodec.asReference(stack.get(2));
      long youngTarget = stack.get(3);
      assertFalse(heap.isYoung(oldHolder));
      assertTrue(heap.isYoung(youngHolder));
      assertTrue(heap.isYoung(ValueCodec.asReference(youngTarget)));
      long before = heap.rememberedSlotCount();

      heap.setSlot(youngHolder, 0, youngTarget);
      heap.setSlot(youngHolder, 1, oldTarget);
      heap.setSlot(oldHolder, 0, oldTarget);
      heap.setSlot(oldHolder, 1, ValueCodec.fromInt(-1));
      heap.setSlot(oldHolder, 2, ValueCodec.NULL);
      assertEquals(before, heap.rememberedSlotCount(), "nothing to remember yet");

      heap.setSlot(oldHolder, 3, youngTarget);
      assertEquals(before + 1, heap.rememberedSlotCount(), "old holder, young target");

      heap.collectYoung();
      long moved = heap.getSlot(ValueCodec.asReference(stack.get(0)), 3);
      assertEquals(heap.getSlot(ValueCodec.asReference(stack.get(2)), 0), moved);
      assertEquals(stack.get(3), moved, "the remembered slot was updated by the scavenge");
    }
  }
}
