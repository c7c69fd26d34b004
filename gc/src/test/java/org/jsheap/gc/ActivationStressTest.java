package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;

/**
 * An interpreter-shaped workload on activations under forced collections with from-space poisoning:
 * recursive calls whose callee windows start at a base the caller passes, allocation in argument
 * position, exceptions unwinding through frames. A reference kept anywhere but in a window slot
 * across an allocation fails loudly here, which the last two tests show.
 */
class ActivationStressTest {
  private static final int NODE = 8101;
  private static final int FRAME = 2; // slots per call: left subtree, right subtree

  /** Collections every few allocations, at random too, with verification and poisoning. */
  private static Heap stressedHeap() {
    return Heap.create(TestHeaps.small().stress(new StressMode(3, 41, 7, true, true)).build());
  }

  /**
   * Builds a complete binary tree of {@code depth} in the callee window at {@code base}, as an
   * interpreter would for {@code node(build(d - 1), build(d - 1))}: each subtree is a call in
   * argument position whose result is spilled to the window before the next call may collect.
   */
  private static long build(ValueStack stack, MockObjects mock, int base, int depth) {
    stack.enterAt(base, FRAME);
    if (depth == 0) {
      return ref(mock.allocate(NODE, 2, 0, depth));
    }
    stack.setUnchecked(base, build(stack, mock, base + FRAME, depth - 1));
    stack.setUnchecked(base + 1, build(stack, mock, base + FRAME, depth - 1));
    long node = mock.allocate(NODE, 2, 1, depth);
    // Reload after the allocation: it may have moved both subtrees.
    mock.heap().setSlot(node, 0, stack.getUnchecked(base));
    mock.heap().setSlot(node, 1, stack.getUnchecked(base + 1));
    return ref(node);
  }

  @Test
  void recursiveCallsKeepTheirReferencesInCalleeWindows() {
    try (Heap heap = stressedHeap()) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack();
      int entry = stack.enter(1);
      for (int round = 0; round < 5; round++) {
        stack.setUnchecked(entry, build(stack, mock, entry + 1, 9));
        assertEquals(1023, mock.traceAndCheck(stack.getUnchecked(entry)));
      }
      assertTrue(heap.statistics().scavenges() > 100, "stress collected");
      stack.leave(entry);
      assertEquals(0, stack.highWater());
      heap.verify();
    }
  }

  /** Throws from the innermost of {@code depth} frames, each holding a fresh object. */
  private static void unwind(ValueStack stack, MockObjects mock, int base, int depth) {
    stack.enterAt(base, 1);
    stack.setUnchecked(base, ref(mock.allocate(NODE, 0, 2, depth)));
    if (depth == 0) {
      throw new IllegalStateException("thrown at the bottom");
    }
    unwind(stack, mock, base + 1, depth - 1);
  }

  @Test
  void exceptionsUnwindThroughFramesAndTheEntryIsLeftInAFinally() {
    try (Heap heap = stressedHeap()) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack();
      int keep = stack.enter(1);
      stack.setUnchecked(keep, ref(mock.allocate(NODE, 0, 3, 99)));
      for (int i = 0; i < 50; i++) {
        int entry = stack.enter(0);
        try {
          unwind(stack, mock, entry, 20);
        } catch (IllegalStateException expected) {
          // The callee windows need no release; the Java entry is left below.
        } finally {
          stack.leave(entry);
        }
        assertEquals(1, stack.highWater(), "the unwound windows are dropped with their entry");
        assertEquals(1, mock.traceAndCheck(stack.getUnchecked(keep)));
      }
      assertEquals(99, mock.seed(address(stack.getUnchecked(keep))));
      stack.leave(keep);
    }
  }

  @Test
  void aReferenceHeldOnlyInAJavaLocalAcrossAnAllocationFailsLoudly() {
    try (Heap heap = stressedHeap()) {
      MockObjects mock = new MockObjects(heap);
      long stale = mock.allocate(NODE, 0, 1, 1);
      heap.collectYoung();
      AssertionError e = assertThrows(AssertionError.class, () -> mock.checkIntegrity(stale));
      assertTrue(e.getMessage().contains("stale"), e.getMessage());
    }
  }

  @Test
  void aSlotAboveTheHighWaterMarkIsNotScannedAndPoisoningShowsIt() {
    try (Heap heap = stressedHeap()) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack();
      int entry = stack.enter(0);
      stack.enterAt(entry, 1);
      stack.setUnchecked(entry, ref(mock.allocate(NODE, 0, 1, 2)));
      stack.leave(entry);
      heap.collectYoung();
      long stale = address(stack.rawSlot(entry));
      assertThrows(AssertionError.class, () -> stack.getUnchecked(entry), "checked mode");
      assertThrows(AssertionError.class, () -> mock.checkIntegrity(stale), "poisoned from-space");
    }
  }
}
