package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Computed keys ({@code o[k]}): canonical forms, and no interning per access of a seen key. */
class PropertyKeysTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  /** An equal string that is not the interned instance, as a runtime's computed key would be. */
  private static String computed(String s) {
    String c = new StringBuilder(s).toString();
    assertNotSame(s.intern(), c);
    return c;
  }

  @Test
  void canonicalFormsAreTheInternedStringOrTheSymbolItself() {
    PropertyKeys keys = m.keys();
    assertSame("alpha", keys.canonical(computed("alpha")));
    SymbolKey s = new SymbolKey("alpha");
    assertSame(s, keys.canonical(s));
    assertThrows(ObjectModelException.class, () -> keys.canonical(42));
    assertEquals(-1, PropertyKeys.arrayIndex((Object) s));
    assertEquals(12, PropertyKeys.arrayIndex((Object) "12"));
  }

  @Test
  void aSeenComputedKeyIsNotInternedAgainOnAnyGenericPath() {
    int o = fx.newObject();
    int d = fx.newObject();
    m.put(fx.ref(o), "alpha", i(1));
    m.put(fx.ref(d), "alpha", i(2));
    m.put(fx.ref(d), "beta", i(3));
    m.delete(fx.ref(d), "alpha");
    m.put(fx.ref(d), "alpha", i(2));
    assertTrue(m.isDictionaryMode(fx.ref(d)));
    int arr = fx.keep(m.newArray(ValueCodec.NULL, 16));
    m.putElement(fx.ref(arr), 12, i(5));
    String reused = computed("alpha");
    long before = m.keys().internCount();
    for (int n = 0; n < 100; n++) {
      String k = n % 2 == 0 ? reused : computed("alpha");
      assertEquals(i(1), m.get(fx.ref(o), k));
      assertEquals(i(2), m.get(fx.ref(d), k));
      assertTrue(m.has(fx.ref(o), k));
      assertTrue(m.hasOwn(fx.ref(d), k));
      assertTrue(m.put(fx.ref(o), k, i(1)));
      assertTrue(m.put(fx.ref(d), k, i(2)));
      assertTrue(m.define(fx.ref(o), k, i(1), Property.DEFAULT));
      assertEquals(Property.DEFAULT, m.getOwnProperty(fx.ref(d), k).flags());
      assertEquals(i(5), m.get(fx.ref(arr), computed("12")));
      assertTrue(m.put(fx.ref(arr), computed("12"), i(5)));
    }
    assertEquals(0, m.keys().internCount() - before, "interned a key it had seen");
  }

  @Test
  void manyDistinctKeysStayCorrect() {
    int o = fx.newObject();
    m.toDictionaryMode(fx.ref(o));
    for (int n = 0; n < 5000; n++) {
      m.put(fx.ref(o), "k" + n, i(n));
    }
    for (int n = 0; n < 5000; n += 7) {
      assertEquals(i(n), m.get(fx.ref(o), computed("k" + n)));
    }
    assertSame("k4999", m.ownKeys(fx.ref(o)).get(4999));
  }
}
