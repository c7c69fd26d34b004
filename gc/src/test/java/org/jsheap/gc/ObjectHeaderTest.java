package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectHeaderTest {

  @Test
  void word0RoundTripsClassIdAndAge() {
    int[] classIds = {0, 1, 4242, ObjectHeader.MAX_CLASS_ID, ObjectHeader.FREE_CLASS_ID, -1};
    for (int classId : classIds) {
      for (int age = 0; age <= ObjectHeader.MAX_AGE; age++) {
        long w = ObjectHeader.word0(classId, age);
        assertEquals(classId, ObjectHeader.classId(w));
        assertEquals(age, ObjectHeader.age(w));
        assertFalse(ObjectHeader.isForwarded(w), "class " + classId + " age " + age);
      }
    }
  }

  @Test
  void withClassIdKeepsAgeAndWithAgeKeepsClassId() {
    long w = ObjectHeader.word0(7, 3);
    long w2 = ObjectHeader.withClassId(w, ObjectHeader.MAX_CLASS_ID);
    assertEquals(ObjectHeader.MAX_CLASS_ID, ObjectHeader.classId(w2));
    assertEquals(3, ObjectHeader.age(w2));
    long w3 = ObjectHeader.withAge(w2, 9);
    assertEquals(9, ObjectHeader.age(w3));
    assertEquals(ObjectHeader.MAX_CLASS_ID, ObjectHeader.classId(w3));
    long w4 = ObjectHeader.withClassId(ObjectHeader.word0(-1, 15), 5);
    assertEquals(5, ObjectHeader.classId(w4));
    assertEquals(15, ObjectHeader.age(w4));
  }

  @Test
  void ageSaturatesAtMaxAge() {
    long w = ObjectHeader.word0(12, 0);
    assertEquals(ObjectHeader.MAX_AGE, ObjectHeader.age(ObjectHeader.withAge(w, 16)));
    assertEquals(ObjectHeader.MAX_AGE, ObjectHeader.age(ObjectHeader.withAge(w, 1000)));
    assertEquals(12, ObjectHeader.classId(ObjectHeader.withAge(w, 1000)));
  }

  @Test
  void forwardingWordRoundTrips() {
    for (long address : new long[] {8, 4096, 123456L * 8, (1L << 48) - 8}) {
      long w = ObjectHeader.forwardingWord(address);
      assertTrue(ObjectHeader.isForwarded(w));
      assertEquals(address, ObjectHeader.forwardee(w));
    }
  }

  @Test
  void word1RoundTripsSizeSlotsAndKind() {
    long[] sizes = {16, 24, 8192, 0xFFFF_FFF8L};
    int[] slotCounts = {0, 1, 1000, ObjectHeader.MAX_TAGGED_SLOTS};
    int[] kinds = {0, 1, 0x4D, 255};
    for (long size : sizes) {
      for (int slots : slotCounts) {
        for (int kind : kinds) {
          long w = ObjectHeader.word1(size, slots, kind);
          assertEquals(size, ObjectHeader.size(w));
          assertEquals(slots, ObjectHeader.taggedSlots(w));
          assertEquals(kind, ObjectHeader.kind(w));
        }
      }
    }
  }

  @Test
  void sizeForRoundsRawBytesUpToWords() {
    assertEquals(ObjectHeader.SIZE, ObjectHeader.sizeFor(0, 0));
    assertEquals(24, ObjectHeader.sizeFor(1, 0));
    assertEquals(24, ObjectHeader.sizeFor(0, 1));
    assertEquals(24, ObjectHeader.sizeFor(0, 8));
    assertEquals(32, ObjectHeader.sizeFor(0, 9));
    assertEquals(16 + 16 + 16, ObjectHeader.sizeFor(2, 9));
    assertEquals(
        16 + 8L * ObjectHeader.MAX_TAGGED_SLOTS,
        ObjectHeader.sizeFor(ObjectHeader.MAX_TAGGED_SLOTS, 0));
    for (int slots = 0; slots < 5; slots++) {
      for (long raw = 0; raw < 40; raw++) {
        long size = ObjectHeader.sizeFor(slots, raw);
        assertEquals(0, size % 8);
        assertTrue(size >= ObjectHeader.SIZE + 8L * slots + raw);
        assertTrue(size < ObjectHeader.SIZE + 8L * slots + raw + 8);
      }
    }
  }
}
