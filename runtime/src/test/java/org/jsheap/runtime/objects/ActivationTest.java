package org.jsheap.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.junit.jupiter.api.Test;

/**
 * {@link Activation}'s slot accesses are unchecked in compiled code; test runs (assertions on) keep
 * the check, so an access outside every entered window fails here and in every JS test.
 */
class ActivationTest {
  @Test
  void windowSlotsReadBackWhatWasStored() {
    try (Heap heap = Heap.create(HeapConfig.builder().maxHeapBytes(16L << 20).build())) {
      Activation act = new Activation(heap.newValueStack(16, 64));
      int base = act.enter(3);
      assertEquals(ValueCodec.UNDEFINED, act.get(base + 2), "a new window holds undefined");
      act.set(base + 1, ValueCodec.fromInt(42));
      assertEquals(ValueCodec.fromInt(42), act.get(base + 1));
      act.exit(base);
      assertEquals(base, act.top());
    }
  }

  @Test
  void accessOutsideTheScannedSlotsFailsWhenChecked() {
    assertTrue(ValueStack.CHECKED, "tests run with assertions, so the stack checks its indexes");
    try (Heap heap = Heap.create(HeapConfig.builder().maxHeapBytes(16L << 20).build())) {
      Activation act = new Activation(heap.newValueStack(16, 64));
      int base = act.enter(2);
      assertThrows(AssertionError.class, () -> act.get(base + 2), "read above the window");
      assertThrows(
          AssertionError.class,
          () -> act.set(base + 5, ValueCodec.fromInt(1)),
          "write above the window");
      act.exit(base);
    }
  }
}
