package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.jsheap.gc.Heap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ids and shapes that no live object carries and Java does not hold are reclaimed. */
class ClassTableReclaimTest {
  private final Heap heap = Heap.create();
  private final ClassTable table = new ClassTable(heap);

  @AfterEach
  void close() {
    heap.close();
  }

  @Test
  void pinnedShapesSurviveUntilNoLiveObjectCarriesThem() {
    Shape s = table.nullRoot(ObjectKind.ORDINARY, 0).addProperty("a", 7, Representation.ANY);
    table.touch(s);
    assertEquals(1, table.pinnedCount());
    BitSet live = new BitSet();
    live.set(s.id());
    table.liveClassIds(live);
    assertEquals(1, table.pinnedCount(), "live id stays pinned");
    table.liveClassIds(new BitSet());
    assertEquals(0, table.pinnedCount(), "dead id is unpinned");
    assertSame(s, table.shape(s.id()), "still reachable while Java holds it");
  }

  @Test
  void shapeUsedSinceTheLastMarkingIsNotUnpinned() {
    Shape s = table.nullRoot(ObjectKind.ORDINARY, 0).addProperty("b", 7, Representation.ANY);
    table.liveClassIds(new BitSet());
    table.touch(s);
    table.liveClassIds(new BitSet());
    assertEquals(1, table.pinnedCount());
  }

  @Test
  void aMillionShortLivedShapesLeaveTheTableAndJavaHeapBounded() throws Exception {
    Shape root = table.nullRoot(ObjectKind.ORDINARY, 1);
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    int maxShapes = 0;
    for (int i = 0; i < 1_000_000; i++) {
      Shape s = root.addProperty(("k" + i).intern(), Property.DEFAULT, Representation.ANY);
      table.touch(s);
      if (i % 50_000 == 49_999) {
        table.liveClassIds(new BitSet()); // a full marking found no object carrying them
        JavaGc.collect();
        table.drainReferenceQueue();
        maxShapes = Math.max(maxShapes, table.shapeCount());
      }
    }
    table.liveClassIds(new BitSet());
    JavaGc.collect();
    table.drainReferenceQueue();
    long after = usedAfterGc(rt);
    assertTrue(table.shapeCount() < 60_000, "shapes: " + table.shapeCount());
    // Without reuse the high water would pass 1,000,000; a drain that finds the queue not yet
    // filled by the reference handler (a loaded machine) delays reuse by one 50,000 batch.
    assertTrue(table.idHighWater() < 300_000, "ids reused, high water " + table.idHighWater());
    assertTrue(root.transitionCount() < 60_000, "transitions " + root.transitionCount());
    assertTrue(after - before < 64L << 20, "java heap grew by " + (after - before));
    assertTrue(maxShapes > 0);
  }

  private static long usedAfterGc(Runtime rt) {
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
