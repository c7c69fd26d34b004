package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;

/**
 * Linked lists far deeper than any Java stack could recurse: scavenging, marking (stop-the-world
 * and incremental) and verification must all trace iteratively. In the stress run the lists are
 * shorter, since every forced scavenge is followed by a full heap verification.
 */
class DeepStructuresTest {
  private static final int NODE = 6001;
  private static final int LENGTH = TestHeaps.scaled(200_000, 20_000);

  private static HeapConfig bigYoung() {
    // one semispace holds the whole list (48 bytes per node)
    return TestHeaps.small()
        .maxHeapBytes(96 * TestHeaps.MIB)
        .semispaceBytes(16 * TestHeaps.MIB)
        .build();
  }

  /** Prepends LENGTH nodes to the list held in stack slot 0; returns the id of the first. */
  private static long buildList(Heap heap, MockObjects mock, ValueStack stack, boolean tenured) {
    long firstId = mock.peekNextId();
    for (int i = 0; i < LENGTH; i++) {
      long node = tenured ? mock.allocateTenured(NODE, 1, 0, i) : mock.allocate(NODE, 1, 0, i);
      heap.setSlot(node, 0, stack.get(0));
      stack.set(0, ref(node));
    }
    return firstId;
  }

  /** Walks the list iteratively and checks every node: ids descend by one to {@code firstId}. */
  private static void checkList(Heap heap, MockObjects mock, long head, long firstId, String when) {
    long expectedId = firstId + LENGTH - 1;
    long value = head;
    int count = 0;
    while (ValueCodec.isReference(value)) {
      long node = address(value);
      assertEquals(expectedId, mock.id(node), when + ": node " + count);
      assertEquals(NODE, heap.classId(node), when + ": node " + count);
      value = heap.getSlot(node, 0);
      expectedId--;
      count++;
      if (value == head) {
        break; // circular
      }
    }
    assertEquals(LENGTH, count, when + ": list length");
  }

  private static void finishIncrementalCycle(Heap heap) {
    heap.startIncrementalMarking();
    for (int i = 0; !heap.incrementalMarkingStep(64 * 1024); i++) {
      assertTrue(i < 10_000_000, "incremental marking never finished");
    }
  }

  @Test
  void deepYoungListSurvivesScavengesAndMarking() {
    try (Heap heap = Heap.create(bigYoung())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      stack.push(ValueCodec.NULL);
      long firstId = buildList(heap, mock, stack, false);
      heap.collectYoung();
      checkList(heap, mock, stack.get(0), firstId, "after the first scavenge");
      heap.collectYoung();
      heap.collectYoung(); // promotes the whole list
      checkList(heap, mock, stack.get(0), firstId, "after promotion");
      heap.verify();
      heap.collectFull();
      checkList(heap, mock, stack.get(0), firstId, "after a full collection");
      finishIncrementalCycle(heap);
      checkList(heap, mock, stack.get(0), firstId, "after an incremental cycle");
      heap.verify();
    }
  }

  @Test
  void deepOldCircularListSurvivesMarkingAndIsFreedWhenDropped() {
    try (Heap heap = Heap.create(bigYoung())) {
      LivenessRecorder liveness = new LivenessRecorder();
      heap.addListener(liveness);
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      stack.push(ValueCodec.NULL);
      long firstId = buildList(heap, mock, stack, true);
      // close the cycle: the first node built (the tail) points back at the head
      long tail = address(stack.get(0));
      while (ValueCodec.isReference(heap.getSlot(tail, 0))) {
        tail = address(heap.getSlot(tail, 0));
      }
      heap.setSlot(tail, 0, stack.get(0));
      heap.collectFull();
      checkList(heap, mock, stack.get(0), firstId, "after a full collection");
      finishIncrementalCycle(heap);
      checkList(heap, mock, stack.get(0), firstId, "after an incremental cycle");
      heap.verify();
      long used = heap.statistics().oldUsedBytes();
      stack.setSize(0);
      heap.collectFull();
      assertTrue(!liveness.lastMarkingSawClass(NODE), "the dropped cycle was kept");
      assertTrue(
          heap.statistics().oldUsedBytes() <= used - (long) LENGTH * MockObjects.sizeOf(1, 0),
          "the dead cycle was not freed");
    }
  }

  @Test
  void deepListThroughOldToYoungEdges() {
    // alternate old and young nodes, so every other edge is old->young or young->old
    try (Heap heap = Heap.create(TestHeaps.small().maxHeapBytes(64 * TestHeaps.MIB).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      stack.push(ValueCodec.NULL);
      int length = LENGTH / 4;
      for (int i = 0; i < length; i++) {
        long node = i % 2 == 0 ? mock.allocateTenured(NODE, 1, 0, i) : mock.allocate(NODE, 1, 0, i);
        heap.setSlot(node, 0, stack.get(0));
        stack.set(0, ref(node));
      }
      heap.collectYoung();
      assertEquals(length, mock.traceAndCheck(stack.get(0)));
      heap.collectFull();
      heap.collectYoung();
      assertEquals(length, mock.traceAndCheck(stack.get(0)));
      heap.verify();
    }
  }
}
