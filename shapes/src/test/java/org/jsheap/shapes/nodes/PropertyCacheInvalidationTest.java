package org.jsheap.shapes.nodes;

import static org.jsheap.shapes.nodes.NodeFixture.active;
import static org.jsheap.shapes.nodes.NodeFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.dsl.Introspection;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.JavaGc;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the megamorphic (per object model) cache and the cached prototype-chain read may rely on:
 * every change that makes a cached answer wrong is seen by the next read through the same node.
 */
class PropertyCacheInvalidationTest {
  final NodeFixture fx = new NodeFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  /** A get node for {@code key} driven past its cache limit with distinct shapes. */
  private GetPropertyNode megamorphicGet(String key) {
    GetPropertyNode get = GetPropertyNode.create(m, key);
    for (int n = 0; n < PropertyAccessNode.CACHE_LIMIT + 2; n++) {
      int o = fx.object("warm" + n, key);
      assertEquals(i(1), get.execute(fx.ref(o)));
    }
    assertTrue(active(get, "doMegamorphic"));
    return get;
  }

  @Test
  void megamorphicSiteSeesValueWritesInAndOutOfObject() {
    GetPropertyNode get = megamorphicGet("x");
    int in = fx.object("x");
    String[] many = new String[8];
    for (int k = 0; k < 7; k++) {
      many[k] = "f" + k;
    }
    many[7] = "x";
    int out = fx.object(many); // x beyond the 4 in-object slots
    for (int round = 0; round < 3; round++) {
      m.put(fx.ref(in), "x", i(10 + round));
      m.put(fx.ref(out), "x", i(20 + round));
      assertEquals(i(10 + round), get.execute(fx.ref(in)));
      assertEquals(i(20 + round), get.execute(fx.ref(out)));
    }
    fx.heap.collectYoung();
    fx.heap.collectFull();
    assertEquals(i(12), get.execute(fx.ref(in)), "entries survive moving collections");
    assertEquals(i(22), get.execute(fx.ref(out)));
  }

  @Test
  void megamorphicSiteNeverHitsADeprecatedShape() {
    GetPropertyNode get = megamorphicGet("x");
    int a = fx.object("x", "y");
    int b = fx.object("x", "y");
    assertEquals(i(0), get.execute(fx.ref(a)));
    assertEquals(i(0), get.execute(fx.ref(b)));
    // Generalising x deprecates the shape a and b share; b still carries the deprecated id.
    m.put(fx.ref(a), "x", ValueCodec.fromDouble(1.5));
    assertEquals(ValueCodec.fromDouble(1.5), get.execute(fx.ref(a)));
    assertEquals(i(0), get.execute(fx.ref(b)));
    m.put(fx.ref(b), "x", ValueCodec.fromDouble(2.5));
    assertEquals(ValueCodec.fromDouble(2.5), get.execute(fx.ref(b)));
  }

  @Test
  void megamorphicSiteSeesDeletesRedefinitionsAndAccessors() {
    GetPropertyNode get = megamorphicGet("x");
    int last = fx.object("y", "x");
    assertEquals(i(1), get.execute(fx.ref(last)));
    m.delete(fx.ref(last), "x"); // last added: back to the parent shape
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(last)));
    int mid = fx.object("x", "y", "z");
    assertEquals(i(0), get.execute(fx.ref(mid)));
    m.delete(fx.ref(mid), "y"); // dictionary mode
    assertEquals(i(0), get.execute(fx.ref(mid)));
    m.put(fx.ref(mid), "x", i(5));
    assertEquals(i(5), get.execute(fx.ref(mid)), "dictionary value write");
    for (int k = 0; k < 40; k++) {
      m.put(fx.ref(mid), "grow" + k, i(k)); // rehashes: entry indices move
    }
    assertEquals(i(5), get.execute(fx.ref(mid)));
    m.delete(fx.ref(mid), "x");
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(mid)));
    for (int k = 0; k < 40; k++) {
      m.put(fx.ref(mid), "after" + k, i(100 + k)); // reuse x's entry, rehash
      assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(mid)), "x's old entry, " + k);
    }
    m.put(fx.ref(mid), "x", i(6));
    assertEquals(i(6), get.execute(fx.ref(mid)));
    int acc = fx.object("x");
    assertEquals(i(0), get.execute(fx.ref(acc)));
    m.defineAccessor(fx.ref(acc), "x", ValueCodec.UNDEFINED, ValueCodec.UNDEFINED, 0);
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(acc)), "accessor without getter");
    int proto = fx.object("x");
    int child = fx.keep(m.newObject(fx.ref(proto)));
    assertEquals(i(0), get.execute(fx.ref(child)), "inherited through the generic path");
    m.put(fx.ref(child), "x", i(3));
    assertEquals(i(3), get.execute(fx.ref(child)), "own property shadows");
  }

  /**
   * Shapes die and their ids are reused while a megamorphic site keeps reading: each object has x
   * at a different location and a distinct value, so a stale entry for a reused id would read the
   * wrong slot.
   */
  @Test
  void megamorphicSiteNeverHitsAReusedClassId() {
    GetPropertyNode get = megamorphicGet("x");
    int rounds = 6000;
    int base = fx.stack.size();
    int created = 0; // shapes: one per property added
    for (int n = 0; n < rounds; n++) {
      String[] keys = new String[1 + n % 6];
      for (int k = 0; k < keys.length - 1; k++) {
        keys[k] = "r" + n + "_" + k;
      }
      keys[keys.length - 1] = "x";
      created += keys.length;
      int o = fx.object(keys);
      m.put(fx.ref(o), "x", i(n));
      assertEquals(i(n), get.execute(fx.ref(o)), "round " + n);
      assertEquals(i(n), get.execute(fx.ref(o)), "round " + n + ", cached");
      fx.stack.setSize(base);
      if (n % 1000 == 999) {
        fx.heap.collectFull();
        fx.heap.collectFull();
        JavaGc.collect();
        m.classTable().drainReferenceQueue();
      }
    }
    assertTrue(
        m.classTable().idHighWater() < created,
        "ids were reused: high water " + m.classTable().idHighWater() + ", shapes " + created);
  }

  private static PropertyAccessNode.ChainLookup cachedLookup(GetPropertyNode get) {
    return (PropertyAccessNode.ChainLookup)
        Introspection.getSpecialization(get, "doPrototypeChain").getCachedData(0).get(2);
  }

  @Test
  void megamorphicPutRespectsAttributesRepresentationsAndConstants() {
    PutPropertyNode put = PutPropertyNode.create(m, "x");
    for (int n = 0; n < PropertyAccessNode.CACHE_LIMIT + 2; n++) {
      assertTrue(put.execute(fx.ref(fx.object("warm" + n, "x")), i(n)));
    }
    assertTrue(active(put, "doGeneric"));
    int o = fx.object("x");
    for (int v = 0; v < 3; v++) {
      assertTrue(put.execute(fx.ref(o), i(v)));
      assertEquals(i(v), m.get(fx.ref(o), "x"));
    }
    assertTrue(put.execute(fx.ref(o), ValueCodec.fromDouble(1.5)), "generalises the field");
    assertEquals(ValueCodec.fromDouble(1.5), m.get(fx.ref(o), "x"));
    assertTrue(put.execute(fx.ref(o), ValueCodec.TRUE));
    assertEquals(ValueCodec.TRUE, m.get(fx.ref(o), "x"));
    m.define(fx.ref(o), "x", i(4), Property.ENUMERABLE | Property.CONFIGURABLE);
    assertFalse(put.execute(fx.ref(o), i(5)), "read-only");
    assertEquals(i(4), m.get(fx.ref(o), "x"));
    int d = fx.object("x", "y", "z");
    m.delete(fx.ref(d), "y");
    assertTrue(put.execute(fx.ref(d), i(6)));
    assertEquals(i(6), m.get(fx.ref(d), "x"), "dictionary entry");
    m.define(fx.ref(d), "x", i(6), Property.ENUMERABLE);
    assertFalse(put.execute(fx.ref(d), i(7)), "read-only dictionary entry");
    assertEquals(i(6), m.get(fx.ref(d), "x"));
    // A prototype's entry taken as a constant by a cached read is invalidated by the put.
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto), "x", i(1));
    int child = fx.keep(m.newObject(fx.ref(proto)));
    GetPropertyNode get = GetPropertyNode.create(m, "x");
    assertEquals(i(1), get.execute(fx.ref(child)));
    for (int v = 2; v < 5; v++) {
      assertTrue(put.execute(fx.ref(proto), i(v)));
      assertEquals(i(v), get.execute(fx.ref(child)), "megamorphic put on the prototype");
    }
  }

  @Test
  void inheritedReadSeesEveryWriteToThePrototypeProperty() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto), "x", i(1));
    int o = fx.keep(m.newObject(fx.ref(proto)));
    GetPropertyNode get = GetPropertyNode.create(m, "x");
    assertEquals(i(1), get.execute(fx.ref(o)));
    assertTrue(active(get, "doPrototypeChain"));
    assertTrue(cachedLookup(get).constant, "the value is a constant of the site");
    m.put(fx.ref(proto), "x", i(2));
    assertEquals(i(2), get.execute(fx.ref(o)), "generic put");
    PutPropertyNode put = PutPropertyNode.create(m, "x");
    for (int v = 3; v < 6; v++) {
      assertTrue(put.execute(fx.ref(proto), i(v)));
      assertEquals(i(v), get.execute(fx.ref(o)), "cached put on the prototype");
    }
    assertTrue(active(put, "doDictionaryEntry"));
    m.define(fx.ref(proto), "x", i(7), Property.DEFAULT);
    assertEquals(i(7), get.execute(fx.ref(o)), "define with the same flags");
    DefinePropertyNode define = DefinePropertyNode.create(m, "x", Property.DEFAULT);
    assertTrue(define.execute(fx.ref(proto), i(8)));
    assertEquals(i(8), get.execute(fx.ref(o)), "define node");
    m.define(fx.ref(proto), "x", i(9), Property.ENUMERABLE | Property.CONFIGURABLE);
    assertEquals(i(9), get.execute(fx.ref(o)), "made read-only");
    m.delete(fx.ref(proto), "x");
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(o)), "deleted");
    m.put(fx.ref(proto), "x", i(10));
    assertEquals(i(10), get.execute(fx.ref(o)), "re-added");
    m.put(fx.ref(o), "x", i(11));
    assertEquals(i(11), get.execute(fx.ref(o)), "shadowed by an own property");
  }

  @Test
  void inheritedReadSeesShadowingOnAnIntermediatePrototype() {
    int upper = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(upper), "x", i(1));
    int mid = fx.keep(m.newObject(fx.ref(upper)));
    int o = fx.keep(m.newObject(fx.ref(mid)));
    GetPropertyNode get = GetPropertyNode.create(m, "x");
    assertEquals(i(1), get.execute(fx.ref(o)));
    assertEquals(i(1), get.execute(fx.ref(o)));
    m.put(fx.ref(mid), "x", i(2));
    assertEquals(i(2), get.execute(fx.ref(o)));
    m.put(fx.ref(upper), "x", i(3));
    assertEquals(i(2), get.execute(fx.ref(o)), "still shadowed");
    m.delete(fx.ref(mid), "x");
    assertEquals(i(3), get.execute(fx.ref(o)));
    int other = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(other), "x", i(4));
    m.setPrototype(fx.ref(mid), fx.ref(other));
    assertEquals(i(4), get.execute(fx.ref(o)), "prototype replaced");
  }

  @Test
  void inheritedReferenceValueFollowsMovingCollections() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    int value = fx.object("v");
    m.put(fx.ref(proto), "x", fx.ref(value));
    int o = fx.keep(m.newObject(fx.ref(proto)));
    GetPropertyNode get = GetPropertyNode.create(m, "x");
    GetPropertyNode v = GetPropertyNode.create(m, "v");
    assertEquals(fx.ref(value), get.execute(fx.ref(o)));
    for (int n = 0; n < 3; n++) {
      fx.heap.collectYoung();
      fx.heap.collectFull();
      assertEquals(fx.ref(value), get.execute(fx.ref(o)), "reference after the object moved");
      assertEquals(i(0), v.execute(get.execute(fx.ref(o))));
    }
    m.put(fx.ref(proto), "x", ValueCodec.fromDouble(0.5));
    assertEquals(ValueCodec.fromDouble(0.5), get.execute(fx.ref(o)));
  }

  @Test
  void inheritedReadOfAFrequentlyWrittenPrototypePropertyStaysCorrect() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto), "count", i(0));
    int o = fx.keep(m.newObject(fx.ref(proto)));
    GetPropertyNode get = GetPropertyNode.create(m, "count");
    PutPropertyNode put = PutPropertyNode.create(m, "count");
    for (int n = 1; n < 50; n++) {
      assertTrue(put.execute(fx.ref(proto), i(n)));
      assertEquals(i(n), get.execute(fx.ref(o)));
    }
    assertTrue(active(get, "doPrototypeChain"), "writes do not push the site to megamorphic");
    assertFalse(cachedLookup(get).constant, "a written entry is read, not re-cached");
  }
}
