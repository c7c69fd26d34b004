package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** String helpers; expectations printed by GraalJS 25.0.1 for the same calls. */
class StringAlgorithmsTest {

  @Test
  void caseMappingIsLocaleIndependentAndFull() {
    assertEquals("SS", StringAlgorithms.toUpperCase("ß"));
    assertEquals(2, StringAlgorithms.toLowerCase("\u0130").length());
    assertEquals("ας", StringAlgorithms.toLowerCase("ΑΣ"));
    assertEquals("abc", StringAlgorithms.toLowerCase("ABC"));
  }

  @Test
  void localeCompareOrdersLikeACollator() {
    assertEquals(-1, StringAlgorithms.localeCompare("a", "B"));
    assertEquals(-1, StringAlgorithms.localeCompare("a", "A"));
    assertEquals(1, StringAlgorithms.localeCompare("B", "a"));
    assertEquals(0, StringAlgorithms.localeCompare("a", "a"));
    assertEquals(1, StringAlgorithms.localeCompare("résumé", "resume"));
    assertEquals(-1, StringAlgorithms.localeCompare("10", "9"));
  }

  @Test
  void padAndRepeat() {
    assertEquals("121abc", StringAlgorithms.pad("abc", 6, "12", true));
    assertEquals("abc", StringAlgorithms.pad("abc", 6, "", false));
    assertEquals("abc", StringAlgorithms.pad("abc", 2, " ", true));
    assertEquals("abc     ", StringAlgorithms.pad("abc", 8, " ", false));
    assertEquals("ababab", StringAlgorithms.repeat("ab", 3));
    assertEquals("", StringAlgorithms.repeat("", 1_000_000_000));
    assertTrue(StringAlgorithms.isValidRepeatCount(0));
    assertFalse(StringAlgorithms.isValidRepeatCount(-1));
    assertFalse(StringAlgorithms.isValidRepeatCount(Double.POSITIVE_INFINITY));
    assertEquals("illegal repeat count", StringAlgorithms.REPEAT_RANGE_ERROR);
  }

  @Test
  void indexHelpers() {
    assertEquals(2, StringAlgorithms.lastIndexOf("abcabc", "c", 4));
    assertEquals(6, StringAlgorithms.lastIndexOf("abcabc", "", 99));
    assertEquals(-1, StringAlgorithms.lastIndexOf("abcabc", "c", -5));
    assertEquals(5, StringAlgorithms.lastIndexOf("abcabc", "c", Double.NaN));
    assertEquals(3, StringAlgorithms.indexOf("abc", "", 10));
    assertEquals(-1, StringAlgorithms.indexOf("abc", "a", 1));
    assertEquals(0, StringAlgorithms.indexOf("abc", "a", -5));
    assertEquals(4, StringAlgorithms.relativeIndex(-2, 6));
    assertEquals(0, StringAlgorithms.relativeIndex(Double.NEGATIVE_INFINITY, 6));
    assertEquals(6, StringAlgorithms.relativeIndex(99, 6));
    assertEquals(3, StringAlgorithms.clampIndex(3.7, 6));
    assertEquals(0, StringAlgorithms.clampIndex(Double.NaN, 6));
    assertEquals("de", StringAlgorithms.substr("abcdef", -3, 2));
    assertEquals("", StringAlgorithms.substr("abcdef", 2, -1));
    assertEquals("cdef", StringAlgorithms.substr("abcdef", 2, Double.POSITIVE_INFINITY));
  }

  @Test
  void fromCharCodeWrapsToUint16() {
    assertEquals("Hi!", StringAlgorithms.fromCharCodes(new double[] {72, 105, 65536 + 33}));
    assertEquals("\uffff", StringAlgorithms.fromCharCodes(new double[] {-1}));
  }
}
