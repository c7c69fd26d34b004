package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueCodecTest {

  private static final long[] NAN_BITS = {
    0x7FF8_0000_0000_0000L, // the canonical quiet NaN
    0x7FF0_0000_0000_0001L, // signalling NaN
    0x7FFF_FFFF_FFFF_FFFFL, // quiet NaN with payload
    0xFFF8_0000_0000_0000L, // negative quiet NaN: would collide with the int tag space
    0xFFF9_0000_0000_0007L, // a NaN whose bits equal the encoding of int 7
    0xFFFD_0000_0000_0010L, // a NaN whose bits equal a reference
    0xFFFF_FFFF_FFFF_FFFFL, // all ones: the poison tag
  };

  @Test
  void everyNanIsCanonicalised() {
    for (long bits : NAN_BITS) {
      double nan = Double.longBitsToDouble(bits);
      long value = ValueCodec.fromDouble(nan);
      assertEquals(ValueCodec.CANONICAL_NAN, value, Long.toHexString(bits));
      assertTrue(ValueCodec.isDouble(value));
      assertFalse(ValueCodec.isInt(value));
      assertFalse(ValueCodec.isReference(value));
      assertFalse(ValueCodec.isPoison(value));
      assertTrue(Double.isNaN(ValueCodec.asDouble(value)));
      assertEquals(ValueCodec.CANONICAL_NAN, ValueCodec.fromNumber(nan), Long.toHexString(bits));
    }
  }

  @Test
  void negativeZeroStaysADouble() {
    long viaDouble = ValueCodec.fromDouble(-0.0);
    assertTrue(ValueCodec.isDouble(viaDouble));
    assertEquals(0x8000_0000_0000_0000L, viaDouble);
    long viaNumber = ValueCodec.fromNumber(-0.0);
    assertTrue(ValueCodec.isDouble(viaNumber), ValueCodec.describe(viaNumber));
    assertFalse(ValueCodec.isInt(viaNumber));
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(ValueCodec.asDouble(viaNumber)));
    assertEquals(
        Double.doubleToRawLongBits(-0.0),
        Double.doubleToRawLongBits(ValueCodec.asNumber(viaNumber)));
  }

  @Test
  void positiveZeroBecomesInt() {
    long zero = ValueCodec.fromNumber(0.0);
    assertTrue(ValueCodec.isInt(zero));
    assertEquals(0, ValueCodec.asInt(zero));
    assertNotEquals(zero, ValueCodec.fromNumber(-0.0));
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1, 0, 1, Integer.MAX_VALUE})
  void int32RoundTrips(int i) {
    long value = ValueCodec.fromInt(i);
    assertTrue(ValueCodec.isInt(value));
    assertFalse(ValueCodec.isDouble(value));
    assertTrue(ValueCodec.isNumber(value));
    assertEquals(i, ValueCodec.asInt(value));
    assertEquals((double) i, ValueCodec.asNumber(value));
    assertEquals(value, ValueCodec.fromNumber(i), "fromNumber of an int32-valued double");
  }

  @Test
  void fromNumberAtTheInt32Bounds() {
    long twoTo31 = ValueCodec.fromNumber(2147483648.0);
    assertTrue(ValueCodec.isDouble(twoTo31), ValueCodec.describe(twoTo31));
    assertEquals(2147483648.0, ValueCodec.asDouble(twoTo31));
    long belowMin = ValueCodec.fromNumber(-2147483649.0);
    assertTrue(ValueCodec.isDouble(belowMin));
    assertEquals(-2147483649.0, ValueCodec.asNumber(belowMin));
    assertTrue(ValueCodec.isInt(ValueCodec.fromNumber(2147483647.0)));
    assertTrue(ValueCodec.isInt(ValueCodec.fromNumber(-2147483648.0)));
    assertEquals(Integer.MIN_VALUE, ValueCodec.asInt(ValueCodec.fromNumber(-2147483648.0)));
    // (int) of these saturates or truncates; none may become an int.
    for (double d :
        new double[] {
          1.5, -1.5, 1e300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4294967296.0
        }) {
      long value = ValueCodec.fromNumber(d);
      assertTrue(ValueCodec.isDouble(value), d + " -> " + ValueCodec.describe(value));
      assertEquals(d, ValueCodec.asNumber(value));
    }
  }

  @Test
  void doublesKeepTheirBits() {
    for (double d :
        new double[] {
          0.0,
          1.0,
          -2.5,
          Double.MIN_VALUE,
          -Double.MIN_VALUE,
          Double.MAX_VALUE,
          -Double.MAX_VALUE,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY
        }) {
      long value = ValueCodec.fromDouble(d);
      assertTrue(ValueCodec.isDouble(value), Double.toString(d));
      assertTrue(ValueCodec.isNumber(value));
      assertEquals(Double.doubleToRawLongBits(d), value);
      assertEquals(d, ValueCodec.asDouble(value));
    }
  }

  @Test
  void booleans() {
    assertEquals(ValueCodec.TRUE, ValueCodec.fromBoolean(true));
    assertEquals(ValueCodec.FALSE, ValueCodec.fromBoolean(false));
    assertNotEquals(ValueCodec.TRUE, ValueCodec.FALSE);
    assertTrue(ValueCodec.asBoolean(ValueCodec.TRUE));
    assertFalse(ValueCodec.asBoolean(ValueCodec.FALSE));
    for (long b : new long[] {ValueCodec.TRUE, ValueCodec.FALSE}) {
      assertTrue(ValueCodec.isBoolean(b));
      assertFalse(ValueCodec.isDouble(b));
      assertFalse(ValueCodec.isInt(b));
      assertFalse(ValueCodec.isNumber(b));
    }
    assertFalse(ValueCodec.isBoolean(ValueCodec.fromInt(1)));
  }

  @Test
  void undefinedAndNullAreDistinct() {
    assertNotEquals(ValueCodec.UNDEFINED, ValueCodec.NULL);
    assertTrue(ValueCodec.isUndefined(ValueCodec.UNDEFINED));
    assertFalse(ValueCodec.isUndefined(ValueCodec.NULL));
    assertTrue(ValueCodec.isNull(ValueCodec.NULL));
    assertFalse(ValueCodec.isNull(ValueCodec.UNDEFINED));
    assertFalse(ValueCodec.isDouble(ValueCodec.UNDEFINED));
    assertFalse(ValueCodec.isDouble(ValueCodec.NULL));
    assertFalse(ValueCodec.isReference(ValueCodec.NULL));
  }

  @ParameterizedTest
  @ValueSource(longs = {8, 16, 4096, 0x7FFF_FFF8L, (1L << 48) - 8})
  void referencesRoundTrip(long address) {
    long value = ValueCodec.fromReference(address);
    assertTrue(ValueCodec.isReference(value));
    assertFalse(ValueCodec.isDouble(value));
    assertFalse(ValueCodec.isNumber(value));
    assertFalse(ValueCodec.isPoison(value));
    assertEquals(address, ValueCodec.asReference(value));
    assertEquals(value, ValueCodec.withAddress(address));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -8, 1, 4, 12, 4097, 1L << 48, (1L << 48) + 8, Long.MAX_VALUE, -1})
  void badReferencesAreRejected(long address) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValueCodec.fromReference(address));
    assertTrue(e.getMessage().contains(Long.toString(address)), e.getMessage());
  }

  @Test
  void immediates() {
    assertTrue(ValueCodec.isImmediate(ValueCodec.HOLE));
    assertEquals(0, ValueCodec.immediatePayload(ValueCodec.HOLE));
    long minusOne = ValueCodec.immediate(-1);
    assertTrue(ValueCodec.isImmediate(minusOne));
    assertEquals(-1, ValueCodec.immediatePayload(minusOne));
    assertFalse(ValueCodec.isReference(minusOne));
    assertFalse(ValueCodec.isPoison(minusOne));
    assertNotEquals(ValueCodec.HOLE, ValueCodec.UNDEFINED);
  }

  @Test
  void poisonIsDetectedAndIsNoOtherKind() {
    long p = ValueCodec.POISON;
    assertTrue(ValueCodec.isPoison(p));
    assertFalse(ValueCodec.isDouble(p));
    assertFalse(ValueCodec.isInt(p));
    assertFalse(ValueCodec.isBoolean(p));
    assertFalse(ValueCodec.isReference(p));
    assertFalse(ValueCodec.isImmediate(p));
    assertFalse(ValueCodec.isUndefined(p));
    assertFalse(ValueCodec.isNull(p));
    assertTrue(ValueCodec.describe(p).startsWith("poison"), ValueCodec.describe(p));
    assertFalse(ObjectHeader.isForwarded(p), "a poisoned header must not look forwarded");
    for (long v : sampleValues()) {
      assertFalse(ValueCodec.isPoison(v), ValueCodec.describe(v));
    }
  }

  @Test
  void everyEncodedValueHasExactlyOneKind() {
    for (long v : sampleValues()) {
      int kinds = 0;
      kinds += ValueCodec.isDouble(v) ? 1 : 0;
      kinds += ValueCodec.isInt(v) ? 1 : 0;
      kinds += ValueCodec.isBoolean(v) ? 1 : 0;
      kinds += ValueCodec.isUndefined(v) ? 1 : 0;
      kinds += ValueCodec.isNull(v) ? 1 : 0;
      kinds += ValueCodec.isReference(v) ? 1 : 0;
      kinds += ValueCodec.isImmediate(v) ? 1 : 0;
      assertEquals(1, kinds, ValueCodec.describe(v));
    }
  }

  @Test
  void describeNamesTheKind() {
    assertEquals("int 42", ValueCodec.describe(ValueCodec.fromInt(42)));
    assertEquals("double 1.5", ValueCodec.describe(ValueCodec.fromDouble(1.5)));
    assertEquals("true", ValueCodec.describe(ValueCodec.TRUE));
    assertEquals("false", ValueCodec.describe(ValueCodec.FALSE));
    assertEquals("undefined", ValueCodec.describe(ValueCodec.UNDEFINED));
    assertEquals("null", ValueCodec.describe(ValueCodec.NULL));
    assertEquals("ref @4096", ValueCodec.describe(ValueCodec.fromReference(4096)));
    assertEquals("immediate 3", ValueCodec.describe(ValueCodec.immediate(3)));
  }

  private static List<Long> sampleValues() {
    return List.of(
        ValueCodec.fromDouble(0.0),
        ValueCodec.fromDouble(-0.0),
        ValueCodec.fromDouble(Double.NaN),
        ValueCodec.fromDouble(Double.NEGATIVE_INFINITY),
        ValueCodec.fromDouble(-Double.MAX_VALUE),
        ValueCodec.fromInt(0),
        ValueCodec.fromInt(-1),
        ValueCodec.fromInt(Integer.MIN_VALUE),
        ValueCodec.TRUE,
        ValueCodec.FALSE,
        ValueCodec.UNDEFINED,
        ValueCodec.NULL,
        ValueCodec.fromReference(8),
        ValueCodec.fromReference((1L << 48) - 8),
        ValueCodec.HOLE,
        ValueCodec.immediate(-1));
  }
}
