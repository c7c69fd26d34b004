package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.d;
import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArrayTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  int newArray() {
    return fx.keep(m.newArray(ValueCodec.NULL, 0));
  }

  ElementsKind kind(int slot) {
    return m.shapeOf(fx.ref(slot)).elementsKind();
  }

  @Test
  void appendingKeepsPackedKindsAndGeneralisesOneWay() {
    int a = newArray();
    assertEquals(ElementsKind.PACKED_INT, kind(a));
    for (int k = 0; k < 100; k++) {
      assertTrue(m.putElement(fx.ref(a), k, i(k)));
    }
    assertEquals(100, m.arrayLength(fx.ref(a)));
    assertEquals(ElementsKind.PACKED_INT, kind(a));
    m.putElement(fx.ref(a), 3, d(0.5));
    assertEquals(ElementsKind.PACKED_DOUBLE, kind(a));
    m.putElement(fx.ref(a), 4, i(1));
    assertEquals(ElementsKind.PACKED_DOUBLE, kind(a));
    m.putElement(fx.ref(a), 5, ValueCodec.TRUE);
    assertEquals(ElementsKind.PACKED, kind(a));
    fx.gc(false);
    assertEquals(i(99), m.getElement(fx.ref(a), 99));
    assertEquals(d(0.5), m.get(fx.ref(a), "3"));
  }

  @Test
  void writingPastTheLengthExtendsItAndMakesHoles() {
    int a = newArray();
    m.putElement(fx.ref(a), 0, i(1));
    m.putElement(fx.ref(a), 5, i(2));
    assertEquals(6, m.arrayLength(fx.ref(a)));
    assertEquals(ElementsKind.HOLEY_INT, kind(a));
    assertEquals(ValueCodec.UNDEFINED, m.getElement(fx.ref(a), 3));
    assertFalse(m.hasOwn(fx.ref(a), "3"));
    assertEquals(i(6), m.get(fx.ref(a), "length"));
    assertEquals(List.of("0", "5", "length"), m.ownKeys(fx.ref(a)));
  }

  @Test
  void settingLengthTruncatesAndShrinks() {
    int a = newArray();
    for (int k = 0; k < 1000; k++) {
      m.putElement(fx.ref(a), k, i(k));
    }
    int before = m.elementsCapacity(ObjectModel.addr(fx.ref(a)));
    assertTrue(m.put(fx.ref(a), "length", i(10)));
    assertEquals(10, m.arrayLength(fx.ref(a)));
    assertTrue(m.elementsCapacity(ObjectModel.addr(fx.ref(a))) < before / 4, "store shrank");
    assertEquals(ValueCodec.UNDEFINED, m.getElement(fx.ref(a), 10));
    assertEquals(i(9), m.getElement(fx.ref(a), 9));
    assertTrue(m.setArrayLength(fx.ref(a), 20));
    assertEquals(ValueCodec.UNDEFINED, m.getElement(fx.ref(a), 15));
    assertEquals(ElementsKind.HOLEY_INT, kind(a));
    assertTrue(m.setArrayLength(fx.ref(a), 0));
    assertEquals(0, m.elementsCapacity(ObjectModel.addr(fx.ref(a))));
    assertEquals(List.of("length"), m.ownKeys(fx.ref(a)));
    assertThrows(ObjectModelException.class, () -> m.put(fx.ref(a), "length", d(1.5)));
  }

  @Test
  void sparseWritesUseDictionaryElements() {
    int a = newArray();
    m.putElement(fx.ref(a), 0, i(1));
    m.putElement(fx.ref(a), 4_000_000_000L, i(2));
    assertEquals(ElementsKind.DICTIONARY, kind(a));
    assertEquals(4_000_000_001L, m.arrayLength(fx.ref(a)));
    assertEquals(i(2), m.getElement(fx.ref(a), 4_000_000_000L));
    assertEquals(List.of("0", "4000000000", "length"), m.ownKeys(fx.ref(a)));
    for (int k = 1; k < 100; k++) {
      m.putElement(fx.ref(a), k * 1000L, i(k));
    }
    fx.gc(true);
    assertEquals(i(50), m.getElement(fx.ref(a), 50_000));
    assertTrue(m.setArrayLength(fx.ref(a), 60_000));
    assertEquals(ValueCodec.UNDEFINED, m.getElement(fx.ref(a), 70_000));
    assertEquals(i(59), m.getElement(fx.ref(a), 59_000));
    assertTrue(m.deleteElement(fx.ref(a), 59_000));
    assertFalse(m.hasOwn(fx.ref(a), "59000"));
  }

  @Test
  void nonConfigurableElementStopsTruncation() {
    int a = newArray();
    for (int k = 0; k < 10; k++) {
      m.putElement(fx.ref(a), k, i(k));
    }
    assertTrue(m.defineElement(fx.ref(a), 5, i(50), Property.WRITABLE | Property.ENUMERABLE));
    assertEquals(ElementsKind.DICTIONARY, kind(a));
    assertFalse(m.setArrayLength(fx.ref(a), 2));
    assertEquals(6, m.arrayLength(fx.ref(a)));
    assertEquals(i(50), m.getElement(fx.ref(a), 5));
    assertFalse(m.deleteElement(fx.ref(a), 5));
    assertTrue(m.defineElement(fx.ref(a), 5, i(51), Property.WRITABLE | Property.ENUMERABLE));
    assertEquals(i(51), m.getElement(fx.ref(a), 5));
  }

  @Test
  void sealedAndFrozenArrays() {
    int a = newArray();
    for (int k = 0; k < 4; k++) {
      m.putElement(fx.ref(a), k, i(k));
    }
    m.seal(fx.ref(a));
    assertFalse(m.setArrayLength(fx.ref(a), 1));
    assertEquals(4, m.arrayLength(fx.ref(a)));
    assertTrue(m.putElement(fx.ref(a), 0, i(9)));
    assertFalse(m.putElement(fx.ref(a), 4, i(9)));
    m.freeze(fx.ref(a));
    assertFalse(m.putElement(fx.ref(a), 0, i(8)));
    assertFalse(m.setArrayLength(fx.ref(a), 10));
    assertFalse(m.put(fx.ref(a), "length", i(10)));
    assertTrue(m.isFrozen(fx.ref(a)));
    assertEquals(i(9), m.getElement(fx.ref(a), 0));
  }

  @Test
  void deletingAnElementMakesAHole() {
    int a = newArray();
    for (int k = 0; k < 3; k++) {
      m.putElement(fx.ref(a), k, d(k + 0.5));
    }
    assertEquals(ElementsKind.PACKED_DOUBLE, kind(a));
    assertTrue(m.delete(fx.ref(a), "1"));
    assertEquals(ElementsKind.HOLEY_DOUBLE, kind(a));
    assertEquals(3, m.arrayLength(fx.ref(a)));
    assertEquals(List.of("0", "2", "length"), m.ownKeys(fx.ref(a)));
  }

  @Test
  void inheritedElementsAndElementAccessors() {
    int proto = fx.keep(m.newArray(ValueCodec.NULL, 4));
    m.putElement(fx.ref(proto), 2, i(22));
    int a = fx.keep(m.newArray(fx.ref(proto), 0));
    m.setArrayLength(fx.ref(a), 5);
    assertEquals(i(22), m.getElement(fx.ref(a), 2));
    m.setAccessorInvoker(
        new AccessorInvoker() {
          @Override
          public long callGetter(long getter, long receiver) {
            return getter;
          }

          @Override
          public void callSetter(long setter, long receiver, long value) {}
        });
    int o = fx.newObject();
    m.defineElement(fx.ref(o), 7, i(1), Property.DEFAULT);
    assertEquals(i(1), m.getElement(fx.ref(o), 7));
    m.defineAccessor(fx.ref(o), "8", i(88), ValueCodec.UNDEFINED, Property.DEFAULT);
    assertEquals(i(88), m.getElement(fx.ref(o), 8));
    assertFalse(m.putElement(fx.ref(o), 8, i(1)), "getter-only element");
    int child = fx.newObject(o);
    assertEquals(i(88), m.getElement(fx.ref(child), 8));
  }

  @Test
  void newArrayPreallocatesCapacity() {
    int a = fx.keep(m.newArray(ValueCodec.NULL, 8));
    assertEquals(8, m.elementsCapacity(ObjectModel.addr(fx.ref(a))));
    assertEquals(0, m.arrayLength(fx.ref(a)));
    assertThrows(ObjectModelException.class, () -> m.putElement(fx.ref(a), -1, i(0)));
    int o = fx.newObject();
    assertThrows(ObjectModelException.class, () -> m.setArrayLength(fx.ref(o), 1));
  }
}
