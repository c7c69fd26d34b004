package org.jsheap.shapes.nodes;

import static org.jsheap.shapes.nodes.NodeFixture.active;
import static org.jsheap.shapes.nodes.NodeFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.AllocationSite;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewObjectNodeTest {
  final NodeFixture fx = new NodeFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void nullPrototypeObjectsShareTheModelsRootAndSurviveCollections() {
    NewObjectNode alloc = NewObjectNode.create(m, null);
    Shape expected = m.shapeOf(m.newObject(ValueCodec.NULL));
    int first = fx.keep(alloc.execute(ValueCodec.NULL));
    assertTrue(active(alloc, "doNullPrototype"));
    for (int k = 0; k < 50; k++) {
      int o = fx.keep(alloc.execute(ValueCodec.NULL));
      assertSame(expected, m.shapeOf(fx.ref(o)));
      assertTrue(m.put(fx.ref(o), "v", i(k)));
    }
    fx.heap.collectYoung();
    fx.heap.collectFull();
    assertEquals(ValueCodec.NULL, m.getPrototype(fx.ref(first)));
    assertEquals(i(49), m.get(fx.ref(fx.stack.size() - 1), "v"));
    assertEquals(i(0), m.get(fx.ref(first + 1), "v"));
    assertFalse(active(alloc, "doGeneric"));
  }

  @Test
  void siteSettlesAfterSlackTrackingThenCachesTheSettledRoot() {
    AllocationSite site = new AllocationSite();
    NewObjectNode alloc = NewObjectNode.create(m, site);
    PutPropertyNode px = PutPropertyNode.create(m, "x");
    PutPropertyNode py = PutPropertyNode.create(m, "y");
    PutPropertyNode pz = PutPropertyNode.create(m, "z");
    for (int k = 0; k < AllocationSite.TRACKING_ALLOCATIONS; k++) {
      int o = fx.keep(alloc.execute(ValueCodec.NULL));
      assertEquals(AllocationSite.INITIAL_CAPACITY, m.shapeOf(fx.ref(o)).inObjectCapacity());
      assertTrue(active(alloc, "doTracking"));
      px.execute(fx.ref(o), i(k));
      py.execute(fx.ref(o), i(1));
      pz.execute(fx.ref(o), i(2));
    }
    int last = -1;
    for (int k = 0; k < 40; k++) {
      last = fx.keep(alloc.execute(ValueCodec.NULL));
      assertEquals(3, m.shapeOf(fx.ref(last)).inObjectCapacity());
      px.execute(fx.ref(last), i(k));
      py.execute(fx.ref(last), i(1));
      pz.execute(fx.ref(last), i(2));
    }
    assertTrue(site.isTrackingComplete());
    assertTrue(active(alloc, "doNullPrototype"));
    assertFalse(active(alloc, "doTracking"));
    assertTrue(active(px, "doAddField"));
    fx.heap.collectFull();
    assertEquals(i(39), m.get(fx.ref(last), "x"));
    assertEquals(i(2), m.get(fx.ref(last), "z"));
    assertEquals(3, m.shapeOf(fx.ref(last)).propertyCount());
  }

  @Test
  void prototypeObjectsAreCachedPerPrototypeAndSeeItsChanges() {
    int proto = fx.object("p");
    NewObjectNode alloc = NewObjectNode.create(m, null);
    int o1 = fx.keep(alloc.execute(fx.ref(proto)));
    int o2 = fx.keep(alloc.execute(fx.ref(proto)));
    assertTrue(active(alloc, "doPrototype"));
    assertSame(m.shapeOf(fx.ref(o1)), m.shapeOf(fx.ref(o2)));
    assertEquals(fx.ref(proto), m.getPrototype(fx.ref(o2)));
    assertEquals(i(0), m.get(fx.ref(o2), "p"));
    m.put(fx.ref(proto), "q", i(5));
    fx.heap.collectYoung();
    int o3 = fx.keep(alloc.execute(fx.ref(proto)));
    assertEquals(i(5), m.get(fx.ref(o3), "q"));
    assertEquals(fx.ref(proto), m.getPrototype(fx.ref(o3)));
    for (int n = 0; n < NewObjectNode.CACHE_LIMIT + 1; n++) {
      int p = fx.object("k" + n);
      for (int use = 0; use < 2; use++) { // the first use switches p to prototype mode
        int o = fx.keep(alloc.execute(fx.ref(p)));
        assertEquals(fx.ref(p), m.getPrototype(fx.ref(o)));
      }
    }
    assertTrue(active(alloc, "doGeneric"));
    int o4 = fx.keep(alloc.execute(ValueCodec.NULL));
    assertEquals(ValueCodec.NULL, m.getPrototype(fx.ref(o4)));
  }

  @Test
  void manyAllocationsWithCachedAddsStayCorrectAcrossScavenges() {
    NewObjectNode alloc = NewObjectNode.create(m, new AllocationSite());
    PutPropertyNode px = PutPropertyNode.create(m, "x");
    PutPropertyNode py = PutPropertyNode.create(m, "y");
    GetPropertyNode gx = GetPropertyNode.create(m, "x");
    int base = fx.stack.size();
    for (int k = 0; k < 5000; k++) {
      int o = fx.keep(alloc.execute(ValueCodec.NULL));
      assertTrue(px.execute(fx.ref(o), i(k)));
      assertTrue(py.execute(fx.ref(o), fx.ref(o)));
    }
    for (int k = 0; k < 5000; k += 97) {
      long o = fx.ref(base + k);
      assertEquals(i(k), gx.execute(o));
      assertEquals(o, m.get(o, "y"));
    }
  }
}
