package org.jsheap.shapes.nodes;

import static org.jsheap.shapes.nodes.NodeFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.dsl.Introspection;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.SymbolKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Object.defineProperty on a (dictionary-mode) prototype with the same attributes but a new value
 * changes no structure, so only the entry's constant assumption tells a cached read that took the
 * old value as a constant.
 */
class PrototypeConstantRedefineTest {
  final NodeFixture fx = new NodeFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  private static boolean cachedConstant(GetPropertyNode get) {
    return ((PropertyAccessNode.ChainLookup)
            Introspection.getSpecialization(get, "doPrototypeChain").getCachedData(0).get(2))
        .constant;
  }

  private void redefineWithSameFlags(Object key) {
    int proto = fx.keep(m.newObject(ValueCodec.NULL));
    m.define(fx.ref(proto), key, i(1), Property.DEFAULT);
    int child = fx.keep(m.newObject(fx.ref(proto)));
    assertTrue(m.isDictionaryMode(fx.ref(proto)), "prototypes live in dictionary mode");
    GetPropertyNode get = GetPropertyNode.create(m, key);
    assertEquals(i(1), get.execute(fx.ref(child)));
    assertTrue(cachedConstant(get), "the site took the value as a constant");
    assertTrue(m.define(fx.ref(proto), key, i(2), Property.DEFAULT));
    assertEquals(i(2), get.execute(fx.ref(child)), "a stale constant after defineProperty");
    assertTrue(m.define(fx.ref(proto), key, i(3), Property.DEFAULT));
    assertEquals(i(3), get.execute(fx.ref(child)));
  }

  @Test
  void redefiningAStringKeyedPrototypeValueInvalidatesTheConstant() {
    redefineWithSameFlags("k");
  }

  @Test
  void redefiningASymbolKeyedPrototypeValueInvalidatesTheConstant() {
    redefineWithSameFlags(new SymbolKey("k"));
  }
}
