package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every new object starts with {@code undefined} tagged slots and zero raw bytes, also where the
 * nursery reuses memory that dead objects dirtied (each round fills its object with non-default
 * values, then drops it; the rounds wrap the semispace several times). Covers the unrolled slot
 * stores, the short raw-zeroing loop and the bulk fill past 256 raw bytes, on both allocation
 * paths.
 */
class AllocationInitTest {
  @ParameterizedTest(name = "{0} slots, {1} raw bytes")
  @CsvSource({"0,0", "2,0", "3,8", "1,24", "4,256", "2,264", "7,1000"})
  void newObjectsAreUndefinedAndZeroOverDirtyMemory(int slots, int rawBytes) {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      long size = ObjectHeader.sizeFor(slots, rawBytes);
      long rounds = 3 * heap.config().semispaceBytes() / size + 10;
      for (long r = 0; r < rounds; r++) {
        long a =
            rawBytes == 0 && (r & 1) == 0
                ? heap.tryAllocateYoung(77, 5, slots)
                : heap.allocate(77, 5, slots, rawBytes);
        if (a == 0) {
          a = heap.allocate(77, 5, slots, rawBytes);
        }
        assertEquals(77, heap.classId(a));
        assertEquals(5, heap.kind(a));
        assertEquals(slots, heap.taggedSlotCount(a));
        assertEquals(size, heap.sizeOf(a));
        for (int k = 0; k < slots; k++) {
          assertEquals(ValueCodec.UNDEFINED, heap.getSlot(a, k), "slot " + k + ", round " + r);
          heap.setSlot(a, k, ValueCodec.fromInt(-1));
        }
        long raw = heap.rawByteCount(a);
        for (long b = 0; b + 8 <= raw; b += 8) {
          assertEquals(0L, heap.getRawLong(a, b), "raw byte " + b + ", round " + r);
          heap.setRawLong(a, b, -1L);
        }
      }
    }
  }
}
