package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Math functions whose JavaScript semantics differ from java.lang.Math; values from GraalJS. */
class JsMathTest {

  @Test
  void roundIsFloorOfXPlusHalfKeepingNegativeZero() {
    assertEquals(-0.0, JsMath.round(-0.5));
    assertEquals(3.0, JsMath.round(2.5));
    assertEquals(-2.0, JsMath.round(-2.5));
    assertEquals(0.0, JsMath.round(0.49999999999999994));
    assertEquals(-0.0, JsMath.round(-0.0));
    assertEquals(-0.0, JsMath.round(-0.2));
    assertEquals(4503599627370496.0, JsMath.round(4503599627370495.5));
    assertEquals(-4503599627370495.0, JsMath.round(-4503599627370495.5));
    assertEquals(Double.NaN, JsMath.round(Double.NaN));
    assertEquals(1e300, JsMath.round(1e300));
  }

  @Test
  void signTruncAndHypot() {
    assertEquals(-1.0, JsMath.sign(-3));
    assertEquals(0.0, JsMath.sign(0));
    assertEquals(-0.0, JsMath.sign(-0.0));
    assertEquals(Double.NaN, JsMath.sign(Double.NaN));
    assertEquals(-0.0, JsMath.trunc(-0.5));
    assertEquals(4.0, JsMath.trunc(4.7));
    assertEquals(0.0, JsMath.hypot(new double[0]));
    assertEquals(5.0, JsMath.hypot(new double[] {3, 4}));
    assertEquals(
        Double.POSITIVE_INFINITY,
        JsMath.hypot(new double[] {Double.NaN, Double.NEGATIVE_INFINITY}));
    assertEquals(Double.NaN, JsMath.hypot(new double[] {Double.NaN, 1}));
    assertEquals(1.414213562373095e+200, JsMath.hypot(new double[] {1e200, 1e200}));
    assertEquals(0.0, JsMath.hypot(new double[] {-0.0}));
    assertEquals(3.741657386773941, JsMath.hypot(new double[] {1, 2, 3}));
  }

  @Test
  void hyperbolicInversesAndLogs() {
    assertEquals(0.881373587019543, JsMath.asinh(1));
    assertEquals(-0.0, JsMath.asinh(-0.0));
    assertEquals(-691.4686750787736, JsMath.asinh(-1e300));
    assertEquals(0.0, JsMath.acosh(1));
    assertEquals(1.3169578969248166, JsMath.acosh(2));
    assertEquals(Double.NaN, JsMath.acosh(0.5));
    assertEquals(0.5493061443340548, JsMath.atanh(0.5));
    assertEquals(-0.0, JsMath.atanh(-0.0));
    assertEquals(Double.POSITIVE_INFINITY, JsMath.atanh(1));
    assertEquals(3.0, JsMath.log2(8));
    assertEquals(1.584962500721156, JsMath.log2(3));
    assertEquals(-1022.0, JsMath.log2(Double.MIN_NORMAL));
    assertEquals(Double.NEGATIVE_INFINITY, JsMath.log2(0));
    assertEquals(Double.POSITIVE_INFINITY, JsMath.log2(Double.POSITIVE_INFINITY));
    assertEquals(10.0, JsMath.log2(1024));
    assertEquals(2.321928094887362, JsMath.log2(5));
    assertEquals(3.321928094887362, JsMath.log2(10));
    assertEquals(13.591639216030144, JsMath.log2(12345));
    assertEquals(-3.0, JsMath.log2(0.125));
    assertEquals(Double.NaN, JsMath.log2(-1));
    assertEquals(-1074.0, JsMath.log2(Double.MIN_VALUE));
  }

  @Test
  void integerFunctions() {
    assertEquals(31, JsMath.clz32(1));
    assertEquals(32, JsMath.clz32(0));
    assertEquals(0, JsMath.clz32(-1));
    assertEquals(-5, JsMath.imul(0xffffffffL, 5));
    assertEquals(12, JsMath.imul(3, 4));
    assertEquals(5.050000190734863, JsMath.fround(5.05));
  }
}
