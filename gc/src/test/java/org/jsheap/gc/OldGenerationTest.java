package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mark-sweep free-list reuse and the large-object space. */
class OldGenerationTest {
  private static final int BIG = 9001;

  private Heap heap;
  private MockObjects mock;
  private ValueStack stack;
  private LivenessRecorder liveness;

  @BeforeEach
  void open() {
    heap = Heap.create(TestHeaps.small().build()); // 8 MiB, ~7.5 MiB old generation
    mock = new MockObjects(heap);
    stack = heap.newValueStack(1024, 1 << 20);
    liveness = new LivenessRecorder();
    heap.addListener(liveness);
  }

  @AfterEach
  void close() {
    heap.close();
  }

  /**
   * Ten rounds each fill 60% of the old generation with tenured objects (the same size sequence
   * every round), then drop them and collect. Without reuse of freed cells the second round would
   * already exhaust the heap; with it, occupancy after each round's fill stays where the first left
   * it.
   */
  @Test
  void freedOldCellsAreReused() {
    heap.close(); // a 1 MiB heap, so ten rounds stay quick when stress verifies the heap often
    heap =
        Heap.create(
            TestHeaps.small().maxHeapBytes(TestHeaps.MIB).semispaceBytes(64 * 1024).build());
    mock = new MockObjects(heap);
    stack = heap.newValueStack(1024, 1 << 20);
    long budget = heap.config().oldGenerationBytes() * 6 / 10;
    heap.collectFull();
    long baseline = heap.statistics().oldUsedBytes();
    long firstPeak = -1;
    for (int round = 0; round < 10; round++) {
      SplittableRandom sizes = new SplittableRandom(42);
      long filled = 0;
      while (filled < budget) {
        int slots = sizes.nextInt(0, 4);
        int payload = sizes.nextInt(0, 60);
        long a = mock.allocateTenured(100 + slots, slots, payload, filled);
        filled += heap.sizeOf(a);
        stack.push(ref(a));
      }
      long peak = heap.statistics().oldUsedBytes();
      assertTrue(peak - baseline >= filled, "oldUsedBytes " + peak + " below what was filled");
      if (round == 0) {
        firstPeak = peak;
      } else {
        assertTrue(
            peak <= firstPeak + 16 * 1024,
            "round " + round + ": old occupancy grew from " + firstPeak + " to " + peak);
      }
      for (int i = 0; i < stack.size(); i += 97) {
        mock.checkIntegrity(address(stack.get(i)));
      }
      stack.setSize(0);
      heap.collectFull();
      long after = heap.statistics().oldUsedBytes();
      assertTrue(
          after <= baseline + 16 * 1024,
          "round " + round + ": " + after + " old bytes in use after freeing everything");
    }
  }

  @Test
  void freedCellsAreHandedOutAgain() {
    long first = mock.allocateTenured(7, 1, 4, 1);
    heap.collectFull(); // first is unreachable: freed
    boolean reused = false;
    for (int i = 0; i < 100_000 && !reused; i++) {
      long a = mock.allocateTenured(7, 1, 4, i);
      reused = a == first;
    }
    assertTrue(reused, "a freed cell of the same size was never handed out again");
  }

  @Test
  void largeObjectsLiveOutsideTheYoungGenerationAndDoNotMove() {
    int payloadWords = (int) (Heap.LARGE_OBJECT_THRESHOLD / 8) + 10;
    long large = mock.allocate(BIG, 4, payloadWords, 5);
    long size = heap.sizeOf(large);
    assertTrue(size >= Heap.LARGE_OBJECT_THRESHOLD);
    assertFalse(heap.isYoung(large), "large objects are not allocated in a semispace");
    assertTrue(heap.isOld(large));
    assertTrue(heap.statistics().largeObjectBytes() >= size);
    stack.push(ref(large));
    long young = mock.allocate(1, 0, 0, 0);
    heap.setSlot(address(stack.get(0)), 2, ref(young));
    for (int i = 0; i < 3; i++) {
      heap.collectYoung();
    }
    heap.collectFull();
    assertEquals(ref(large), stack.get(0), "a large object was moved");
    mock.checkIntegrity(large);
    mock.checkIntegrity(address(heap.getSlot(large, 2)));
    assertTrue(liveness.lastMarkingSawClass(BIG));
    long largeBefore = heap.statistics().largeObjectBytes();
    long freedBefore = heap.statistics().bytesFreed();
    stack.setSize(0);
    heap.collectFull();
    assertFalse(liveness.lastMarkingSawClass(BIG));
    assertTrue(
        heap.statistics().largeObjectBytes() <= largeBefore - size,
        "large object space did not shrink after the object died");
    assertTrue(heap.statistics().bytesFreed() - freedBefore >= size);
    heap.verify();
  }

  @Test
  void objectsJustBelowTheThresholdAreYoung() {
    int payloadWords =
        (int) ((Heap.LARGE_OBJECT_THRESHOLD - 16) / 8) - MockObjects.FIXED_RAW_WORDS - 1;
    long a = mock.allocate(1, 0, payloadWords, 1);
    assertTrue(heap.sizeOf(a) < Heap.LARGE_OBJECT_THRESHOLD);
    assertTrue(heap.isYoung(a));
  }

  @Test
  void largeObjectSpaceIsReusedAfterLargeObjectsDie() {
    int payloadWords = 8 * 1024; // 64 KiB each: 600 of them is about five times the heap
    long total = 0;
    for (int i = 0; i < 600; i++) {
      long a = mock.allocate(BIG, 1, payloadWords, i);
      total += heap.sizeOf(a);
      if (i % 10 == 0) {
        stack.push(ref(a)); // keep a few alive for a while
        mock.checkIntegrity(a);
      }
      if (stack.size() > 8) {
        stack.setSize(0);
      }
    }
    assertTrue(total > 4 * heap.config().maxHeapBytes());
    for (int i = 0; i < stack.size(); i++) {
      mock.checkIntegrity(address(stack.get(i)));
    }
    heap.verify();
  }
}
