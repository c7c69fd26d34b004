package org.jsheap.shapes.nodes;

import static org.jsheap.shapes.nodes.NodeFixture.active;
import static org.jsheap.shapes.nodes.NodeFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

  @Test
  void outOfBoundsReadsBelowCapacityAreUndefinedAndWritesExtendTheLength() {
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 8));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    assertTrue(put.execute(fx.ref(arr), 0, i(10)));
    assertTrue(put.execute(fx.ref(arr), 1, i(11)));
    assertEquals(i(11), get.execute(fx.ref(arr), 1));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 5));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 8));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 1L << 33));
    assertTrue(active(get, "doFast"));
    assertTrue(put.execute(fx.ref(arr), 5, i(15)));
    assertEquals(6, m.arrayLength(fx.ref(arr)));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 3));
    assertEquals(i(15), get.execute(fx.ref(arr), 5));
    assertTrue(put.execute(fx.ref(arr), 3, i(13)));
    assertEquals(i(13), get.execute(fx.ref(arr), 3));
    assertTrue(put.execute(fx.ref(arr), 40, i(40)));
    assertEquals(41, m.arrayLength(fx.ref(arr)));
    assertEquals(i(40), get.execute(fx.ref(arr), 40));
    assertEquals(i(15), get.execute(fx.ref(arr), 5));
  }

  @Test
  void holesInACachedHoleyArrayReadThroughToThePrototype() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.putElement(fx.ref(proto), 2, i(22));
    int arr = fx.keep(m.newArray(fx.ref(proto), 8));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    assertTrue(put.execute(fx.ref(arr), 4, i(4)));
    assertTrue(m.shapeOf(fx.ref(arr)).elementsKind().isHoley());
    for (int round = 0; round < 3; round++) {
      assertEquals(i(4), get.execute(fx.ref(arr), 4));
      assertEquals(i(22), get.execute(fx.ref(arr), 2));
      assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 1));
    }
    assertTrue(put.execute(fx.ref(arr), 2, i(2)));
    assertEquals(i(2), get.execute(fx.ref(arr), 2));
    assertEquals(i(22), m.getElement(fx.ref(proto), 2));
    assertTrue(active(get, "doFast"));
  }

  @Test
  void kindTransitionsUnderACachedSiteKeepEveryValue() {
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 4));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    for (int k = 0; k < 4; k++) {
      assertTrue(put.execute(fx.ref(arr), k, i(k)));
    }
    assertEquals(i(2), get.execute(fx.ref(arr), 2));
    assertTrue(put.execute(fx.ref(arr), 1, ValueCodec.fromDouble(1.5)));
    assertEquals(ElementsKind.PACKED_DOUBLE, m.shapeOf(fx.ref(arr)).elementsKind());
    int obj = fx.keep(m.newObject(ValueCodec.NULL));
    assertTrue(put.execute(fx.ref(arr), 2, fx.ref(obj)));
    assertEquals(ElementsKind.PACKED, m.shapeOf(fx.ref(arr)).elementsKind());
    assertTrue(put.execute(fx.ref(arr), 3, i(33)));
    fx.heap.collectYoung();
    assertEquals(i(0), get.execute(fx.ref(arr), 0));
    assertEquals(ValueCodec.fromDouble(1.5), get.execute(fx.ref(arr), 1));
    assertEquals(fx.ref(obj), get.execute(fx.ref(arr), 2));
    assertEquals(i(33), get.execute(fx.ref(arr), 3));
  }

  @Test
  void lengthChangesUnderACachedSiteAreSeen() {
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 16));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    for (int k = 0; k < 16; k++) {
      assertTrue(put.execute(fx.ref(arr), k, i(k)));
    }
    assertEquals(i(9), get.execute(fx.ref(arr), 9));
    assertTrue(m.setArrayLength(fx.ref(arr), 4));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 9));
    assertEquals(i(3), get.execute(fx.ref(arr), 3));
    assertTrue(m.setArrayLength(fx.ref(arr), 100));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 9));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 99));
    assertTrue(put.execute(fx.ref(arr), 50, i(50)));
    assertEquals(i(50), get.execute(fx.ref(arr), 50));
    assertEquals(100, m.arrayLength(fx.ref(arr)));
    assertTrue(m.setArrayLength(fx.ref(arr), 3_000_000_000L));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 2_999_999_999L));
    assertEquals(i(50), get.execute(fx.ref(arr), 50));
    int plain = fx.keep(m.newObject(ValueCodec.NULL));
    GetElementNode pget = GetElementNode.create(m);
    PutElementNode pput = PutElementNode.create(m);
    assertTrue(pput.execute(fx.ref(plain), 0, i(7)));
    assertTrue(pput.execute(fx.ref(plain), 0, i(8)));
    assertEquals(i(8), pget.execute(fx.ref(plain), 0));
    assertEquals(ValueCodec.UNDEFINED, pget.execute(fx.ref(plain), 1));
  }

  @Test
  void aPackedSiteSeesDeletesAndLengthGrowthAsShapeChanges() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.putElement(fx.ref(proto), 2, i(22));
    int arr = fx.keep(m.newArray(fx.ref(proto), 4));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    for (int k = 0; k < 4; k++) {
      assertTrue(put.execute(fx.ref(arr), k, i(k)));
    }
    assertEquals(ElementsKind.PACKED_INT, m.shapeOf(fx.ref(arr)).elementsKind());
    assertEquals(i(2), get.execute(fx.ref(arr), 2));
    assertTrue(put.execute(fx.ref(arr), 2, i(12)));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(arr), 4));
    assertTrue(m.deleteElement(fx.ref(arr), 2));
    assertEquals(i(22), get.execute(fx.ref(arr), 2));
    assertTrue(put.execute(fx.ref(arr), 2, i(32)));
    assertEquals(i(32), get.execute(fx.ref(arr), 2));
    assertEquals(i(22), m.getElement(fx.ref(proto), 2));
    int grown = fx.keep(m.newArray(ValueCodec.NULL, 2));
    assertTrue(put.execute(fx.ref(grown), 0, i(1)));
    assertTrue(put.execute(fx.ref(grown), 1, i(2)));
    assertEquals(i(2), get.execute(fx.ref(grown), 1));
    assertTrue(m.setArrayLength(fx.ref(grown), 50));
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(grown), 30));
    assertTrue(put.execute(fx.ref(grown), 30, i(30)));
    assertEquals(i(30), get.execute(fx.ref(grown), 30));
    assertEquals(50, m.arrayLength(fx.ref(grown)));
    assertEquals(i(2), get.execute(fx.ref(grown), 1));
  }

  /**
   * The packed fast path trusts "length <= capacity" (PackedArrayInvariantProperties checks that
   * the model keeps it); if something broke it, the checked heap mode of every test run catches the
   * slot access past the store instead of corrupting the next object.
   */
  @Test
  void aBrokenPackedInvariantIsCaughtByTheCheckedHeap() {
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 8));
    GetElementNode get = GetElementNode.create(m);
    PutElementNode put = PutElementNode.create(m);
    for (int k = 0; k < 4; k++) {
      assertTrue(put.execute(fx.ref(arr), k, i(k)));
    }
    assertEquals(i(3), get.execute(fx.ref(arr), 3));
    assertEquals(ElementsKind.PACKED_INT, m.shapeOf(fx.ref(arr)).elementsKind());
    long a = ObjectModel.address(fx.ref(arr));
    int capacity = m.elementsCapacity(a);
    fx.heap.setSlot(a, 2, i(capacity + 100)); // the length slot: now past the capacity
    assertThrows(
        IndexOutOfBoundsException.class, () -> put.execute(fx.ref(arr), capacity + 50, i(1)));
    assertThrows(IndexOutOfBoundsException.class, () -> get.execute(fx.ref(arr), capacity + 50));
  }
}
