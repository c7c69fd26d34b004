package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where objects live: young allocation, pretenuring, promotion age, fresh object contents. */
class GenerationsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 5})
  void objectsArePromotedAfterExactlyPromotionAgeScavenges(int promotionAge) {
    try (Heap heap = Heap.create(TestHeaps.small().promotionAge(promotionAge).build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(4, 16);
      long a = mock.allocate(1, 1, 1, 1);
      long base = heap.statistics().scavenges();
      stack.push(ref(a));
      assertTrue(heap.isYoung(a));
      assertFalse(heap.isOld(a));
      for (int i = 0; i < promotionAge + 2; i++) {
        heap.collectYoung();
        long survived = heap.statistics().scavenges() - base;
        long now = address(stack.get(0));
        assertEquals(survived >= promotionAge, heap.isOld(now), "after " + survived + " scavenges");
        assertEquals(
            survived < promotionAge, heap.isYoung(now), "after " + survived + " scavenges");
        mock.checkIntegrity(now);
      }
    }
  }

  @Test
  void tenuredAllocationIsOldAndYoungAllocationIsYoung() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      MockObjects mock = new MockObjects(heap);
      long old = mock.allocateTenured(1, 2, 2, 1);
      assertTrue(heap.isOld(old));
      assertFalse(heap.isYoung(old));
      long young = mock.allocate(1, 2, 2, 1);
      assertTrue(heap.isYoung(young));
      assertFalse(heap.isOld(young));
    }
  }

  @Test
  void freshObjectsDescribeThemselves() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      for (boolean tenured : new boolean[] {false, true}) {
        long a =
            tenured ? heap.allocateTenured(1234, 0x4D, 3, 20) : heap.allocate(1234, 0x4D, 3, 20);
        assertEquals(1234, heap.classId(a));
        assertEquals(0x4D, heap.kind(a));
        assertEquals(3, heap.taggedSlotCount(a));
        assertEquals(24, heap.rawByteCount(a), "raw bytes round up to 8");
        assertEquals(ObjectHeader.sizeFor(3, 20), heap.sizeOf(a));
        for (int i = 0; i < 3; i++) {
          assertEquals(ValueCodec.UNDEFINED, heap.getSlot(a, i));
        }
        for (int off = 0; off < 24; off++) {
          assertEquals(0, heap.getRawByte(a, off));
        }
        heap.setClassId(a, 99);
        assertEquals(99, heap.classId(a));
        assertEquals(3, heap.taggedSlotCount(a), "a shape change keeps the layout");
      }
    }
  }

  @Test
  void rawAccessorsRoundTripAndSurviveMoves() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ValueStack stack = heap.newValueStack(4, 16);
      long a = heap.allocate(5, 1, 1, 32);
      stack.push(ValueCodec.fromReference(a));
      heap.setRawLong(a, 0, 0x0123_4567_89AB_CDEFL);
      heap.setRawDouble(a, 8, -0.0);
      heap.setRawInt(a, 16, -7);
      heap.setRawChar(a, 20, '\uFFFE');
      heap.setRawByte(a, 22, (byte) -2);
      heap.setRawByte(a, 31, (byte) 0x7F);
      heap.setSlot(a, 0, ValueCodec.fromDouble(Double.NaN));
      for (int i = 0; i < 3; i++) {
        heap.collectYoung();
      }
      heap.collectFull();
      long b = address(stack.get(0));
      assertEquals(0x0123_4567_89AB_CDEFL, heap.getRawLong(b, 0));
      assertEquals(
          Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(heap.getRawDouble(b, 8)));
      assertEquals(-7, heap.getRawInt(b, 16));
      assertEquals('\uFFFE', heap.getRawChar(b, 20));
      assertEquals((byte) -2, heap.getRawByte(b, 22));
      assertEquals((byte) 0x7F, heap.getRawByte(b, 31));
      assertEquals(ValueCodec.CANONICAL_NAN, heap.getSlot(b, 0));
    }
  }
}
