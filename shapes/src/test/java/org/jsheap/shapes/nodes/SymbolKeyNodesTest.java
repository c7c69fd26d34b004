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
import org.jsheap.shapes.SymbolKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property nodes with symbol keys: the same cache states as string keys. */
class SymbolKeyNodesTest {
  final NodeFixture fx = new NodeFixture();
  final ObjectModel m = fx.model;
  final SymbolKey sym = new SymbolKey("sym");

  @AfterEach
  void close() {
    fx.close();
  }

  private int objectWith(Object... keys) {
    int o = fx.keep(m.newObject(ValueCodec.NULL));
    for (int k = 0; k < keys.length; k++) {
      m.put(fx.ref(o), keys[k], i(k));
    }
    return o;
  }

  @Test
  void getCachesOwnFieldsPolymorphicThenMegamorphic() {
    GetPropertyNode get = GetPropertyNode.create(m, sym);
    assertSame(sym, get.key());
    int a = objectWith(sym);
    assertEquals(i(0), get.execute(fx.ref(a)));
    assertEquals(1, instances(get, "doOwnField"));
    int b = objectWith("sym", sym);
    assertEquals(i(1), get.execute(fx.ref(b)), "the string 'sym' is another key");
    assertEquals(2, instances(get, "doOwnField"));
    fx.heap.collectFull();
    assertEquals(i(0), get.execute(fx.ref(a)));
    for (int n = 0; n < PropertyAccessNode.CACHE_LIMIT + 1; n++) {
      Object[] keys = new Object[n + 2];
      for (int k = 0; k <= n; k++) {
        keys[k] = new SymbolKey("filler");
      }
      keys[n + 1] = sym;
      int o = objectWith(keys);
      assertEquals(i(n + 1), get.execute(fx.ref(o)));
    }
    assertTrue(active(get, "doMegamorphic"));
    get.execute(fx.ref(b));
    long hits = m.megamorphicCache().hits();
    assertEquals(i(1), get.execute(fx.ref(b)));
    assertTrue(m.megamorphicCache().hits() > hits, "the megamorphic cache hashes symbol keys");
    GetPropertyNode other = GetPropertyNode.create(m, new SymbolKey("sym"));
    assertEquals(ValueCodec.UNDEFINED, other.execute(fx.ref(b)), "same description, other key");
  }

  @Test
  void putAddsThenWritesAndPrototypeReadsAreCached() {
    PutPropertyNode put = PutPropertyNode.create(m, sym);
    int a = fx.keep(m.newObject(ValueCodec.NULL));
    int b = fx.keep(m.newObject(ValueCodec.NULL));
    assertTrue(put.execute(fx.ref(a), i(1)));
    assertTrue(active(put, "doAddField"));
    assertTrue(put.execute(fx.ref(b), i(2)));
    assertTrue(put.execute(fx.ref(a), i(3)));
    assertTrue(active(put, "doExistingField"));
    assertEquals(i(3), m.get(fx.ref(a), sym));
    assertEquals(i(2), m.get(fx.ref(b), sym));

    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.put(fx.ref(proto), sym, i(7));
    int child = fx.keep(m.newObject(fx.ref(proto)));
    GetPropertyNode get = GetPropertyNode.create(m, sym);
    assertEquals(i(7), get.execute(fx.ref(child)));
    assertTrue(active(get, "doPrototypeChain"));
    m.put(fx.ref(proto), sym, i(8));
    assertEquals(i(8), get.execute(fx.ref(child)), "a constant prototype value is invalidated");
  }

  @Test
  void megamorphicPutProbesSymbolKeysAndKeepsThemApartFromStrings() {
    PutPropertyNode put = PutPropertyNode.create(m, sym);
    int[] objs = new int[PropertyAccessNode.CACHE_LIMIT + 2];
    for (int n = 0; n < objs.length; n++) {
      Object[] keys = new Object[n + 2];
      for (int k = 0; k <= n; k++) {
        keys[k] = "w" + k;
      }
      keys[n + 1] = sym;
      objs[n] = objectWith(keys);
      assertTrue(put.execute(fx.ref(objs[n]), i(100 + n)));
    }
    assertTrue(active(put, "doGeneric"));
    int o = objs[0];
    assertTrue(put.execute(fx.ref(o), i(1)));
    long hits = m.megamorphicCache().hits();
    assertTrue(put.execute(fx.ref(o), i(2)));
    assertTrue(m.megamorphicCache().hits() > hits, "the write probe hit");
    assertEquals(i(2), m.get(fx.ref(o), sym));
    assertEquals(ValueCodec.UNDEFINED, m.get(fx.ref(o), "sym"));
    int d = objectWith("x", sym, "y");
    m.delete(fx.ref(d), "x");
    assertTrue(put.execute(fx.ref(d), i(3)), "a dictionary entry");
    assertEquals(i(3), m.get(fx.ref(d), sym));
  }

  @Test
  void hasDeleteAndDefineTakeSymbolKeys() {
    int o = objectWith("a", sym, "b");
    HasPropertyNode has = HasPropertyNode.create(m, sym);
    assertTrue(has.execute(fx.ref(o)));
    DeletePropertyNode delete = DeletePropertyNode.create(m, sym);
    assertTrue(delete.execute(fx.ref(o)));
    assertFalse(has.execute(fx.ref(o)));
    assertTrue(m.isDictionaryMode(fx.ref(o)), "deleting a middle symbol normalizes");
    DefinePropertyNode define = DefinePropertyNode.create(m, sym, Property.ENUMERABLE);
    assertTrue(define.execute(fx.ref(o), i(5)));
    assertEquals(i(5), m.get(fx.ref(o), sym));
    assertEquals(Property.ENUMERABLE, m.getOwnProperty(fx.ref(o), sym).flags());
    assertEquals(java.util.List.of("a", "b"), m.ownKeys(fx.ref(o)));
    assertEquals(java.util.List.of(sym), m.ownSymbolKeys(fx.ref(o)));
  }
}
