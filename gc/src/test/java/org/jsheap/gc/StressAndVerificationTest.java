package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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

  /**
   * Reads the first raw word of a raw-only object through a stale young address after a scavenge.
   * Raw reads check bounds against the header but not the from-space assertion, so what comes back
   * is what from-space now holds: the old payload, or (poisoned) an exception or the poison word.
   */
  private static long staleRawRead(StressMode stress) {
    try (Heap heap = heapWith(stress)) {
      long stale = heap.allocate(1, 0, 0, 16);
      heap.setRawLong(stale, 0, 0x1234_5678L);
      assertTrue(heap.isYoung(stale));
      heap.collectYoung(); // no root: the object dies, its from-space copy stays behind
      try {
        return heap.getRawLong(stale, 0);
      } catch (IndexOutOfBoundsException e) {
        return ValueCodec.POISON; // the poisoned header describes an impossible object
      }
    }
  }

  @Test
  void poisonOverwritesFromSpaceAfterAScavenge() {
    assertEquals(0x1234_5678L, staleRawRead(StressMode.NONE), "premise: without poison it stays");
    assertEquals(
        ValueCodec.POISON,
        staleRawRead(new StressMode(0, 0, 0, false, true)),
        "poison mode left from-space readable");
    assertEquals(
        ValueCodec.POISON,
        staleRawRead(StressMode.parse("poison")),
        "the parsed 'poison' option left from-space readable");
  }

  @Test
  void poisonOverwritesFreedOldCells() {
    for (boolean poison : new boolean[] {false, true}) {
      try (Heap heap = heapWith(new StressMode(0, 0, 0, false, poison))) {
        // a live neighbour keeps the block, so the dead cell is freed, not its whole block
        GlobalHandle keep = heap.newGlobalHandle(ref(heap.allocateTenured(1, 0, 0, 64)));
        long dead = heap.allocateTenured(1, 0, 0, 64);
        heap.setRawLong(dead, 8, 0x1234_5678L);
        heap.collectFull(); // unreachable: swept eagerly
        long v;
        try {
          v = heap.getRawLong(dead, 8);
        } catch (IndexOutOfBoundsException e) {
          v = ValueCodec.POISON;
        }
        if (poison) {
          assertEquals(ValueCodec.POISON, v, "poison mode left a freed cell readable");
        } else {
          assertEquals(0x1234_5678L, v, "premise: without poison a freed cell keeps its bytes");
        }
        keep.close();
      }
    }
  }

  @Test
  void majorStressAlternatesIncrementalAndStopTheWorldCycles() {
    try (Heap heap = heapWith(new StressMode(0, 10, 0, false, false))) {
      List<CollectionKind> kinds = new ArrayList<>();
      heap.addListener(
          new GcListener() {
            @Override
            public void afterCollection(CollectionKind kind, GcStatistics statistics) {
              kinds.add(kind);
            }
          });
      for (int i = 0; i < 400; i++) {
        heap.allocate(1, 0, 1, 8);
      }
      GcStatistics s = heap.statistics();
      assertTrue(s.incrementalCycles() > 0, "no incremental cycle finished: " + s);
      assertTrue(kinds.contains(CollectionKind.INCREMENTAL_FINALIZE), "kinds " + kinds);
      assertTrue(kinds.contains(CollectionKind.FULL), "no stop-the-world cycle: " + kinds);
      assertTrue(s.markingSteps() > 0, "no marking steps: " + s);
    }
  }

  @Test
  void majorStressIsStopTheWorldWhenIncrementalMarkingIsOff() {
    try (Heap heap =
        Heap.create(
            TestHeaps.small()
                .incrementalMarking(false)
                .stress(new StressMode(0, 10, 0, false, false))
                .build())) {
      for (int i = 0; i < 200; i++) {
        heap.allocate(1, 0, 1, 8);
        assertTrue(!heap.isMarking(), "incremental marking although it is off");
      }
      assertTrue(heap.statistics().fullCollections() >= 19, heap.statistics().toString());
      assertEquals(0, heap.statistics().incrementalCycles());
    }
  }

  /** Allocation numbers (1-based) at which a scavenge happened, for {@code count} allocations. */
  private static List<Integer> scavengePoints(StressMode stress, int count) {
    List<Integer> points = new ArrayList<>();
    try (Heap heap = heapWith(stress)) {
      int[] allocation = {0};
      heap.addListener(
          new GcListener() {
            @Override
            public void afterCollection(CollectionKind kind, GcStatistics statistics) {
              if (kind == CollectionKind.SCAVENGE) {
                points.add(allocation[0]);
              }
            }
          });
      for (int i = 1; i <= count; i++) {
        allocation[0] = i;
        heap.allocate(1, 0, 1, 8);
      }
    }
    return points;
  }

  private static Set<Integer> intervals(List<Integer> points) {
    Set<Integer> intervals = new TreeSet<>();
    int previous = 0;
    for (int p : points) {
      intervals.add(p - previous);
      previous = p;
    }
    return intervals;
  }

  @Test
  void randomStressDrawsIntervalsFromTheSeed() {
    List<Integer> fixed = scavengePoints(new StressMode(5, 0, 0, false, false), 500);
    assertEquals(Set.of(5), intervals(fixed), "seed 0: exactly every 5 allocations");

    List<Integer> a = scavengePoints(new StressMode(5, 0, 42, false, false), 500);
    Set<Integer> drawn = intervals(a);
    assertTrue(drawn.size() >= 5, "seed 42 drew intervals " + drawn + ", not uniform in 1..10");
    assertTrue(drawn.stream().allMatch(d -> d >= 1 && d <= 10), "intervals " + drawn);
    assertEquals(a, scavengePoints(new StressMode(5, 0, 42, false, false), 500), "same seed");
    assertNotEquals(a, scavengePoints(new StressMode(5, 0, 43, false, false), 500), "another seed");
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
