package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The hard heap limit, impossible allocations and use after close: clear exceptions only. */
class HeapLimitsTest {

  private static HeapConfig tiny() {
    return TestHeaps.small()
        .maxHeapBytes(2 * TestHeaps.MIB)
        .semispaceBytes(HeapConfig.MIN_SEMISPACE_BYTES)
        .build();
  }

  private static void fillUntilExhausted(
      Heap heap, MockObjects mock, ValueStack stack, boolean tenured) {
    HeapExhaustedException e =
        assertThrows(
            HeapExhaustedException.class,
            () -> {
              for (int i = 0; i < 1_000_000; i++) {
                long a = tenured ? mock.allocateTenured(3, 1, 100, i) : mock.allocate(3, 1, 100, i);
                stack.push(ref(a));
              }
            });
    assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "exception has no message");
    assertTrue(e.requestedBytes() >= MockObjects.sizeOf(1, 100), "requested " + e.requestedBytes());
  }

  @Test
  void exhaustionIsACatchableExceptionAndTheHeapStaysUsable() {
    for (boolean tenured : new boolean[] {false, true}) {
      try (Heap heap = Heap.create(tiny())) {
        MockObjects mock = new MockObjects(heap);
        ValueStack stack = heap.newValueStack(1024, 1 << 20);
        fillUntilExhausted(heap, mock, stack, tenured);
        int live = stack.size();
        assertTrue(live > 100, "only " + live + " objects fit");
        heap.verify();
        for (int i = 0; i < live; i++) {
          mock.checkIntegrity(address(stack.get(i)));
        }
        stack.setSize(0);
        for (int i = 0; i < 2 * live; i++) {
          long a = tenured ? mock.allocateTenured(3, 1, 100, i) : mock.allocate(3, 1, 100, i);
          stack.push(ref(a));
          if (stack.size() > live / 2) {
            stack.setSize(0);
          }
        }
        // and it can be exhausted and recovered again
        fillUntilExhausted(heap, mock, stack, tenured);
        stack.setSize(0);
        mock.allocate(3, 1, 100, 0);
        heap.verify();
      }
    }
  }

  @Test
  void allocationsLargerThanTheHeapFailCleanly() {
    try (Heap heap = Heap.create(tiny())) {
      long tooBig = 4 * heap.config().maxHeapBytes();
      HeapExhaustedException e =
          assertThrows(HeapExhaustedException.class, () -> heap.allocate(1, 0, 0, tooBig));
      assertTrue(e.requestedBytes() >= tooBig);
      assertFalse(e.getMessage().isBlank());
      assertThrows(HeapExhaustedException.class, () -> heap.allocateTenured(1, 0, 0, tooBig));
      assertThrows(
          HeapExhaustedException.class,
          () -> heap.allocate(1, 0, ObjectHeader.MAX_TAGGED_SLOTS, 0));
      long ok = heap.allocate(1, 0, 1, 8);
      assertEquals(1, heap.taggedSlotCount(ok));
      heap.verify();
    }
  }

  @Test
  void useOfAClosedHeapThrowsIllegalState() {
    Heap heap = Heap.create(tiny());
    long a = heap.allocateTenured(1, 0, 1, 8);
    assertFalse(heap.isClosed());
    heap.close();
    assertTrue(heap.isClosed());
    heap.close(); // idempotent
    Executable[] uses = {
      () -> heap.allocate(1, 0, 1, 8),
      () -> heap.allocateTenured(1, 0, 1, 8),
      () -> heap.getSlot(a, 0),
      () -> heap.setSlot(a, 0, ValueCodec.NULL),
      () -> heap.getRawLong(a, 0),
      () -> heap.setRawLong(a, 0, 1),
      () -> heap.classId(a),
      heap::collectYoung,
      heap::collectFull,
      heap::startIncrementalMarking,
      () -> heap.incrementalMarkingStep(4096),
      heap::verify,
      () -> heap.newValueStack(4, 8),
      heap::openHandleScope,
      () -> heap.newGlobalHandle(ValueCodec.NULL),
    };
    for (int i = 0; i < uses.length; i++) {
      assertThrows(IllegalStateException.class, uses[i], "use #" + i + " of a closed heap");
    }
  }

  @Test
  void badConfigurationsNeverReachTheHeap() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Heap.create(HeapConfig.builder().maxHeapBytes(1024 * 1024 + 1).build()));
  }

  @Test
  void exhaustionDuringIncrementalMarkingLeavesAUsableHeap() {
    try (Heap heap = Heap.create(tiny())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(1024, 1 << 20);
      for (int i = 0; i < 200; i++) {
        stack.push(ref(mock.allocateTenured(3, 1, 100, i)));
      }
      heap.startIncrementalMarking();
      heap.incrementalMarkingStep(1024);
      fillUntilExhausted(heap, mock, stack, false);
      heap.verify();
      for (int i = 0; i < stack.size(); i++) {
        mock.checkIntegrity(address(stack.get(i)));
      }
      stack.setSize(0);
      while (heap.isMarking()) {
        heap.incrementalMarkingStep(1 << 20);
      }
      for (int i = 0; i < 500; i++) {
        mock.allocateTenured(3, 1, 100, i);
      }
      heap.verify();
    }
  }
}
