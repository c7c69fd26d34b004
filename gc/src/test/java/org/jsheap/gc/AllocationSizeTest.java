package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;

/**
 * Every size, count and offset argument of the heap's public methods is checked before it reaches
 * an address computation: an impossible size is an {@link IllegalArgumentException} (negative) or a
 * {@link HeapExhaustedException} (too large), never an arithmetic overflow, and the heap is usable
 * afterwards with its objects intact.
 */
class AllocationSizeTest {
  private static final int MAX_SLOTS = ObjectHeader.MAX_TAGGED_SLOTS;

  /** Raw bytes that, with {@code MAX_SLOTS} slots and the header, overflow a long. */
  private static final long RAW_OVERFLOWING_WITH_MAX_SLOTS = Long.MAX_VALUE - 8L * MAX_SLOTS;

  /**
   * Runs {@code bad}, which must throw {@code expected}, in a heap that holds live objects; then
   * checks the heap did not change and still allocates, collects and verifies.
   */
  private static void rejectedAndHeapUsable(
      Class<? extends Throwable> expected, Consumer<Heap> bad) {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(64, 1 << 16);
      for (int i = 0; i < 20; i++) {
        stack.push(ref(mock.allocate(3, 1, 4, i)));
      }
      long youngBefore = heap.statistics().youngUsedBytes();
      long oldBefore = heap.statistics().oldUsedBytes();
      assertThrows(expected, () -> bad.accept(heap));
      assertEquals(youngBefore, heap.statistics().youngUsedBytes(), "young usage changed");
      assertEquals(oldBefore, heap.statistics().oldUsedBytes(), "old usage changed");
      heap.verify();
      for (int i = 0; i < 200; i++) {
        long a = mock.allocate(3, 1, 4, 1000 + i);
        stack.push(ref(a));
      }
      stack.push(ref(mock.allocateTenured(3, 1, 4, 7)));
      heap.verify();
      for (int i = 0; i < stack.size(); i++) {
        mock.checkIntegrity(address(stack.get(i)));
      }
      heap.collectFull();
      heap.verify();
      for (int i = 0; i < stack.size(); i++) {
        mock.checkIntegrity(address(stack.get(i)));
      }
      assertEquals(221, stack.size());
    }
  }

  @Test
  void youngRawBytesNearLongMaxAreTooLarge() {
    rejectedAndHeapUsable(
        HeapExhaustedException.class, h -> h.allocate(1, 0, 0, Long.MAX_VALUE - 3));
  }

  @Test
  void youngRawBytesOfLongMaxAreTooLarge() {
    rejectedAndHeapUsable(HeapExhaustedException.class, h -> h.allocate(1, 0, 0, Long.MAX_VALUE));
  }

  @Test
  void youngMaxSlotsPlusRawBytesOverflowingAreTooLarge() {
    rejectedAndHeapUsable(
        HeapExhaustedException.class,
        h -> h.allocate(1, 0, MAX_SLOTS, RAW_OVERFLOWING_WITH_MAX_SLOTS));
  }

  @Test
  void tenuredRawBytesNearLongMaxAreTooLarge() {
    rejectedAndHeapUsable(
        HeapExhaustedException.class, h -> h.allocateTenured(1, 0, 0, Long.MAX_VALUE - 3));
  }

  @Test
  void tenuredMaxSlotsPlusRawBytesOverflowingAreTooLarge() {
    rejectedAndHeapUsable(
        HeapExhaustedException.class,
        h -> h.allocateTenured(1, 0, MAX_SLOTS, RAW_OVERFLOWING_WITH_MAX_SLOTS));
  }

  @Test
  void tooManySlotsAndNegativeSizesAreIllegalArguments() {
    rejectedAndHeapUsable(IllegalArgumentException.class, h -> h.allocate(1, 0, MAX_SLOTS + 1, 0));
    rejectedAndHeapUsable(
        IllegalArgumentException.class, h -> h.allocateTenured(1, 0, MAX_SLOTS + 1, 0));
    rejectedAndHeapUsable(IllegalArgumentException.class, h -> h.allocate(1, 0, -1, 0));
    rejectedAndHeapUsable(IllegalArgumentException.class, h -> h.allocate(1, 0, 0, -8));
    rejectedAndHeapUsable(IllegalArgumentException.class, h -> h.allocate(1, 0, 0, Long.MIN_VALUE));
    rejectedAndHeapUsable(
        IllegalArgumentException.class, h -> h.allocateTenured(1, 0, 0, Long.MIN_VALUE));
  }

  @Test
  void tryAllocateYoungAnswersZeroForImpossibleSlotCounts() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      assertEquals(0, heap.tryAllocateYoung(1, 0, -1));
      assertEquals(0, heap.tryAllocateYoung(1, 0, Integer.MIN_VALUE));
      assertEquals(0, heap.tryAllocateYoung(1, 0, Integer.MAX_VALUE));
      assertEquals(0, heap.tryAllocateYoung(1, 0, MAX_SLOTS + 1));
      assertEquals(0, heap.statistics().youngUsedBytes());
      heap.verify();
    }
  }

  @Test
  void rawOffsetsNearLongMaxAreOutOfBounds() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      long a = heap.allocate(1, 0, 1, 64);
      long[] offsets = {Long.MAX_VALUE, Long.MAX_VALUE - 3, Long.MAX_VALUE - 7, Long.MIN_VALUE, -1};
      for (long offset : offsets) {
        IndexOutOfBoundsException e =
            assertThrows(IndexOutOfBoundsException.class, () -> heap.getRawLong(a, offset));
        assertTrue(e.getMessage().contains("raw offset"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> heap.setRawByte(a, offset, (byte) 1));
        assertThrows(IndexOutOfBoundsException.class, () -> heap.getRawChar(a, offset));
      }
      assertEquals(0, heap.getRawLong(a, 56));
      heap.verify();
    }
  }

  @Test
  void copyRawRejectsNegativeAndOverflowingLengths() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      long from = heap.allocate(1, 0, 0, 64);
      long to = heap.allocate(1, 0, 0, 64);
      for (int i = 0; i < 64; i++) {
        heap.setRawByte(from, i, (byte) (i + 1));
      }
      assertThrows(IllegalArgumentException.class, () -> heap.copyRaw(from, 16, to, 16, -8));
      assertThrows(IllegalArgumentException.class, () -> heap.copyRaw(from, 0, to, 0, -1));
      assertThrows(
          IndexOutOfBoundsException.class, () -> heap.copyRaw(from, 8, to, 8, Long.MAX_VALUE));
      assertThrows(
          IndexOutOfBoundsException.class, () -> heap.copyRaw(from, Long.MAX_VALUE, to, 0, 2));
      assertThrows(IndexOutOfBoundsException.class, () -> heap.copyRaw(from, 0, to, 8, 64));
      for (int i = 0; i < 64; i++) {
        assertEquals(0, heap.getRawByte(to, i), "byte " + i + " was written");
      }
      heap.copyRaw(from, 0, to, 0, 64);
      assertEquals(64, heap.getRawByte(to, 63));
    }
  }

  @Test
  void valueStackReserveRejectsNegativeAndOverflowingCounts() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ValueStack stack = heap.newValueStack(16, 1000);
      stack.push(ValueCodec.fromInt(1));
      stack.push(ValueCodec.fromInt(2));
      assertThrows(IllegalArgumentException.class, () -> stack.reserve(-1));
      assertEquals(2, stack.size(), "a negative reserve must not truncate the stack");
      assertThrows(ValueStackOverflowException.class, () -> stack.reserve(Integer.MAX_VALUE));
      assertThrows(ValueStackOverflowException.class, () -> stack.reserve(999));
      assertEquals(2, stack.size());
      assertEquals(2, stack.reserve(998));
      assertEquals(1000, stack.size());
      assertEquals(ValueCodec.fromInt(2), stack.get(1));
      assertThrows(ValueStackOverflowException.class, () -> stack.setSize(Integer.MAX_VALUE));
      assertThrows(IllegalArgumentException.class, () -> heap.newValueStack(-1, 10));
      assertThrows(IllegalArgumentException.class, () -> heap.newValueStack(10, 0));
    }
  }
}
