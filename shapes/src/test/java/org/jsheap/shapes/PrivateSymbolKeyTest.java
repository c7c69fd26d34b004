package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A private symbol key holds a property that no own-key listing shows (internal slots). */
class PrivateSymbolKeyTest {
  @Test
  void privateKeysAreReadableButNeverListed() {
    try (HeapFixture fx = new HeapFixture()) {
      ObjectModel m = fx.model;
      SymbolKey hidden = SymbolKey.privateKey("[[Hidden]]");
      SymbolKey visible = new SymbolKey("visible");
      assertTrue(hidden.isPrivate());
      assertFalse(visible.isPrivate());
      int o = fx.newObject();
      m.put(fx.ref(o), "a", i(1));
      m.define(fx.ref(o), hidden, i(2), 0);
      m.put(fx.ref(o), visible, i(3));
      assertEquals(i(2), m.get(fx.ref(o), hidden));
      assertTrue(m.hasOwn(fx.ref(o), hidden));
      assertEquals(List.of(visible), m.ownSymbolKeys(fx.ref(o)));
      assertEquals(List.of("a", visible), m.ownPropertyKeys(fx.ref(o)));
      m.toDictionaryMode(fx.ref(o));
      assertEquals(List.of(visible), m.ownSymbolKeys(fx.ref(o)), "dictionary mode too");
      assertEquals(i(2), m.get(fx.ref(o), hidden));
    }
  }
}
