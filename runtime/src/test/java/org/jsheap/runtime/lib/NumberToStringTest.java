package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Number-to-string conversions against a table of expectations. Every expected string was printed
 * by GraalJS 25.0.1 (js-community) for the JavaScript expression the row transcribes, e.g. {@code
 * (0.1).toString(3)} or {@code (1.005).toFixed(2)}; a {@code null} digits argument stands for
 * {@code undefined}.
 */
class NumberToStringTest {

  @ParameterizedTest
  @MethodSource("shortest")
  void numberToStringIsShortestRoundTrip(double value, String expected) {
    assertEquals(expected, NumberToString.toString(value));
  }

  @ParameterizedTest
  @MethodSource("radix")
  void radixToStringMatchesGraalJs(double value, int radix, String expected) {
    assertEquals(expected, NumberToString.toString(value, radix));
  }

  @ParameterizedTest
  @MethodSource("fixed")
  void toFixedRoundsHalfUpExactly(double value, Integer digits, String expected) {
    assertEquals(expected, NumberToString.toFixed(value, digits == null ? 0 : digits));
  }

  @ParameterizedTest
  @MethodSource("exponential")
  void toExponentialMatchesGraalJs(double value, Integer digits, String expected) {
    String actual =
        digits == null
            ? NumberToString.toExponential(value)
            : NumberToString.toExponential(value, digits);
    assertEquals(expected, actual);
  }

  @ParameterizedTest
  @MethodSource("precision")
  void toPrecisionMatchesGraalJs(double value, Integer digits, String expected) {
    String actual =
        digits == null ? NumberToString.toString(value) : NumberToString.toPrecision(value, digits);
    assertEquals(expected, actual);
  }

  @Test
  void shortestDigitsRoundTripForRandomDoubles() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        continue;
      }
      String s = NumberToString.toString(d);
      assertEquals(d == 0 ? 0.0 : d, Double.parseDouble(s.replace("e+", "e")), s);
      assertFalse(s.endsWith(".0"), s);
    }
  }

  @Test
  void rangesAreExposedForTheBuiltinsRangeErrors() {
    assertTrue(NumberToString.isValidRadix(2));
    assertTrue(NumberToString.isValidRadix(36));
    assertFalse(NumberToString.isValidRadix(1));
    assertFalse(NumberToString.isValidRadix(37));
    assertTrue(NumberToString.isValidFractionDigits(0));
    assertTrue(NumberToString.isValidFractionDigits(100));
    assertFalse(NumberToString.isValidFractionDigits(-1));
    assertFalse(NumberToString.isValidFractionDigits(101));
    assertFalse(NumberToString.isValidFractionDigits(Double.POSITIVE_INFINITY));
    assertTrue(NumberToString.isValidPrecision(1));
    assertTrue(NumberToString.isValidPrecision(100));
    assertFalse(NumberToString.isValidPrecision(0));
    assertFalse(NumberToString.isValidPrecision(101));
    assertEquals(
        "toFixed() fraction digits need to be in range 0-100", NumberToString.TO_FIXED_RANGE_ERROR);
    assertThrows(IllegalArgumentException.class, () -> NumberToString.toFixed(1, 101));
    assertThrows(IllegalArgumentException.class, () -> NumberToString.toExponential(1, -1));
    assertThrows(IllegalArgumentException.class, () -> NumberToString.toPrecision(1, 0));
    assertThrows(IllegalArgumentException.class, () -> NumberToString.toString(1, 37));
  }

  private static Stream<Arguments> shortest() {
    return Stream.of(
        Arguments.of(0.1 + 0.2, "0.30000000000000004"),
        Arguments.of(1e21, "1e+21"),
        Arguments.of(1e21 - 65536, "1e+21"),
        Arguments.of(123e-20, "1.23e-18"),
        Arguments.of(0x1p53, "9007199254740992"),
        Arguments.of(-1e-7, "-1e-7"),
        Arguments.of(5e-324, "5e-324"),
        Arguments.of(Double.MAX_VALUE, "1.7976931348623157e+308"),
        Arguments.of(0.000001, "0.000001"),
        Arguments.of(0.0000001, "1e-7"),
        Arguments.of(1.5e-7, "1.5e-7"),
        Arguments.of(-0.0, "0"),
        Arguments.of(Double.NaN, "NaN"),
        Arguments.of(Double.NEGATIVE_INFINITY, "-Infinity"),
        Arguments.of(Double.POSITIVE_INFINITY, "Infinity"),
        Arguments.of(123456789012345680000.0, "123456789012345680000"),
        Arguments.of(1e-6, "0.000001"),
        Arguments.of(1.23e-5, "0.0000123"),
        Arguments.of(100.0, "100"),
        Arguments.of(-42.0, "-42"),
        Arguments.of(0.5, "0.5"),
        Arguments.of(1.0 / 3, "0.3333333333333333"),
        Arguments.of(0x1p31, "2147483648"),
        Arguments.of(1.7976931348623157e308, "1.7976931348623157e+308"),
        Arguments.of(2.2250738585072014e-308, "2.2250738585072014e-308"),
        Arguments.of(9007199254740993.0, "9007199254740992"),
        Arguments.of(4.35, "4.35"),
        Arguments.of(1e300, "1e+300"),
        Arguments.of(0.1, "0.1"),
        Arguments.of(100.5, "100.5"));
  }

  private static Stream<Arguments> radix() {
    return Stream.of(
        Arguments.of(25.0, 36, "p"),
        Arguments.of(0.5, 2, "0.1"),
        Arguments.of(255.0, 16, "ff"),
        Arguments.of(-255.0, 16, "-ff"),
        Arguments.of(0.1, 2, "0.0001100110011001100110011001100110011001100110011001101"),
        Arguments.of(0.1, 3, "0.0022002200220022002200220022002201"),
        Arguments.of(Math.PI, 16, "3.243f6a8885a3"),
        Arguments.of(1e21, 36, "5v1j4f4ds79m9s"),
        Arguments.of(
            0x1p60 + 7, 2, "1000000000000000000000000000000000000000000000000000000000000"),
        Arguments.of(123.456, 8, "173.3513615237574734"),
        Arguments.of(-0.75, 4, "-0.3"),
        Arguments.of(
            5e-324,
            2,
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"),
        Arguments.of(1.0 / 3, 3, "0.1"),
        Arguments.of(
            Double.MAX_VALUE,
            36,
            "1a1e4vngaiku6scyil2a1vcbg6qvbzjfseu5nty6qyr6ft0fmxyr3nmwlm21axdq6ed914edar7zmc0m6nphl75ran22ulsb7gk2x0w8eh76j4mr2dvcv9tlpr9qo3ap6my00o4k4hhs2393945uo1rspbz2qhhhvhwp0k4z956e50710y4rp9wvby29lpsvd8xlurk"),
        Arguments.of(3.14, 36, "3.51fu8n1fu9"),
        Arguments.of(1e-7, 36, "0.000061oezo085tj"),
        Arguments.of(0.999999999999, 5, "0.44444444444444444104304"),
        Arguments.of(Double.NaN, 2, "NaN"),
        Arguments.of(Double.NEGATIVE_INFINITY, 16, "-Infinity"),
        Arguments.of(-0.0, 2, "0"));
  }

  private static Stream<Arguments> fixed() {
    return Stream.of(
        Arguments.of(1.005, 2, "1.00"),
        Arguments.of(1.45, 1, "1.4"),
        Arguments.of(0.5, 0, "1"),
        Arguments.of(1.5, 0, "2"),
        Arguments.of(2.5, 0, "3"),
        Arguments.of(-1.5, 0, "-2"),
        Arguments.of(-0.0000001, 2, "-0.00"),
        Arguments.of(-0.0, 2, "0.00"),
        Arguments.of(1e21, 2, "1e+21"),
        Arguments.of(1.23e20, 2, "123000000000000000000.00"),
        Arguments.of(123.456, 10, "123.4560000000"),
        Arguments.of(0.1, 20, "0.10000000000000000555"),
        Arguments.of(
            0.1,
            100,
            "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"),
        Arguments.of(5e-324, 3, "0.000"),
        Arguments.of(1e-10, 5, "0.00000"),
        Arguments.of(12345.6789, null, "12346"),
        Arguments.of(Double.NaN, 2, "NaN"));
  }

  private static Stream<Arguments> exponential() {
    return Stream.of(
        Arguments.of(123.456, null, "1.23456e+2"),
        Arguments.of(123.456, 2, "1.23e+2"),
        Arguments.of(0.0, null, "0e+0"),
        Arguments.of(0.0, 3, "0.000e+0"),
        Arguments.of(-0.0, 2, "0.00e+0"),
        Arguments.of(1e21, null, "1e+21"),
        Arguments.of(5e-324, null, "5e-324"),
        Arguments.of(5e-324, 5, "4.94066e-324"),
        Arguments.of(1.25, 1, "1.3e+0"),
        Arguments.of(1.35, 1, "1.4e+0"),
        Arguments.of(-9.99, 1, "-1.0e+1"),
        Arguments.of(1.0, 0, "1e+0"),
        Arguments.of(0.000123, null, "1.23e-4"),
        Arguments.of(Double.MAX_VALUE, 20, "1.79769313486231570815e+308"),
        Arguments.of(Double.POSITIVE_INFINITY, 2, "Infinity"));
  }

  private static Stream<Arguments> precision() {
    return Stream.of(
        Arguments.of(123.456, 4, "123.5"),
        Arguments.of(123.456, 2, "1.2e+2"),
        Arguments.of(0.000123, 2, "0.00012"),
        Arguments.of(0.0000001234, 2, "1.2e-7"),
        Arguments.of(1e21, 3, "1.00e+21"),
        Arguments.of(123456.0, 6, "123456"),
        Arguments.of(123456.0, 7, "123456.0"),
        Arguments.of(123456.0, 5, "1.2346e+5"),
        Arguments.of(0.0, 5, "0.0000"),
        Arguments.of(-0.0, 1, "0"),
        Arguments.of(1.005, 3, "1.00"),
        Arguments.of(99.99, 3, "100"),
        Arguments.of(1e-6, 1, "0.000001"),
        Arguments.of(1e-7, 1, "1e-7"),
        Arguments.of(5e-324, 3, "4.94e-324"),
        Arguments.of(-1.5, 1, "-2"),
        Arguments.of(123.456, null, "123.456"),
        Arguments.of(
            1.0,
            100,
            "1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        Arguments.of(Double.NEGATIVE_INFINITY, 2, "-Infinity"),
        Arguments.of(Double.NaN, 0, "NaN"));
  }
}
