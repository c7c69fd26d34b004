package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A million short-lived objects, each with a shape of its own, through the object model and the
 * real collector: the gc's live-class-id report unpins shapes, Java drops them, ids are reused. Not
 * run under GC stress: a forced full collection every 97 allocations would make a million
 * allocations take minutes without testing anything more.
 */
class ShapeReclamationEndToEndTest {
  final HeapFixture fx = new HeapFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void aMillionDistinctShortLivedShapesStayBounded() throws Exception {
    ObjectModel m = fx.model;
    ClassTable table = m.classTable();
    int survivor = fx.newObject();
    m.put(fx.ref(survivor), "kept", HeapFixture.i(1));
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    for (int n = 0; n < 1_000_000; n++) {
      long o = m.newObject(ValueCodec.NULL);
      m.put(o, "unique" + n, HeapFixture.i(n));
      if (n % 20_000 == 19_999) {
        fx.heap.collectFull();
        JavaGc.collect();
        table.drainReferenceQueue();
      }
    }
    fx.heap.collectFull();
    JavaGc.collect();
    table.drainReferenceQueue();
    long after = rt.totalMemory() - rt.freeMemory();
    assertTrue(table.shapeCount() < 70_000, "shapes " + table.shapeCount());
    assertTrue(table.pinnedCount() < 10, "pinned " + table.pinnedCount());
    assertTrue(table.idHighWater() < 100_000, "ids reused: high water " + table.idHighWater());
    assertTrue(after - before < 96L << 20, "java heap grew by " + (after - before));
    assertEquals(HeapFixture.i(1), m.get(fx.ref(survivor), "kept"));
  }
}
