package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scavenger's copy paths: small objects copied word by word, larger ones in one memory copy,
 * and runs of survivors that were adjacent in from-space copied together. Objects are allocated
 * back to back and reached from one holder in allocation order, which is what forms runs; each test
 * then checks what a broken run would break: every survivor's bytes (MockObjects' checksum),
 * identity hashes, one copy per object (a second holder reached later sees the same copies, through
 * the forwarding words), and the bytes copied, which must be the survivors' bytes exactly (a dead
 * neighbour copied along would show there).
 */
class ScavengeCopyTest {

  /** Payload words giving sizes below, at and above the small-object copy threshold. */
  private static final int[] PAYLOADS = {0, 1, 2, 3, 5, 8, 13, 16, 29, 64, 200};

  /**
   * Pushes a holder, then allocates {@code n} mock objects back to back: holder slot i = object i.
   */
  private static void fill(MockObjects mock, ValueStack stack, int n, int payloadWords) {
    stack.push(ref(mock.heap().allocate(7, 0, n, 0)));
    int holder = stack.size() - 1;
    for (int i = 0; i < n; i++) {
      long object = mock.allocate(100 + i, 2, payloadWords, i * 31L + 1);
      mock.heap().setSlot(address(stack.get(holder)), i, ref(object));
    }
  }

  private static long copiedBytes(Heap heap) {
    return heap.statistics().bytesCopied() + heap.statistics().bytesPromoted();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 5, 8, 13, 16, 29, 64, 200})
  void everySurvivorOfARunKeepsItsBytesAndIsCopiedOnce(int payloadWords) {
    try (Heap heap = Heap.create(TestHeaps.small().promotionAge(3).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(8, 64);
      int n = payloadWords <= 16 ? 3 * CopyRun.MAX_OBJECTS / 2 : 40; // small: more than one run
      fill(mock, stack, n, payloadWords);
      int[] hashes = new int[n];
      for (int i = 0; i < n; i++) {
        hashes[i] = heap.identityHash(address(heap.getSlot(address(stack.get(0)), i)));
      }
      // A second holder, reached after the first: it must find the copies (forwarding words).
      long second = heap.allocate(8, 0, n, 0);
      for (int i = 0; i < n; i++) {
        heap.setSlot(second, n - 1 - i, heap.getSlot(address(stack.get(0)), i));
      }
      stack.push(ref(second));
      for (int round = 0; round < 4; round++) {
        heap.collectYoung();
        long first = address(stack.get(0));
        long other = address(stack.get(1));
        for (int i = 0; i < n; i++) {
          long object = address(heap.getSlot(first, i));
          mock.checkIntegrity(object);
          assertEquals(100 + i, heap.classId(object));
          assertEquals(hashes[i], heap.identityHash(object), "identity hash of " + i);
          assertEquals(object, address(heap.getSlot(other, n - 1 - i)), "one copy of " + i);
          if (i > 0) {
            assertNotEquals(address(heap.getSlot(first, i - 1)), object);
          }
        }
        heap.verify();
      }
    }
  }

  @Test
  void aDeadObjectBreaksTheRunAndIsNotCopied() {
    try (Heap heap = Heap.create(TestHeaps.small().promotionAge(8).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(8, 64);
      for (int payload : PAYLOADS) {
        stack.setSize(0);
        heap.collectYoung();
        int n = 12;
        fill(mock, stack, n, payload);
        long holder = address(stack.get(0));
        long live = heap.sizeOf(holder);
        for (int i = 0; i < n; i++) {
          if (i % 4 == 2) {
            heap.setSlot(holder, i, ValueCodec.UNDEFINED); // dead: inside every run of four
          } else {
            live += heap.sizeOf(address(heap.getSlot(holder, i)));
          }
        }
        long before = copiedBytes(heap);
        heap.collectYoung();
        if (!TestHeaps.stressed()) { // stress scavenges inside fill() leave older survivors
          assertEquals(live, copiedBytes(heap) - before, "bytes copied, payload " + payload);
        }
        holder = address(stack.get(0));
        for (int i = 0; i < n; i++) {
          long value = heap.getSlot(holder, i);
          if (i % 4 == 2) {
            assertEquals(ValueCodec.UNDEFINED, value);
          } else {
            mock.checkIntegrity(address(value));
            assertEquals(100 + i, heap.classId(address(value)));
          }
        }
        heap.verify();
      }
    }
  }

  @Test
  void aWeakHolderInsideARunIsCopiedAndItsDeadTargetCleared() {
    try (Heap heap = Heap.create(TestHeaps.small().promotionAge(8).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(8, 64);
      stack.push(ref(heap.allocate(7, 0, 5, 0))); // the holder of the run
      stack.push(ref(mock.allocate(50, 0, 1, 9))); // stays alive through the stack
      stack.push(ref(mock.allocate(51, 0, 1, 10))); // dropped below: reachable only weakly
      for (int i = 0; i < 5; i++) {
        long object = i == 2 ? heap.allocateWeak(60, 0, 2) : mock.allocate(100 + i, 1, 2, i);
        heap.setSlot(address(stack.get(0)), i, ref(object));
      }
      long weak = address(heap.getSlot(address(stack.get(0)), 2));
      heap.setSlot(weak, 0, stack.get(1));
      heap.setSlot(weak, 1, stack.get(2));
      stack.setSize(2);
      heap.collectYoung();
      long holder = address(stack.get(0));
      weak = address(heap.getSlot(holder, 2));
      assertEquals(60, heap.classId(weak));
      assertEquals(stack.get(1), heap.getSlot(weak, 0), "live target: updated");
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(weak, 1), "dead target: cleared");
      for (int i : new int[] {0, 1, 3, 4}) {
        long object = address(heap.getSlot(holder, i));
        mock.checkIntegrity(object);
        assertEquals(100 + i, heap.classId(object));
      }
      heap.verify();
    }
  }

  @Test
  void aLargeNeighbourBreaksTheRun() {
    try (Heap heap = Heap.create(TestHeaps.small().promotionAge(8).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(8, 64);
      int n = 9;
      stack.push(ref(heap.allocate(7, 0, n, 0)));
      for (int i = 0; i < n; i++) {
        int payload = i % 3 == 1 ? 1500 : 2; // 12 KiB: past any small-copy or run limit
        long object = mock.allocate(100 + i, 1, payload, i + 5L);
        heap.setSlot(address(stack.get(0)), i, ref(object));
      }
      for (int round = 0; round < 3; round++) {
        heap.collectYoung();
        long holder = address(stack.get(0));
        for (int i = 0; i < n; i++) {
          long object = address(heap.getSlot(holder, i));
          mock.checkIntegrity(object);
          assertEquals(100 + i, heap.classId(object));
        }
        heap.verify();
      }
    }
  }

  @Test
  void promotedAndCopiedNeighboursBothKeepTheirBytes() {
    try (Heap heap = Heap.create(TestHeaps.small().promotionAge(2).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(8, 64);
      int n = 8;
      stack.push(ref(heap.allocate(7, 0, 2 * n, 0)));
      heap.collectYoung(); // the holder survives once; the next scavenge promotes it
      for (int i = 0; i < n; i++) {
        long object = mock.allocate(100 + i, 1, 3, i); // may move the holder (stress)
        heap.setSlot(address(stack.get(0)), i, ref(object));
      }
      heap.collectYoung(); // first half: age 1, at the start of the new nursery
      for (int i = n; i < 2 * n; i++) {
        long object = mock.allocate(100 + i, 1, 3, i);
        heap.setSlot(address(stack.get(0)), i, ref(object));
      }
      // Now the age-1 objects are followed by age-0 ones: the next scavenge promotes the first
      // (and the holder) and copies the second, neighbours in from-space.
      heap.collectYoung();
      long holder = address(stack.get(0));
      for (int i = 0; i < 2 * n; i++) {
        long object = address(heap.getSlot(holder, i));
        mock.checkIntegrity(object);
        assertEquals(100 + i, heap.classId(object));
        if (!TestHeaps.stressed()) {
          assertEquals(i < n, heap.isOld(object), "object " + i + " promoted");
        }
      }
      heap.verify();
      heap.collectFull(); // promotes every survivor: a run straight into the old generation
      holder = address(stack.get(0));
      for (int i = 0; i < 2 * n; i++) {
        long object = address(heap.getSlot(holder, i));
        mock.checkIntegrity(object);
        assertTrue(heap.isOld(object));
      }
      heap.verify();
    }
  }
}
