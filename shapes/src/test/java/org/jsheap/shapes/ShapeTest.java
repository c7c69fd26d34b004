package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShapeTest {
  private final Heap heap = Heap.create();
  private final ClassTable table = new ClassTable(heap);

  @AfterEach
  void close() {
    heap.close();
  }

  private Shape root(int capacity) {
    return table.nullRoot(ObjectKind.ORDINARY, capacity);
  }

  @Test
  void samePropertiesInSameOrderShareOneShape() {
    Shape a = root(2).addProperty("x", Property.DEFAULT, Representation.INT);
    a = a.addProperty("y", Property.DEFAULT, Representation.INT);
    Shape b = root(2).addProperty("x", Property.DEFAULT, Representation.INT);
    b = b.addProperty("y", Property.DEFAULT, Representation.INT);
    assertSame(a, b);
    assertEquals(a.id(), b.id());
    Shape c =
        root(2)
            .addProperty("y", Property.DEFAULT, Representation.INT)
            .addProperty("x", Property.DEFAULT, Representation.INT);
    assertNotSame(a, c);
  }

  @Test
  void locationsFillInObjectSlotsThenThePropertyArray() {
    Shape s = root(2);
    for (String k : new String[] {"a", "b", "c", "d"}) {
      s = s.addProperty(k, Property.DEFAULT, Representation.ANY);
    }
    assertEquals(Location.inObject(2), s.property("a").location());
    assertEquals(Location.inObject(3), s.property("b").location());
    assertEquals(Location.outOfObject(0), s.property("c").location());
    assertEquals(Location.outOfObject(1), s.property("d").location());
    assertEquals(2, s.outOfObjectCount());
    assertNull(s.property("e"));
  }

  @Test
  void lookupWorksPastTheLinearScanLimit() {
    Shape s = root(4);
    for (int i = 0; i < 20; i++) {
      s = s.addProperty(("k" + i).intern(), Property.DEFAULT, Representation.ANY);
    }
    for (int i = 0; i < 20; i++) {
      assertEquals(i, indexOf(s, ("k" + i).intern()));
    }
    assertNull(s.property("nope"));
    assertEquals(20, s.propertyCount());
  }

  private static int indexOf(Shape s, String key) {
    return s.properties().indexOf(s.property(key));
  }

  @Test
  void changingAttributesKeepsTheLocation() {
    Shape s = root(2).addProperty("x", Property.DEFAULT, Representation.INT);
    Shape ro = s.changeFlags("x", Property.ENUMERABLE);
    assertNotSame(s, ro);
    assertSame(ro, s.changeFlags("x", Property.ENUMERABLE));
    assertSame(s, s.changeFlags("x", Property.DEFAULT));
    assertEquals(s.property("x").location(), ro.property("x").location());
    assertFalse(ro.property("x").isWritable());
    Shape acc = s.changeFlags("x", Property.DEFAULT | Property.ACCESSOR);
    assertTrue(acc.property("x").isAccessor());
    assertEquals(Representation.ANY, acc.property("x").representation());
  }

  @Test
  void representationGeneralisesOneWayAndDeprecatesTheOldBranch() {
    Shape x = root(2).addProperty("x", Property.DEFAULT, Representation.INT);
    Shape xy = x.addProperty("y", Property.DEFAULT, Representation.INT);
    assertFalse(xy.getValidAssumption().isValid() == false);
    var assumption = xy.getValidAssumption();
    Shape g = xy.generalize("x", Representation.DOUBLE);
    assertTrue(xy.isDeprecated());
    assertTrue(x.isDeprecated());
    assertFalse(assumption.isValid());
    assertFalse(g.isDeprecated());
    assertEquals(Representation.DOUBLE, g.property("x").representation());
    assertEquals(Representation.INT, g.property("y").representation());
    assertEquals(xy.property("y").location(), g.property("y").location());
    assertSame(g, xy.migrationTarget());
    // The add transition now yields the general representation even for an int.
    Shape again =
        root(2)
            .addProperty("x", Property.DEFAULT, Representation.INT)
            .addProperty("y", Property.DEFAULT, Representation.INT);
    assertSame(g, again);
    // Never narrows back; generalising to a narrower representation is a no-op.
    assertSame(g, g.generalize("x", Representation.INT));
    Shape any = g.generalize("x", Representation.ANY);
    assertEquals(Representation.ANY, any.property("x").representation());
    assertSame(any, xy.migrationTarget());
  }

  @Test
  void addingWithAWiderRepresentationGeneralisesTheExistingTransition() {
    Shape intX = root(3).addProperty("x", Property.DEFAULT, Representation.INT);
    Shape anyX = root(3).addProperty("x", Property.DEFAULT, Representation.ANY);
    assertTrue(intX.isDeprecated());
    assertSame(anyX, intX.migrationTarget());
    assertSame(anyX, root(3).addProperty("x", Property.DEFAULT, Representation.INT));
  }

  @Test
  void elementsKindAndIntegrityAreTransitions() {
    Shape s = root(1).addProperty("x", Property.DEFAULT, Representation.INT);
    Shape d = s.withElementsKind(ElementsKind.HOLEY_DOUBLE);
    assertSame(d, s.withElementsKind(ElementsKind.HOLEY_DOUBLE));
    assertSame(s, s.withElementsKind(s.elementsKind()));
    Shape frozen = s.withIntegrity(2);
    assertFalse(frozen.isExtensible());
    assertFalse(frozen.property("x").isWritable());
    assertFalse(frozen.property("x").isConfigurable());
    assertTrue(frozen.elementsFrozen());
    Shape sealed = s.withIntegrity(1);
    assertTrue(sealed.property("x").isWritable());
    assertTrue(sealed.elementsSealed());
    assertFalse(sealed.elementsFrozen());
    Shape nonExt = s.withIntegrity(0);
    assertTrue(nonExt.property("x").isConfigurable());
    assertFalse(nonExt.isExtensible());
  }

  @Test
  void classTableMapsIdsToShapes() {
    Shape s = root(0).addProperty("q", Property.DEFAULT, Representation.ANY);
    assertSame(s, table.shape(s.id()));
    assertNull(table.shape(ClassTable.PROPERTY_ARRAY_CLASS));
    assertNull(table.shape(1 << 30));
    assertTrue(s.id() >= ClassTable.FIRST_SHAPE_ID);
    assertTrue(s.toString().contains("q"));
    assertEquals(ValueCodec.NULL, s.prototype());
  }

  @Test
  void representationLattice() {
    assertEquals(Representation.INT, Representation.forValue(ValueCodec.fromInt(3)));
    assertEquals(Representation.DOUBLE, Representation.forValue(ValueCodec.fromDouble(0.5)));
    assertEquals(Representation.ANY, Representation.forValue(ValueCodec.TRUE));
    assertTrue(Representation.DOUBLE.fits(ValueCodec.fromInt(1)));
    assertFalse(Representation.INT.fits(ValueCodec.fromDouble(1.5)));
    assertEquals(Representation.ANY, Representation.INT.generalize(Representation.ANY));
  }

  @Test
  void elementsKindLattice() {
    assertEquals(
        ElementsKind.PACKED_DOUBLE, ElementsKind.PACKED_INT.withValue(ValueCodec.fromDouble(0.5)));
    assertEquals(ElementsKind.PACKED, ElementsKind.PACKED_DOUBLE.withValue(ValueCodec.NULL));
    assertEquals(ElementsKind.HOLEY_DOUBLE, ElementsKind.PACKED_DOUBLE.toHoley());
    assertEquals(ElementsKind.HOLEY, ElementsKind.HOLEY_INT.withValue(ValueCodec.TRUE));
    assertSame(ElementsKind.DICTIONARY, ElementsKind.DICTIONARY.withValue(ValueCodec.TRUE));
    assertTrue(ElementsKind.DICTIONARY.isHoley());
  }

  @Test
  void arrayIndexKeys() {
    assertEquals(0, PropertyKeys.arrayIndex("0"));
    assertEquals(4294967294L, PropertyKeys.arrayIndex("4294967294"));
    assertEquals(-1, PropertyKeys.arrayIndex("4294967295"));
    assertEquals(-1, PropertyKeys.arrayIndex("01"));
    assertEquals(-1, PropertyKeys.arrayIndex("-1"));
    assertEquals(-1, PropertyKeys.arrayIndex("1.5"));
    assertEquals(-1, PropertyKeys.arrayIndex(""));
    assertEquals(-1, PropertyKeys.arrayIndex("x"));
    assertEquals(-1, PropertyKeys.arrayIndex("12345678901"));
    PropertyKeys keys = new PropertyKeys();
    int id = keys.idOf("a");
    assertEquals(id, keys.idOf("a"));
    assertEquals("a", keys.keyOf(id));
  }
}
