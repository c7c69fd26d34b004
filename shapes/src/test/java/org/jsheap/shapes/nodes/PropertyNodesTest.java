package org.jsheap.shapes.nodes;

import static org.jsheap.shapes.nodes.NodeFixture.active;
import static org.jsheap.shapes.nodes.NodeFixture.i;
import static org.jsheap.shapes.nodes.NodeFixture.instances;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.Representation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PropertyNodesTest {
  final NodeFixture fx = new NodeFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void getGoesUninitializedMonomorphicPolymorphicMegamorphic() {
    GetPropertyNode get = GetPropertyNode.create(m, "x");
    assertFalse(active(get, "doOwnField"), "uninitialized");
    int a = fx.object("x");
    assertEquals(i(0), get.execute(fx.ref(a)));
    assertEquals(1, instances(get, "doOwnField"), "monomorphic");
    int b = fx.object("x");
    assertEquals(i(0), get.execute(fx.ref(b)));
    assertEquals(1, instances(get, "doOwnField"), "same shape, same cache entry");
    int c = fx.object("y", "x");
    assertEquals(i(1), get.execute(fx.ref(c)));
    assertEquals(2, instances(get, "doOwnField"), "polymorphic");
    fx.heap.collectYoung();
    fx.heap.collectFull();
    assertEquals(i(0), get.execute(fx.ref(a)), "caches survive moving collections");
    int[] objs = new int[PropertyAccessNode.CACHE_LIMIT + 2];
    for (int n = 0; n < objs.length; n++) {
      String[] keys = new String[n + 3];
      for (int k = 0; k < keys.length - 1; k++) {
        keys[k] = "p" + n + "_" + k;
      }
      keys[keys.length - 1] = "x";
      objs[n] = fx.object(keys);
      assertEquals(i(keys.length - 1), get.execute(fx.ref(objs[n])));
    }
    assertTrue(active(get, "doMegamorphic"), "megamorphic");
    assertFalse(active(get, "doOwnField"));
    assertEquals(i(0), get.execute(fx.ref(a)));
    assertEquals(i(1), get.execute(fx.ref(c)));
    long hits = m.megamorphicCache().hits();
    get.execute(fx.ref(c));
    assertTrue(
        m.megamorphicCache().hits() > hits,
        "the model's megamorphic cache serves megamorphic sites");
  }

  @Test
  void shapeChangeUnderACachedSite() {
    GetPropertyNode get = GetPropertyNode.create(m, "x");
    PutPropertyNode put = PutPropertyNode.create(m, "x");
    int a = fx.object("x");
    int b = fx.object("x");
    assertTrue(put.execute(fx.ref(a), i(5)));
    assertTrue(active(put, "doExistingField"));
    assertEquals(i(5), get.execute(fx.ref(a)));
    // Representation generalisation deprecates the cached shape: caches drop it.
    assertTrue(put.execute(fx.ref(a), ValueCodec.fromDouble(2.5)));
    assertEquals(Representation.DOUBLE, m.shapeOf(fx.ref(a)).property("x").representation());
    assertEquals(ValueCodec.fromDouble(2.5), get.execute(fx.ref(a)));
    assertEquals(i(0), get.execute(fx.ref(b)), "b migrates lazily from the deprecated shape");
    assertTrue(put.execute(fx.ref(b), ValueCodec.fromDouble(0.25)));
    assertEquals(ValueCodec.fromDouble(0.25), get.execute(fx.ref(b)));
    // Adding a property changes the class id: the cached entry no longer matches.
    m.put(fx.ref(a), "y", i(1));
    assertEquals(ValueCodec.fromDouble(2.5), get.execute(fx.ref(a)));
  }

  @Test
  void prototypeChainLookupIsCachedAndInvalidatedWhenThePrototypeChanges() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto), "method", i(1));
    int o = fx.keep(m.newObject(fx.ref(proto)));
    GetPropertyNode get = GetPropertyNode.create(m, "method");
    assertEquals(i(1), get.execute(fx.ref(o)));
    assertEquals(1, instances(get, "doPrototypeChain"));
    m.put(fx.ref(proto), "method", i(2));
    assertEquals(i(2), get.execute(fx.ref(o)), "values are read, not cached");
    m.put(fx.ref(proto), "other", i(3));
    assertEquals(i(2), get.execute(fx.ref(o)), "re-cached after the prototype changed shape");
    m.delete(fx.ref(proto), "method");
    assertEquals(ValueCodec.UNDEFINED, get.execute(fx.ref(o)));
    int upper = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(upper), "method", i(7));
    m.setPrototype(fx.ref(proto), fx.ref(upper));
    assertEquals(i(7), get.execute(fx.ref(o)), "grand-prototype found after set-prototype");
    m.put(fx.ref(o), "method", i(9));
    assertEquals(i(9), get.execute(fx.ref(o)), "own property shadows");
    GetPropertyNode missing = GetPropertyNode.create(m, "absent");
    assertEquals(ValueCodec.UNDEFINED, missing.execute(fx.ref(o)));
    assertTrue(active(missing, "doPrototypeChain"));
    m.put(fx.ref(upper), "absent", i(4));
    assertEquals(i(4), missing.execute(fx.ref(o)));
  }

  @Test
  void dictionaryObjectsAreCachedToo() {
    int o = fx.object("a", "b", "c");
    m.delete(fx.ref(o), "a");
    assertTrue(m.isDictionaryMode(fx.ref(o)));
    GetPropertyNode get = GetPropertyNode.create(m, "c");
    PutPropertyNode put = PutPropertyNode.create(m, "c");
    assertEquals(i(2), get.execute(fx.ref(o)));
    assertTrue(active(get, "doOwnDictionary"));
    assertTrue(put.execute(fx.ref(o), i(8)));
    assertTrue(active(put, "doDictionaryEntry"));
    assertEquals(i(8), get.execute(fx.ref(o)));
    for (int k = 0; k < 20; k++) {
      m.put(fx.ref(o), "k" + k, i(k)); // rehashes: entry indices move
    }
    fx.heap.collectFull();
    assertEquals(i(8), get.execute(fx.ref(o)));
    assertTrue(put.execute(fx.ref(o), i(9)));
    assertEquals(i(9), m.get(fx.ref(o), "c"));
  }

  @Test
  void putAddsPropertiesThroughCachedTransitions() {
    PutPropertyNode put = PutPropertyNode.create(m, "z");
    int a = fx.object("x");
    int b = fx.object("x");
    assertTrue(put.execute(fx.ref(a), i(1)));
    assertTrue(active(put, "doAddField"));
    assertTrue(put.execute(fx.ref(b), i(2)));
    assertEquals(1, instances(put, "doAddField"));
    assertSame(m.shapeOf(fx.ref(a)), m.shapeOf(fx.ref(b)));
    assertEquals(i(2), m.get(fx.ref(b), "z"));
    // Out-of-object: needs a property-array slot, allocated by the generic path first.
    PutPropertyNode put5 = PutPropertyNode.create(m, "fifth");
    int c = fx.object("a", "b", "c", "d");
    int d = fx.object("a", "b", "c", "d");
    assertTrue(put5.execute(fx.ref(c), i(5)));
    assertTrue(put5.execute(fx.ref(d), i(6)));
    fx.heap.collectYoung();
    assertEquals(i(5), m.get(fx.ref(c), "fifth"));
    assertEquals(i(6), m.get(fx.ref(d), "fifth"));
  }

  @Test
  void putRespectsReadOnlyAndSetters() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.define(fx.ref(proto), "ro", i(1), Property.ENUMERABLE);
    int o = fx.keep(m.newObject(fx.ref(proto)));
    PutPropertyNode put = PutPropertyNode.create(m, "ro");
    assertFalse(put.execute(fx.ref(o), i(2)));
    assertFalse(m.hasOwn(fx.ref(o), "ro"));
    int frozen = fx.object("f");
    m.freeze(fx.ref(frozen));
    PutPropertyNode putF = PutPropertyNode.create(m, "f");
    assertFalse(putF.execute(fx.ref(frozen), i(3)));
    assertEquals(i(0), m.get(fx.ref(frozen), "f"));
    // A read-only property appearing on the prototype after caching an add must be honoured.
    int proto2 = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto2), "unrelated", i(0));
    int p = fx.keep(m.newObject(fx.ref(proto2)));
    int q = fx.keep(m.newObject(fx.ref(proto2)));
    PutPropertyNode putK = PutPropertyNode.create(m, "k");
    assertTrue(putK.execute(fx.ref(p), i(1)));
    m.define(fx.ref(proto2), "k", i(0), Property.ENUMERABLE);
    assertFalse(putK.execute(fx.ref(q), i(1)));
  }

  @Test
  void putGoesMegamorphic() {
    PutPropertyNode put = PutPropertyNode.create(m, "x");
    for (int n = 0; n < PropertyAccessNode.CACHE_LIMIT * 3 + 1; n++) {
      int o = fx.object("q" + n);
      assertTrue(put.execute(fx.ref(o), i(n)));
      assertEquals(i(n), m.get(fx.ref(o), "x"));
    }
    assertTrue(active(put, "doGeneric"));
  }

  @Test
  void hasDeleteAndDefine() {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto), "inherited", i(1));
    int o = fx.keep(m.newObject(fx.ref(proto)));
    m.put(fx.ref(o), "own", i(2));
    HasPropertyNode hasOwn = HasPropertyNode.create(m, "own");
    HasPropertyNode hasInh = HasPropertyNode.create(m, "inherited");
    HasPropertyNode hasNot = HasPropertyNode.create(m, "nope");
    assertTrue(hasOwn.execute(fx.ref(o)));
    assertTrue(hasInh.execute(fx.ref(o)));
    assertFalse(hasNot.execute(fx.ref(o)));
    assertTrue(active(hasOwn, "doOwn"));
    assertTrue(active(hasInh, "doChain"));
    m.put(fx.ref(proto), "nope", i(0));
    assertTrue(hasNot.execute(fx.ref(o)), "prototype change invalidates the cached answer");

    DeletePropertyNode del = DeletePropertyNode.create(m, "own");
    assertTrue(del.execute(fx.ref(o)));
    assertTrue(active(del, "doLastAdded"));
    assertFalse(m.hasOwn(fx.ref(o), "own"));
    assertTrue(del.execute(fx.ref(o)));
    assertTrue(active(del, "doAbsent"));
    int two = fx.object("own", "later");
    assertTrue(del.execute(fx.ref(two)), "not last-added: generic, dictionary mode");
    assertTrue(m.isDictionaryMode(fx.ref(two)));

    DefinePropertyNode def = DefinePropertyNode.create(m, "c", Property.ENUMERABLE);
    int x = fx.object("a");
    int y = fx.object("a");
    assertTrue(def.execute(fx.ref(x), i(1)));
    assertTrue(def.execute(fx.ref(y), i(2)));
    assertTrue(active(def, "doAdd"));
    assertFalse(m.getOwnProperty(fx.ref(y), "c").isWritable());
    assertFalse(def.execute(fx.ref(y), i(3)), "non-configurable, non-writable: value fixed");
    DefinePropertyNode defW = DefinePropertyNode.create(m, "w", Property.DEFAULT);
    assertTrue(defW.execute(fx.ref(x), i(1)));
    assertTrue(defW.execute(fx.ref(x), i(2)));
    assertTrue(active(defW, "doExisting"));
    assertEquals(i(2), m.get(fx.ref(x), "w"));
  }

  @Test
  void arrayLengthAndIndexKeysThroughNamedNodes() {
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 4));
    m.putElement(fx.ref(arr), 0, i(10));
    GetPropertyNode len = GetPropertyNode.create(m, "length");
    assertEquals(i(1), len.execute(fx.ref(arr)));
    assertTrue(active(len, "doArrayLength"));
    GetPropertyNode zero = GetPropertyNode.create(m, "0");
    assertEquals(i(10), zero.execute(fx.ref(arr)));
    PutPropertyNode putLen = PutPropertyNode.create(m, "length");
    assertTrue(putLen.execute(fx.ref(arr), i(0)));
    assertEquals(i(0), len.execute(fx.ref(arr)));
  }

  @Test
  void accessorsAreCachedOwnAndOnThePrototypeChain() {
    m.setAccessorInvoker(
        new org.jsheap.shapes.AccessorInvoker() {
          @Override
          public long callGetter(long getter, long receiver) {
            return i(ValueCodec.asInt(getter) + 1000);
          }

          @Override
          public void callSetter(long setter, long receiver, long value) {
            m.put(receiver, "seen", value);
          }
        });
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.defineAccessor(fx.ref(proto), "p", i(1), i(2), Property.DEFAULT);
    int o = fx.keep(m.newObject(fx.ref(proto)));
    int own = fx.object("a");
    m.defineAccessor(fx.ref(own), "p", i(5), ValueCodec.UNDEFINED, Property.DEFAULT);
    GetPropertyNode get = GetPropertyNode.create(m, "p");
    assertEquals(i(1001), get.execute(fx.ref(o)));
    assertTrue(active(get, "doPrototypeChain"), "inherited getter cached");
    assertEquals(i(1005), get.execute(fx.ref(own)));
    assertTrue(active(get, "doOwnAccessor"), "own getter cached");
    PutPropertyNode put = PutPropertyNode.create(m, "p");
    assertTrue(put.execute(fx.ref(o), i(77)));
    assertEquals(i(77), m.get(fx.ref(o), "seen"), "inherited setter called with the receiver");
    assertFalse(m.hasOwn(fx.ref(o), "p"));
    assertFalse(put.execute(fx.ref(own), i(1)), "getter-only");
    m.defineAccessor(fx.ref(proto), "p", i(3), i(2), Property.DEFAULT);
    assertEquals(i(1003), get.execute(fx.ref(o)), "redefinition invalidates the cached getter");
  }
}
