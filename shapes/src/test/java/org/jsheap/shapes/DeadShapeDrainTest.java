package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.HeapConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dead shapes are reclaimed after collections without help: churning shapes under one prototype
 * (whose root shape exists already, so no new prototype root ever drains the queue) leaves the
 * table's shape count and id high water bounded, though nobody calls {@link
 * ClassTable#drainReferenceQueue()}.
 */
class DeadShapeDrainTest {
  private static final int SHAPES =
      HeapConfig.defaults().stress().forcesCollections() ? 30_000 : 300_000;

  final HeapFixture fx = new HeapFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void shapesChurnedUnderOnePrototypeAreReclaimedByCollectionsAlone() {
    ObjectModel m = fx.model;
    ClassTable table = m.classTable();
    int proto = fx.newObject();
    int last = fx.keep(m.newObject(fx.ref(proto))); // creates the prototype's root shape once
    int maxShapes = 0;
    for (int n = 0; n < SHAPES; n++) {
      long o = m.newObject(fx.ref(proto));
      fx.set(last, o);
      o = fx.ref(last);
      m.put(o, ("churn" + n).intern(), HeapFixture.i(n));

      if (n % 20_000 == 19_999) {
        fx.heap.collectFull(); // drains what Java dropped, unpins what no object carries
        maxShapes = Math.max(maxShapes, table.shapeCount());
        JavaGc.collect(); // Java drops the unpinned shapes
      }
    }
    fx.heap.collectFull();
    JavaGc.collect();
    fx.heap.collectFull();
    // A shape made in one interval is unpinned by the next marking (it was used since the last),
    // dropped by the Java GC after it and drained by the collection after that: about three
    // intervals of 20 000 shapes live at a time, however long the churn goes on.
    assertTrue(maxShapes <= 80_000, "shapes peaked at " + maxShapes);
    assertTrue(table.shapeCount() <= 80_000, "shapes " + table.shapeCount());
    assertTrue(table.idHighWater() <= 100_000, "ids reused: high water " + table.idHighWater());
    assertEquals(HeapFixture.i(SHAPES - 1), m.get(fx.ref(last), "churn" + (SHAPES - 1)));
  }
}
