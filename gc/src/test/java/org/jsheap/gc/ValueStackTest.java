package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value stack on its own, without a heap: its bookkeeping and what it shows the collector. */
class ValueStackTest {

  private static ValueStack stack(int initial, int max) {
    return new ValueStack(null, initial, max);
  }

  @Test
  void pushPopPeekGetSet() {
    ValueStack s = stack(4, 100);
    assertEquals(0, s.size());
    assertEquals(100, s.maxSize());
    s.push(ValueCodec.fromInt(1));
    s.push(ValueCodec.fromInt(2));
    assertEquals(2, s.size());
    assertEquals(ValueCodec.fromInt(2), s.peek());
    assertEquals(ValueCodec.fromInt(1), s.get(0));
    s.set(0, ValueCodec.TRUE);
    assertEquals(ValueCodec.TRUE, s.get(0));
    assertEquals(ValueCodec.fromInt(2), s.pop());
    assertEquals(ValueCodec.TRUE, s.pop());
    assertEquals(0, s.size());
  }

  @Test
  void emptyStackAndBadIndicesThrow() {
    ValueStack s = stack(0, 10);
    assertThrows(IllegalStateException.class, s::pop);
    assertThrows(IllegalStateException.class, s::peek);
    assertThrows(IndexOutOfBoundsException.class, () -> s.get(0));
    s.push(ValueCodec.NULL);
    assertThrows(IndexOutOfBoundsException.class, () -> s.get(1));
    assertThrows(IndexOutOfBoundsException.class, () -> s.get(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> s.set(1, ValueCodec.NULL));
    assertThrows(IllegalArgumentException.class, () -> s.setSize(-1));
  }

  @Test
  void badSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> stack(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> stack(0, 0));
  }

  @Test
  void growsUpToMaxSizeThenOverflows() {
    ValueStack s = stack(1, 1000);
    for (int i = 0; i < 1000; i++) {
      s.push(ValueCodec.fromInt(i));
    }
    for (int i = 0; i < 1000; i++) {
      assertEquals(ValueCodec.fromInt(i), s.get(i));
    }
    ValueStackOverflowException e =
        assertThrows(ValueStackOverflowException.class, () -> s.push(ValueCodec.NULL));
    assertTrue(e.getMessage().contains("1000"), e.getMessage());
    assertEquals(1000, s.size());
    assertThrows(ValueStackOverflowException.class, () -> stack(0, 50).reserve(51));
  }

  @Test
  void reserveHandsOutUndefinedRegisters() {
    ValueStack s = stack(0, 100);
    s.push(ValueCodec.fromInt(9));
    int base = s.reserve(5);
    assertEquals(1, base);
    assertEquals(6, s.size());
    for (int i = base; i < base + 5; i++) {
      assertEquals(ValueCodec.UNDEFINED, s.get(i));
    }
  }

  @Test
  void truncatedSlotsComeBackUndefined() {
    ValueStack s = stack(0, 100);
    s.push(ValueCodec.fromInt(1));
    s.push(ValueCodec.fromReference(4096));
    s.setSize(1);
    s.setSize(2);
    assertEquals(ValueCodec.UNDEFINED, s.get(1), "a dropped root must not reappear");
  }

  @Test
  void visitRootsVisitsLiveSlotsInOrderAndStoresTheResult() {
    ValueStack s = stack(0, 100);
    for (int i = 0; i < 20; i++) {
      s.push(ValueCodec.fromInt(i));
    }
    s.setSize(10);
    List<Long> seen = new ArrayList<>();
    s.visitRoots(
        v -> {
          seen.add(v);
          return ValueCodec.fromInt(ValueCodec.asInt(v) + 100);
        });
    assertEquals(10, seen.size(), "slots past size() are not roots");
    for (int i = 0; i < 10; i++) {
      assertEquals(ValueCodec.fromInt(i), seen.get(i));
      assertEquals(ValueCodec.fromInt(i + 100), s.get(i));
    }
  }
}
