package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Facts that PIT mutants of the scheduler, the services and the codec survived (see
 * docs/testing.md, "Mutation testing"). The pacing tests use heaps without stress on purpose: they
 * check when the scheduler itself acts, which forced stress collections would mask.
 */
class MutationGapsTest {
  private static final long STEP = 256 * TestHeaps.KIB;

  private static Heap unstressedHeap() {
    return Heap.create(
        TestHeaps.small()
            .markingStepBytes(STEP)
            .stress(StressMode.NONE)
            .incrementalMarking(true)
            .build());
  }

  @Test
  void externalBytesPastTheTriggerStartAnOldCycleAtTheNextAllocation() {
    try (Heap heap = unstressedHeap()) {
      long owner = heap.allocate(1, 0, 1, 0);
      GlobalHandle keep = heap.newGlobalHandle(ValueCodec.fromReference(owner));
      heap.allocate(1, 0, 1, 0);
      assertFalse(heap.isMarking(), "premise: no cycle before the external bytes");
      // The trigger of this 8 MiB heap is 1 MiB; 2 MiB of external bytes pass it.
      heap.registerExternal(ValueCodec.asReference(keep.get()), new Object(), 2 * TestHeaps.MIB);
      heap.allocate(1, 0, 1, 0); // one small young allocation, otherwise on the fast path
      assertTrue(heap.isMarking(), "the external bytes requested no old-generation cycle");
      keep.close();
    }
  }

  @Test
  void externalBytesWhileMarkingBringTheNextMarkingStepForward() {
    try (Heap heap = unstressedHeap()) {
      long owner = heap.allocate(1, 0, 1, 0);
      GlobalHandle keep = heap.newGlobalHandle(ValueCodec.fromReference(owner));
      heap.startIncrementalMarking();
      long steps = heap.statistics().markingSteps();
      heap.allocate(1, 0, 1, 0);
      assertEquals(steps, heap.statistics().markingSteps(), "premise: no step for 24 bytes");
      // exactly a step's worth
      heap.registerExternal(ValueCodec.asReference(keep.get()), new Object(), STEP);
      heap.allocate(1, 0, 1, 0);
      assertEquals(steps + 1, heap.statistics().markingSteps(), "a step's worth of external bytes");
      keep.close();
    }
  }

  @Test
  void servicesAnswerForOrdinaryObjects() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      long plain = heap.allocate(1, 0, 2, 0);
      assertFalse(heap.hasWeakSlots(plain), "an ordinary object has strong slots");
      assertTrue(heap.hasWeakSlots(heap.allocateWeak(1, 0, 1)));
      assertEquals(0, heap.globalHandleCount());
      GlobalHandle a = heap.newGlobalHandle(ValueCodec.UNDEFINED);
      GlobalHandle b = heap.newGlobalHandle(ValueCodec.NULL);
      assertEquals(2, heap.globalHandleCount());
      a.close();
      assertEquals(1, heap.globalHandleCount());
      b.close();
    }
  }

  @Test
  void onlyExternalHandlesAreExternalHandles() {
    assertFalse(ValueCodec.isExternalHandle(ValueCodec.HOLE));
    assertFalse(ValueCodec.isExternalHandle(ValueCodec.immediate(7)));
    assertFalse(ValueCodec.isExternalHandle(ValueCodec.fromInt(-1)), "int with bit 31 set");
    assertFalse(ValueCodec.isExternalHandle(ValueCodec.UNDEFINED));
    assertTrue(ValueCodec.isExternalHandle(ValueCodec.externalHandle(0)));
    assertTrue(ValueCodec.isExternalHandle(ValueCodec.externalHandle(12345)));
  }
}
