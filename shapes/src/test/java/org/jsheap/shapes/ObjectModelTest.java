package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.d;
import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ObjectModelTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void objectsWithTheSamePropertiesInTheSameOrderShareAShape() {
    int a = fx.newObject();
    int b = fx.newObject();
    int c = fx.newObject();
    m.put(fx.ref(a), "x", i(1));
    m.put(fx.ref(a), "y", i(2));
    m.put(fx.ref(b), "x", i(3));
    m.put(fx.ref(b), "y", i(4));
    m.put(fx.ref(c), "y", i(1));
    m.put(fx.ref(c), "x", i(2));
    fx.gc(false);
    assertSame(m.shapeOf(fx.ref(a)), m.shapeOf(fx.ref(b)));
    assertEquals(fx.heap.classId(ObjectModel.addr(fx.ref(a))), m.shapeOf(fx.ref(b)).id());
    assertNotEquals(m.shapeOf(fx.ref(a)), m.shapeOf(fx.ref(c)));
    assertEquals(i(4), m.get(fx.ref(b), "y"));
  }

  @Test
  void propertiesOverflowIntoThePropertyArrayAndSurviveCollections() {
    int o = fx.newObject();
    for (int k = 0; k < 20; k++) {
      m.put(fx.ref(o), "f" + k, i(k));
      fx.gc(k % 2 == 0);
    }
    Shape s = m.shapeOf(fx.ref(o));
    assertEquals(ObjectModel.DEFAULT_IN_OBJECT_CAPACITY, s.inObjectCapacity());
    assertEquals(16, s.outOfObjectCount());
    assertTrue(m.propertyArrayCapacity(ObjectModel.addr(fx.ref(o))) >= 16);
    for (int k = 0; k < 20; k++) {
      assertEquals(i(k), m.get(fx.ref(o), "f" + k));
    }
    fx.heap.verify();
  }

  @Test
  void referencesStoredInPropertiesAreTracedAndUpdated() {
    int holder = fx.newObject();
    int inner = fx.newObject();
    m.put(fx.ref(inner), "v", i(42));
    m.put(fx.ref(holder), "in", fx.ref(inner));
    for (int k = 0; k < 6; k++) {
      m.put(fx.ref(holder), "pad" + k, fx.ref(inner));
    }
    fx.set(inner, ValueCodec.UNDEFINED);
    fx.gc(false);
    fx.gc(true);
    long in = m.get(fx.ref(holder), "in");
    assertEquals(i(42), m.get(in, "v"));
    assertEquals(in, m.get(fx.ref(holder), "pad5"));
  }

  @Test
  void representationGeneralisesWhenAStoreDoesNotFit() {
    int a = fx.newObject();
    int b = fx.newObject();
    m.put(fx.ref(a), "x", i(1));
    m.put(fx.ref(b), "x", i(2));
    Shape old = m.shapeOf(fx.ref(a));
    assertEquals(Representation.INT, old.property("x").representation());
    m.put(fx.ref(a), "x", d(1.5));
    Shape now = m.shapeOf(fx.ref(a));
    assertEquals(Representation.DOUBLE, now.property("x").representation());
    assertTrue(old.isDeprecated());
    // b still carries the deprecated id; it migrates lazily on its next access.
    assertEquals(old.id(), fx.heap.classId(ObjectModel.addr(fx.ref(b))));
    assertSame(now, m.shapeOf(fx.ref(b)));
    assertEquals(i(2), m.get(fx.ref(b), "x"));
    m.put(fx.ref(a), "x", ValueCodec.TRUE);
    assertEquals(Representation.ANY, m.shapeOf(fx.ref(a)).property("x").representation());
  }

  @Test
  void slackTrackingShrinksInObjectCapacityAfterTheFirstAllocations() {
    AllocationSite site = new AllocationSite();
    int first = fx.keep(m.newObject(site, ValueCodec.NULL));
    assertEquals(AllocationSite.INITIAL_CAPACITY, m.shapeOf(fx.ref(first)).inObjectCapacity());
    for (int n = 0; n < AllocationSite.TRACKING_ALLOCATIONS + 2; n++) {
      int o = n == 0 ? first : fx.keep(m.newObject(site, ValueCodec.NULL));
      m.put(fx.ref(o), "a", i(n));
      m.put(fx.ref(o), "b", i(n));
      m.put(fx.ref(o), "c", i(n));
    }
    assertTrue(site.isTrackingComplete());
    assertEquals(3, site.capacity());
    int late = fx.keep(m.newObject(site, ValueCodec.NULL));
    assertEquals(3, m.shapeOf(fx.ref(late)).inObjectCapacity());
    assertEquals(
        org.jsheap.gc.ObjectHeader.sizeFor(2 + 3, 0),
        fx.heap.sizeOf(ObjectModel.addr(fx.ref(late))));
    assertEquals(i(0), m.get(fx.ref(first), "c"));
  }

  @Test
  void tooManyPropertiesSwitchToDictionaryMode() {
    int o = fx.newObject();
    for (int k = 0; k <= ObjectModel.MAX_FAST_PROPERTIES; k++) {
      assertFalse(m.isDictionaryMode(fx.ref(o)), "at " + k);
      m.put(fx.ref(o), "k" + k, i(k));
    }
    assertTrue(m.isDictionaryMode(fx.ref(o)));
    fx.gc(true);
    for (int k = 0; k <= ObjectModel.MAX_FAST_PROPERTIES; k++) {
      assertEquals(i(k), m.get(fx.ref(o), "k" + k));
    }
    assertEquals("k0", m.ownKeys(fx.ref(o)).get(0));
  }

  @Test
  void hugeLiteralStartsInDictionaryModeAndSmallOneInFastMode() {
    int big = fx.keep(m.newObjectLiteral(ValueCodec.NULL, 500));
    assertTrue(m.isDictionaryMode(fx.ref(big)));
    for (int k = 0; k < 500; k++) {
      m.put(fx.ref(big), "k" + k, i(k));
    }
    assertEquals(i(499), m.get(fx.ref(big), "k499"));
    int small = fx.keep(m.newObjectLiteral(ValueCodec.NULL, 3));
    assertFalse(m.isDictionaryMode(fx.ref(small)));
    assertEquals(3, m.shapeOf(fx.ref(small)).inObjectCapacity());
  }

  @Test
  void deletingTheLastPropertyGoesBackToTheParentShape() {
    int o = fx.newObject();
    m.put(fx.ref(o), "a", i(1));
    Shape withA = m.shapeOf(fx.ref(o));
    m.put(fx.ref(o), "b", i(2));
    assertTrue(m.delete(fx.ref(o), "b"));
    assertSame(withA, m.shapeOf(fx.ref(o)));
    assertFalse(m.isDictionaryMode(fx.ref(o)));
  }

  @Test
  void deletingANonLastPropertySwitchesToDictionaryModeAndBackToFast() {
    int o = fx.newObject();
    for (String k : List.of("a", "b", "c", "d", "e", "f")) {
      m.put(fx.ref(o), k, i(k.charAt(0)));
    }
    Shape dictShape = null;
    assertTrue(m.delete(fx.ref(o), "b"));
    assertTrue(m.isDictionaryMode(fx.ref(o)));
    dictShape = m.shapeOf(fx.ref(o));
    var assumption = dictShape.getValidAssumption();
    m.put(fx.ref(o), "g", i(7));
    assertFalse(assumption.isValid(), "a structural change invalidates caches on the object");
    assertSame(dictShape, m.shapeOf(fx.ref(o)), "a dictionary object keeps its own shape");
    fx.gc(true);
    assertEquals(List.of("a", "c", "d", "e", "f", "g"), m.ownKeys(fx.ref(o)));
    assertTrue(m.toFastMode(fx.ref(o)));
    assertFalse(m.isDictionaryMode(fx.ref(o)));
    assertEquals(List.of("a", "c", "d", "e", "f", "g"), m.ownKeys(fx.ref(o)));
    assertEquals(i('f'), m.get(fx.ref(o), "f"));
    assertEquals(i(7), m.get(fx.ref(o), "g"));
    assertFalse(m.toFastMode(fx.ref(o)));
    // The same properties added in order to a fresh object reach the same shape.
    int p = fx.newObject();
    for (String k : List.of("a", "c", "d", "e", "f")) {
      m.put(fx.ref(p), k, i(k.charAt(0)));
    }
    m.put(fx.ref(p), "g", i(0));
    assertSame(m.shapeOf(fx.ref(o)), m.shapeOf(fx.ref(p)));
  }

  @Test
  void prototypeChainLookupAndShadowing() {
    int proto = fx.newObject();
    m.put(fx.ref(proto), "inherited", i(1));
    int o = fx.newObject(proto);
    assertTrue(m.isDictionaryMode(fx.ref(proto)), "prototypes live in dictionary mode");
    assertEquals(i(1), m.get(fx.ref(o), "inherited"));
    assertTrue(m.has(fx.ref(o), "inherited"));
    assertFalse(m.hasOwn(fx.ref(o), "inherited"));
    m.put(fx.ref(o), "inherited", i(2));
    assertEquals(i(2), m.get(fx.ref(o), "inherited"));
    assertEquals(i(1), m.get(fx.ref(proto), "inherited"));
    fx.gc(true);
    assertEquals(fx.ref(proto), m.getPrototype(fx.ref(o)));
    int o2 = fx.newObject(proto);
    assertSame(m.shapeOf(fx.ref(o2)).root(), m.shapeOf(fx.ref(o)).root());
  }

  @Test
  void readOnlyInheritedPropertyBlocksAssignment() {
    int proto = fx.newObject();
    m.define(fx.ref(proto), "k", i(1), Property.ENUMERABLE);
    int o = fx.newObject(proto);
    assertFalse(m.put(fx.ref(o), "k", i(2)));
    assertFalse(m.hasOwn(fx.ref(o), "k"));
    assertTrue(m.define(fx.ref(o), "k", i(2), Property.DEFAULT), "define is not blocked");
    assertEquals(i(2), m.get(fx.ref(o), "k"));
  }

  @Test
  void setPrototypeRebasesFastObjectsAndRejectsCycles() {
    int p1 = fx.newObject();
    int p2 = fx.newObject();
    m.put(fx.ref(p2), "from2", i(2));
    int o = fx.newObject(p1);
    m.put(fx.ref(o), "own", i(0));
    assertTrue(m.setPrototype(fx.ref(o), fx.ref(p2)));
    assertEquals(i(2), m.get(fx.ref(o), "from2"));
    assertEquals(i(0), m.get(fx.ref(o), "own"));
    assertEquals(fx.ref(p2), m.getPrototype(fx.ref(o)));
    assertFalse(m.setPrototype(fx.ref(p2), fx.ref(o)), "cycle");
    assertTrue(m.setPrototype(fx.ref(o), ValueCodec.NULL));
    assertEquals(ValueCodec.UNDEFINED, m.get(fx.ref(o), "from2"));
    // dictionary objects change their prototype in place
    m.toDictionaryMode(fx.ref(o));
    assertTrue(m.setPrototype(fx.ref(o), fx.ref(p2)));
    assertEquals(i(2), m.get(fx.ref(o), "from2"));
    m.preventExtensions(fx.ref(o));
    assertFalse(m.setPrototype(fx.ref(o), fx.ref(p1)));
    assertTrue(m.setPrototype(fx.ref(o), fx.ref(p2)), "same prototype is allowed");
  }

  @Test
  void accessorPropertiesCallTheInvoker() {
    long[] lastSet = {0};
    m.setAccessorInvoker(
        new AccessorInvoker() {
          @Override
          public long callGetter(long getter, long receiver) {
            return i(ValueCodec.asInt(getter) * 10);
          }

          @Override
          public void callSetter(long setter, long receiver, long value) {
            lastSet[0] = value;
          }
        });
    int proto = fx.newObject();
    m.defineAccessor(fx.ref(proto), "acc", i(4), i(5), Property.DEFAULT);
    int o = fx.newObject(proto);
    assertEquals(i(40), m.get(fx.ref(o), "acc"));
    assertTrue(m.put(fx.ref(o), "acc", i(9)));
    assertEquals(i(9), lastSet[0]);
    assertFalse(m.hasOwn(fx.ref(o), "acc"), "setter ran instead of adding an own property");
    PropertyDescriptor d = m.getOwnProperty(fx.ref(proto), "acc");
    assertTrue(d.isAccessor());
    assertEquals(i(4), d.getter());
    assertEquals(i(5), d.setter());
    int g = fx.newObject();
    m.defineAccessor(fx.ref(g), "getterOnly", i(1), ValueCodec.UNDEFINED, Property.DEFAULT);
    assertFalse(m.put(fx.ref(g), "getterOnly", i(3)));
    assertEquals(i(10), m.get(fx.ref(g), "getterOnly"));
    m.defineAccessor(fx.ref(g), "none", ValueCodec.UNDEFINED, ValueCodec.UNDEFINED, 0);
    assertEquals(ValueCodec.UNDEFINED, m.get(fx.ref(g), "none"));
    assertTrue(m.shapeOf(fx.ref(g)).property("none").isAccessor());
  }

  @Test
  void freezeSealPreventExtensions() {
    int o = fx.newObject();
    m.put(fx.ref(o), "a", i(1));
    m.putElement(fx.ref(o), 0, i(5));
    m.preventExtensions(fx.ref(o));
    assertFalse(m.isExtensible(fx.ref(o)));
    assertFalse(m.put(fx.ref(o), "b", i(2)));
    assertFalse(m.putElement(fx.ref(o), 1, i(2)));
    assertTrue(m.put(fx.ref(o), "a", i(3)));
    assertFalse(m.isSealed(fx.ref(o)));
    m.seal(fx.ref(o));
    assertTrue(m.isSealed(fx.ref(o)));
    assertFalse(m.isFrozen(fx.ref(o)));
    assertFalse(m.delete(fx.ref(o), "a"));
    assertFalse(m.deleteElement(fx.ref(o), 0));
    assertTrue(m.put(fx.ref(o), "a", i(4)));
    assertTrue(m.putElement(fx.ref(o), 0, i(6)));
    m.freeze(fx.ref(o));
    assertTrue(m.isFrozen(fx.ref(o)));
    assertFalse(m.put(fx.ref(o), "a", i(5)));
    assertFalse(m.putElement(fx.ref(o), 0, i(7)));
    assertEquals(i(4), m.get(fx.ref(o), "a"));
    assertEquals(i(6), m.getElement(fx.ref(o), 0));
    assertFalse(m.define(fx.ref(o), "a", i(9), Property.ENUMERABLE));
    assertTrue(m.define(fx.ref(o), "a", i(4), Property.ENUMERABLE), "same value is allowed");
  }

  @Test
  void freezeDictionaryObjectAndDictionaryElements() {
    int o = fx.newObject();
    m.put(fx.ref(o), "a", i(1));
    m.putElement(fx.ref(o), 100_000, i(2));
    m.toDictionaryMode(fx.ref(o));
    assertEquals(ElementsKind.DICTIONARY, m.shapeOf(fx.ref(o)).elementsKind());
    m.freeze(fx.ref(o));
    assertTrue(m.isFrozen(fx.ref(o)));
    assertFalse(m.put(fx.ref(o), "a", i(2)));
    assertFalse(m.putElement(fx.ref(o), 100_000, i(3)));
    assertFalse(m.delete(fx.ref(o), "a"));
    assertEquals(i(2), m.getElement(fx.ref(o), 100_000));
    assertTrue(m.toFastMode(fx.ref(o)));
    assertTrue(m.isFrozen(fx.ref(o)));
    assertFalse(m.put(fx.ref(o), "a", i(2)));
  }

  @Test
  void nonConfigurableRedefinitionRules() {
    int o = fx.newObject();
    m.define(fx.ref(o), "w", i(1), Property.WRITABLE | Property.ENUMERABLE);
    assertTrue(m.define(fx.ref(o), "w", i(2), Property.WRITABLE | Property.ENUMERABLE));
    assertTrue(m.define(fx.ref(o), "w", i(2), Property.ENUMERABLE), "writable may become false");
    assertFalse(m.define(fx.ref(o), "w", i(2), Property.DEFAULT), "but not configurable");
    assertFalse(m.define(fx.ref(o), "w", i(2), Property.WRITABLE | Property.ENUMERABLE));
    assertFalse(m.define(fx.ref(o), "w", i(3), Property.ENUMERABLE));
    assertTrue(ObjectModel.sameValue(d(Double.NaN), d(Double.NaN)));
    assertFalse(ObjectModel.sameValue(d(0.0), d(-0.0)));
    assertTrue(ObjectModel.sameValue(i(1), d(1.0)));
  }

  @Test
  void ownKeysOrderIntegersFirstThenInsertionOrder() {
    int o = fx.newObject();
    m.put(fx.ref(o), "z", i(0));
    m.put(fx.ref(o), "5", i(0));
    m.put(fx.ref(o), "a", i(0));
    m.put(fx.ref(o), "1", i(0));
    m.put(fx.ref(o), "4294967295", i(0));
    assertEquals(List.of("1", "5", "z", "a", "4294967295"), m.ownKeys(fx.ref(o)));
  }

  @Test
  void nonObjectsAreRejected() {
    assertThrows(ObjectModelException.class, () -> m.get(i(1), "x"));
    assertFalse(m.isObject(i(1)));
    int o = fx.newObject();
    assertTrue(m.isObject(fx.ref(o)));
    assertNull(m.getOwnProperty(fx.ref(o), "x"));
    assertNull(m.getOwnProperty(fx.ref(o), "3"));
  }

  @Test
  void unusedShapesAndPrototypesAreReclaimedWithTheirObjects() {
    ClassTable table = m.classTable();
    int proto = fx.newObject();
    int o = fx.newObject(proto);
    m.put(fx.ref(o), "only", i(1));
    int id = fx.heap.classId(ObjectModel.addr(fx.ref(o)));
    int holders = table.holderCount();
    assertTrue(holders >= 1);
    fx.set(o, ValueCodec.UNDEFINED);
    fx.set(proto, ValueCodec.UNDEFINED);
    fx.gc(true);
    fx.gc(true);
    JavaGc.collect();
    table.drainReferenceQueue();
    JavaGc.collect();
    table.drainReferenceQueue();
    assertTrue(table.pinnedCount() < 3, "pinned " + table.pinnedCount());
    assertTrue(table.shape(id) == null || !table.shape(id).pinned);
  }

  @Test
  void gcStressIsActiveWhenRequested() {
    String spec = System.getProperty(org.jsheap.gc.HeapConfig.STRESS_PROPERTY, "");
    long before = fx.heap.statistics().scavenges();
    for (int n = 0; n < 200; n++) {
      m.newObject(ValueCodec.NULL);
    }
    long scavenges = fx.heap.statistics().scavenges() - before;
    assertEquals(!spec.isBlank(), scavenges > 0, "stress '" + spec + "': " + scavenges);
  }

  @Test
  void genericAccessUsesTheEngineWideCache() {
    int o = fx.newObject();
    m.put(fx.ref(o), "a", i(1));
    m.get(fx.ref(o), "a");
    long hits = m.megamorphicCache().hits();
    m.get(fx.ref(o), "a");
    m.put(fx.ref(o), "a", i(2));
    assertTrue(m.megamorphicCache().hits() >= hits + 2);
  }
}
