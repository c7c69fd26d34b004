package org.jsheap.shapes.nodes;

import static org.jsheap.shapes.nodes.NodeFixture.active;
import static org.jsheap.shapes.nodes.NodeFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ElementsKind;
import org.jsheap.shapes.ObjectModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ElementNodesTest {
  final NodeFixture fx = new NodeFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void elementGetAndPutCacheOnTheElementsKind() {
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 8));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    for (int k = 0; k < 20; k++) {
      assertTrue(put.execute(fx.ref(arr), k, i(k)));
    }
    assertEquals(ElementsKind.PACKED_INT, m.shapeOf(fx.ref(arr)).elementsKind());
    assertTrue(put.execute(fx.ref(arr), 3, i(33)));
    assertTrue(active(put, "doFast"));
    assertEquals(i(33), get.execute(fx.ref(arr), 3));
    assertTrue(active(get, "doFast"));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 100));
    assertTrue(put.execute(fx.ref(arr), 4, ValueCodec.fromDouble(0.5)));
    assertEquals(ElementsKind.PACKED_DOUBLE, m.shapeOf(fx.ref(arr)).elementsKind());
    assertEquals(ValueCodec.fromDouble(0.5), get.execute(fx.ref(arr), 4));
    fx.heap.collectYoung();
    assertEquals(i(19), get.execute(fx.ref(arr), 19));
    m.freeze(fx.ref(arr));
    assertFalse(put.execute(fx.ref(arr), 0, i(1)));
    assertEquals(i(0), get.execute(fx.ref(arr), 0));
  }

  @Test
  void holesReadThroughToThePrototypeAndNodesGoGeneric() {
    int proto = fx.keep(m.newArray(ValueCodec.NULL, 0));
    m.putElement(fx.ref(proto), 1, i(11));
    int arr = fx.keep(m.newArray(fx.ref(proto), 0));
    m.putElement(fx.ref(arr), 0, i(0));
    m.putElement(fx.ref(arr), 2, i(2));
    GetElementNode get = GetElementNode.create(m);
    assertEquals(i(11), get.execute(fx.ref(arr), 1));
    for (int n = 0; n < ElementAccessNode.CACHE_LIMIT + 1; n++) {
      int o = fx.keep(m.newObject(ValueCodec.NULL));
      m.put(fx.ref(o), "k" + n, i(0));
      m.putElement(fx.ref(o), 0, i(n));
      assertEquals(i(n), get.execute(fx.ref(o), 0));
    }
    assertTrue(active(get, "doGeneric"));
    PutElementNode put = PutElementNode.create(m);
    int sparse = fx.keep(m.newArray(ValueCodec.NULL, 0));
    assertTrue(put.execute(fx.ref(sparse), 1_000_000, i(1)));
    assertEquals(i(1), get.execute(fx.ref(sparse), 1_000_000));
    for (int n = 0; n < ElementAccessNode.CACHE_LIMIT + 1; n++) {
      int o = fx.keep(m.newObject(ValueCodec.NULL));
      m.put(fx.ref(o), "j" + n, i(0));
      assertTrue(put.execute(fx.ref(o), 0, i(n)));
    }
    assertTrue(active(put, "doGeneric"));
  }
}
