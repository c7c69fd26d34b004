package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Over several marking cycles, a shape unpinned in one cycle (no live object carried it) is pinned
 * again when an object takes it in a later cycle, so its id is never freed and reused while a live
 * object carries it. This needs {@link ClassTable#touch}'s epoch to advance at every marking.
 */
class ClassTableEpochTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  private int objectWithA(int value) {
    int o = fx.newObject();
    m.put(fx.ref(o), "a", i(value));
    return o;
  }

  private Shape shapeAt(int slot) {
    return m.classTable().shape(fx.heap.classId(ObjectModel.addr(fx.ref(slot))));
  }

  @Test
  void aShapeUnpinnedInOneCycleIsRepinnedWhenReusedInALaterOne() {
    List<Integer> survivors = new ArrayList<>();
    for (int cycle = 0; cycle < 5; cycle++) {
      int o = objectWithA(-1);
      assertTrue(shapeAt(o).pinned, "pinned when first carried, cycle " + cycle);
      fx.heap.collectFull();
      assertTrue(shapeAt(o).pinned, "a live object carries it, cycle " + cycle);
      int id = fx.heap.classId(ObjectModel.addr(fx.ref(o)));
      fx.set(o, ValueCodec.UNDEFINED);
      fx.heap.collectFull();
      Shape dropped = m.classTable().shape(id);
      if (survivors.isEmpty()) {
        assertFalse(dropped.pinned, "no live object carries it: unpinned");
      }
      int again = objectWithA(cycle);
      assertSame(dropped, shapeAt(again), "the same transition, the same shape");
      assertTrue(shapeAt(again).pinned, "re-pinned when carried again, cycle " + cycle);
      survivors.add(again);
      dropped = null;
      // Java drops what is not pinned; freed ids go to new shapes.
      JavaGc.collect();
      m.classTable().drainReferenceQueue();
      int churn = fx.newObject();
      for (int k = 0; k < 20; k++) {
        m.put(fx.ref(churn), "churn" + cycle + "_" + k, i(k));
      }
      fx.set(churn, ValueCodec.UNDEFINED);
      fx.heap.collectFull();
    }
    for (int n = 0; n < survivors.size(); n++) {
      int o = survivors.get(n);
      assertEquals(i(n), m.get(fx.ref(o), "a"), "object " + n + " kept its shape");
      assertEquals(List.of("a"), m.ownKeys(fx.ref(o)));
    }
  }
}
