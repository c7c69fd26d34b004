package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The property semantics every object representation must share, run against fast-mode objects,
 * dictionary-mode objects, arrays, and Truffle's {@code DynamicObject} as a reference (for the part
 * both support; JavaScript-only rules are skipped where {@link #jsSemantics()} is false). Values
 * are Java boxes: Integer, Double, Boolean, {@link #UNDEFINED}. Keys are strings or {@link
 * SymbolKey}s.
 */
abstract class AbstractPropertySemanticsContract {
  static final Object UNDEFINED =
      new Object() {
        @Override
        public String toString() {
          return "undefined";
        }
      };

  /** One object under test. */
  interface Subject {
    Object get(Object key);

    void put(Object key, Object value);

    boolean has(Object key);

    boolean delete(Object key);

    void define(Object key, Object value, int flags);

    int flags(Object key);

    /** Own keys (strings, then symbols), in the representation's enumeration order. */
    List<Object> keys();

    /** Forces a collection (a no-op where there is no heap). */
    void collect();
  }

  abstract Subject newSubject();

  /** Whether the representation enforces JavaScript attribute and key-order rules itself. */
  boolean jsSemantics() {
    return true;
  }

  @Test
  void putThenGet() {
    Subject o = newSubject();
    o.put("a", 1);
    o.put("b", 2.5);
    o.put("c", true);
    assertEquals(1, o.get("a"));
    assertEquals(2.5, o.get("b"));
    assertEquals(true, o.get("c"));
    assertEquals(UNDEFINED, o.get("missing"));
    assertTrue(o.has("a"));
    assertFalse(o.has("missing"));
  }

  @Test
  void overwriteKeepsPositionAndChangesType() {
    Subject o = newSubject();
    o.put("x", 1);
    o.put("y", 2);
    o.put("x", 1.5);
    o.put("x", false);
    assertEquals(false, o.get("x"));
    assertEquals(List.of("x", "y"), o.keys());
  }

  @Test
  void deleteInTheMiddleKeepsTheOrderOfTheRest() {
    Subject o = newSubject();
    for (String k : List.of("a", "b", "c", "d")) {
      o.put(k, k.charAt(0) - 'a');
    }
    assertTrue(o.delete("b"));
    assertFalse(o.has("b"));
    assertEquals(UNDEFINED, o.get("b"));
    assertEquals(List.of("a", "c", "d"), o.keys());
    o.put("b", 9);
    assertEquals(List.of("a", "c", "d", "b"), o.keys());
    assertEquals(9, o.get("b"));
    assertEquals(3, o.get("d"));
  }

  @Test
  void deleteLastAndAbsent() {
    Subject o = newSubject();
    o.put("a", 1);
    o.put("b", 2);
    assertTrue(o.delete("b"));
    assertTrue(o.delete("nothing"));
    assertEquals(List.of("a"), o.keys());
    o.put("b", 3);
    assertEquals(3, o.get("b"));
  }

  @Test
  void manyPropertiesSurviveCollections() {
    Subject o = newSubject();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      o.put("p" + i, i % 3 == 0 ? (Object) (i * 0.5) : (Object) i);
      expected.add("p" + i);
      if (i % 17 == 0) {
        o.collect();
      }
    }
    o.collect();
    assertEquals(expected, o.keys());
    for (int i = 0; i < 100; i++) {
      assertEquals(i % 3 == 0 ? (Object) (i * 0.5) : (Object) i, o.get("p" + i), "p" + i);
    }
  }

  @Test
  void defineRecordsAttributes() {
    Subject o = newSubject();
    o.define("ro", 1, Property.ENUMERABLE);
    o.define("hidden", 2, Property.WRITABLE | Property.CONFIGURABLE);
    o.put("plain", 3);
    assertEquals(Property.ENUMERABLE, o.flags("ro"));
    assertEquals(Property.WRITABLE | Property.CONFIGURABLE, o.flags("hidden"));
    assertEquals(Property.DEFAULT, o.flags("plain"));
    assertEquals(1, o.get("ro"));
    assertEquals(List.of("ro", "hidden", "plain"), o.keys());
  }

  @Test
  void redefineChangesAttributesInPlace() {
    Subject o = newSubject();
    o.put("a", 1);
    o.put("b", 2);
    o.define("a", 5, Property.WRITABLE);
    assertEquals(Property.WRITABLE, o.flags("a"));
    assertEquals(5, o.get("a"));
    assertEquals(List.of("a", "b"), o.keys());
  }

  @Test
  void readOnlyAndNonConfigurableAreEnforced() {
    assumeTrue(jsSemantics());
    Subject o = newSubject();
    o.define("k", 1, Property.ENUMERABLE);
    o.put("k", 2);
    assertEquals(1, o.get("k"));
    assertFalse(o.delete("k"));
    assertTrue(o.has("k"));
  }

  @Test
  void integerKeysEnumerateFirstInAscendingOrder() {
    assumeTrue(jsSemantics());
    Subject o = newSubject();
    o.put("b", 1);
    o.put("10", 2);
    o.put("a", 3);
    o.put("2", 4);
    o.put("01", 5);
    assertEquals(List.of("2", "10", "b", "a", "01"), o.keys());
    assertEquals(2, o.get("10"));
    assertTrue(o.delete("10"));
    assertEquals(List.of("2", "b", "a", "01"), o.keys());
  }

  @Test
  void symbolKeysAreDistinctFromStringsAndFromEachOther() {
    Subject o = newSubject();
    SymbolKey a = new SymbolKey("a");
    SymbolKey otherA = new SymbolKey("a");
    o.put("a", 1);
    o.put(a, 2);
    assertEquals(1, o.get("a"));
    assertEquals(2, o.get(a));
    assertEquals(UNDEFINED, o.get(otherA));
    assertTrue(o.has(a));
    assertFalse(o.has(otherA));
    o.put(otherA, 3.5);
    assertEquals(2, o.get(a));
    assertEquals(3.5, o.get(otherA));
    o.put(a, false);
    assertEquals(false, o.get(a));
  }

  @Test
  void symbolKeysDeleteDefineAndSurviveCollections() {
    Subject o = newSubject();
    List<SymbolKey> symbols = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      SymbolKey s = new SymbolKey("s" + i);
      symbols.add(s);
      o.put(s, i);
      if (i % 7 == 0) {
        o.collect();
      }
    }
    assertTrue(o.delete(symbols.get(3)));
    assertFalse(o.has(symbols.get(3)));
    o.define(symbols.get(5), 50, Property.ENUMERABLE);
    o.collect();
    assertEquals(Property.ENUMERABLE, o.flags(symbols.get(5)));
    assertEquals(50, o.get(symbols.get(5)));
    for (int i = 0; i < 20; i++) {
      assertEquals(i == 3 ? UNDEFINED : i == 5 ? (Object) 50 : (Object) i, o.get(symbols.get(i)));
    }
    List<Object> expected = new ArrayList<>(symbols);
    expected.remove(3);
    assertEquals(expected, o.keys());
  }

  @Test
  void symbolsEnumerateAfterStringsInInsertionOrder() {
    assumeTrue(jsSemantics());
    Subject o = newSubject();
    SymbolKey s1 = new SymbolKey("first");
    SymbolKey s2 = new SymbolKey(null);
    o.put(s1, 1);
    o.put("b", 2);
    o.put("7", 3);
    o.put(s2, 4);
    o.put("a", 5);
    assertEquals(List.of("7", "b", "a", s1, s2), o.keys());
    assertTrue(o.delete(s1));
    o.put(s1, 6);
    assertEquals(List.of("7", "b", "a", s2, s1), o.keys());
  }

  @Test
  void symbolKeysAreNeverArrayIndices() {
    assumeTrue(jsSemantics());
    Subject o = newSubject();
    SymbolKey zero = new SymbolKey("0");
    o.put(zero, 1);
    assertEquals(UNDEFINED, o.get("0"));
    assertEquals(1, o.get(zero));
    assertEquals(List.of(zero), o.keys());
  }
}
