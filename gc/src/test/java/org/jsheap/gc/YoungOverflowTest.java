package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the survivors of a scavenge fill the young generation, the next allocation must not need a
 * full collection: the heap first runs a scavenge that promotes every survivor.
 */
class YoungOverflowTest {
  @Test
  void survivorsFillingTheNurseryArePromotedWithoutAFullCollection() {
    HeapConfig config =
        HeapConfig.builder()
            .maxHeapBytes(8L << 20)
            .semispaceBytes(256 * 1024)
            .promotionAge(15)
            .stress(StressMode.NONE)
            .build();
    try (Heap heap = Heap.create(config)) {
      ValueStack stack = heap.newValueStack(1024, 1 << 16);
      long objectBytes = ObjectHeader.sizeFor(2, 0);
      long count = 2 * config.semispaceBytes() / objectBytes; // twice what the nursery holds
      for (long i = 0; i < count; i++) {
        long node = heap.allocate(1, 0, 2, 0);
        heap.setSlot(node, 0, ValueCodec.fromInt((int) i));
        stack.push(ValueCodec.fromReference(node));
      }
      GcStatistics s = heap.statistics();
      assertEquals(0, s.fullCollections(), "no full collection was needed");
      assertTrue(s.bytesPromoted() > 0, "survivors were promoted");
      for (int i = 0; i < stack.size(); i++) {
        long node = ValueCodec.asReference(stack.get(i));
        assertEquals(i, ValueCodec.asInt(heap.getSlot(node, 0)), "object " + i + " intact");
      }
      heap.verify();
    }
  }
}
