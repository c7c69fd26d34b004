package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;

/**
 * The collector's own safety nets: stress modes force collections as configured, poisoning makes a
 * stale reference fail loudly, and the verifier rejects a broken heap.
 */
class StressAndVerificationTest {

  private static Heap heapWith(StressMode stress) {
    return Heap.create(TestHeaps.small().stress(stress).build());
  }

  @Test
  void minorStressScavengesEveryNAllocations() {
    try (Heap heap = heapWith(new StressMode(5, 0, 0, true, true))) {
      for (int i = 0; i < 100; i++) {
        heap.allocate(1, 0, 1, 8);
      }
      long scavenges = heap.statistics().scavenges();
      assertTrue(scavenges >= 19 && scavenges <= 21, scavenges + " scavenges in 100 allocations");
    }
  }

  @Test
  void majorStressCollectsTheOldGeneration() {
    try (Heap heap = heapWith(new StressMode(0, 10, 0, true, true))) {
      for (int i = 0; i < 200; i++) {
        heap.allocate(1, 0, 1, 8);
        if (heap.isMarking()) {
          heap.incrementalMarkingStep(1 << 20);
        }
      }
      GcStatistics s = heap.statistics();
      assertTrue(
          s.fullCollections() + s.incrementalCycles() + s.markingSteps() >= 10,
          "major stress every 10 allocations: " + s);
    }
  }

  @Test
  void randomStressIsDeterministicForASeed() {
    long[] counts = new long[3];
    for (int run = 0; run < 3; run++) {
      long seed = run < 2 ? 42 : 43;
      try (Heap heap = heapWith(new StressMode(5, 0, seed, false, false))) {
        for (int i = 0; i < 1000; i++) {
          heap.allocate(1, 0, 1, 8);
        }
        counts[run] = heap.statistics().scavenges();
      }
    }
    assertEquals(counts[0], counts[1], "same seed, same forced collections");
    assertTrue(counts[0] >= 100 && counts[0] <= 400, counts[0] + " scavenges, mean interval 5");
  }

  /** The bug stress mode exists to catch: a reference kept in a Java local across an allocation. */
  @Test
  void staleReferenceAfterAForcedScavengeFailsLoudly() {
    try (Heap heap = heapWith(new StressMode(1, 0, 0, true, true))) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      long stale = mock.allocate(1, 1, 1, 7);
      heap.setSlot(stale, 0, ValueCodec.fromInt(5));
      stack.push(ref(stale));
      mock.allocate(2, 0, 0, 8); // forces a scavenge: the object moves
      long moved = address(stack.get(0));
      assertTrue(moved != stale, "minor=1 stress did not move the object");
      assertEquals(ValueCodec.fromInt(5), heap.getSlot(moved, 0));
      boolean loud;
      try {
        long v = heap.getSlot(stale, 0);
        loud = ValueCodec.isPoison(v);
      } catch (RuntimeException | AssertionError e) {
        loud = true;
      }
      assertTrue(loud, "reading through a stale address returned a plausible value");
    }
  }

  @Test
  void verifierRejectsAReferenceIntoTheMiddleOfAnObject() {
    try (Heap heap = heapWith(StressMode.NONE)) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      stack.push(ref(mock.allocateTenured(1, 2, 4, 1)));
      stack.push(ref(mock.allocateTenured(1, 2, 4, 2)));
      heap.verify();
      long target = address(stack.get(1));
      heap.setSlot(address(stack.get(0)), 0, ref(target + 16));
      assertThrows(HeapVerificationError.class, heap::verify);
    }
  }

  @Test
  void verifierRejectsAReferenceIntoTheMiddleOfAYoungObject() {
    try (Heap heap = heapWith(StressMode.NONE)) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      stack.push(ref(mock.allocate(1, 2, 4, 1)));
      stack.push(ref(mock.allocate(1, 2, 4, 2)));
      heap.verify();
      long target = address(stack.get(1));
      heap.setSlot(address(stack.get(0)), 1, ref(target + 24));
      assertThrows(HeapVerificationError.class, heap::verify);
    }
  }
}
