package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ToNumber(String), parseInt and parseFloat; every expectation was printed by GraalJS 25.0.1 for
 * the same string ({@code Number(s)}, {@code parseInt(s, r)}, {@code parseFloat(s)}).
 */
class StringToNumberTest {
  private static final String ALL_WHITESPACE =
      " \t\n\u000b\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

  @ParameterizedTest
  @MethodSource("toNumber")
  void toNumberFollowsStringNumericLiteral(String input, double expected) {
    assertEquals(expected, StringToNumber.toNumber(input), input);
  }

  private static Stream<Arguments> toNumber() {
    return Stream.of(
        Arguments.of("", 0.0),
        Arguments.of("   ", 0.0),
        Arguments.of(ALL_WHITESPACE + " 42 \ufeff", 42.0),
        Arguments.of("\u180e1", Double.NaN),
        Arguments.of("0x1F", 31.0),
        Arguments.of("0X1f", 31.0),
        Arguments.of("-0x1F", Double.NaN),
        Arguments.of("0x", Double.NaN),
        Arguments.of("0o17", 15.0),
        Arguments.of("0O17", 15.0),
        Arguments.of("0b101", 5.0),
        Arguments.of("0B101", 5.0),
        Arguments.of("0b102", Double.NaN),
        Arguments.of("Infinity", Double.POSITIVE_INFINITY),
        Arguments.of("-Infinity", Double.NEGATIVE_INFINITY),
        Arguments.of("+Infinity", Double.POSITIVE_INFINITY),
        Arguments.of("infinity", Double.NaN),
        Arguments.of("1e3", 1000.0),
        Arguments.of("1E+3", 1000.0),
        Arguments.of("1e-3", 0.001),
        Arguments.of(".5", 0.5),
        Arguments.of("5.", 5.0),
        Arguments.of(".", Double.NaN),
        Arguments.of("+.5e1", 5.0),
        Arguments.of("-0", -0.0),
        Arguments.of("1_000", Double.NaN),
        Arguments.of("12px", Double.NaN),
        Arguments.of("1e", Double.NaN),
        Arguments.of("0x1fffffffffffff1", 144115188075855860.0),
        Arguments.of("00012", 12.0),
        Arguments.of("1d", Double.NaN),
        Arguments.of("1f", Double.NaN),
        Arguments.of("0x1p3", Double.NaN),
        Arguments.of("NaN", Double.NaN),
        Arguments.of("0.0000001", 1e-7),
        Arguments.of("1e400", Double.POSITIVE_INFINITY),
        Arguments.of("-1e-400", -0.0),
        Arguments.of("0x1" + "0".repeat(260), Double.POSITIVE_INFINITY));
  }

  @ParameterizedTest
  @MethodSource("parseInt")
  void parseIntReadsTheLongestPrefix(String input, int radix, double expected) {
    assertEquals(expected, StringToNumber.parseInt(input, radix), input);
  }

  private static Stream<Arguments> parseInt() {
    return Stream.of(
        Arguments.of("  42abc", 0, 42.0),
        Arguments.of("-0", 0, -0.0),
        Arguments.of("0x1F", 0, 31.0),
        Arguments.of("0x1F", 16, 31.0),
        Arguments.of("0x1F", 10, 0.0),
        Arguments.of("1F", 16, 31.0),
        Arguments.of("z", 36, 35.0),
        Arguments.of("Z", 36, 35.0),
        Arguments.of("10", 37, Double.NaN),
        Arguments.of("10", 1, Double.NaN),
        Arguments.of("10", -1, Double.NaN),
        Arguments.of("10", 0, 10.0),
        Arguments.of("", 0, Double.NaN),
        Arguments.of("-", 0, Double.NaN),
        Arguments.of("+12", 0, 12.0),
        Arguments.of("  -0x10", 0, -16.0),
        Arguments.of("123456789012345678901234567890", 0, 1.2345678901234568e+29),
        Arguments.of("ffffffffffffffffff", 16, 4.722366482869645e+21),
        Arguments.of("zzzzzzzzzzzzzzzzzzzzzzz", 36, 6.2367382520429335e+35),
        Arguments.of("777777777777777777777777777", 8, 2.4178516392292583e+24),
        Arguments.of("12e3", 0, 12.0),
        Arguments.of("\u00a0\ufeff7", 0, 7.0),
        Arguments.of("0b11", 0, 0.0),
        Arguments.of("11", 2, 3.0),
        Arguments.of("9007199254740993", 0, 9007199254740992.0),
        Arguments.of("1000000000000000000000000", 0, 1e+24),
        Arguments.of("0.00000001", 0, 0.0),
        Arguments.of("0x", 0, Double.NaN),
        Arguments.of("0x", 16, Double.NaN));
  }

  @ParameterizedTest
  @MethodSource("parseFloat")
  void parseFloatReadsTheLongestDecimalPrefix(String input, double expected) {
    assertEquals(expected, StringToNumber.parseFloat(input), input);
  }

  private static Stream<Arguments> parseFloat() {
    return Stream.of(
        Arguments.of("3.14abc", 3.14),
        Arguments.of("  -.5e-2x", -0.005),
        Arguments.of("Infinityx", Double.POSITIVE_INFINITY),
        Arguments.of("-Infinity", Double.NEGATIVE_INFINITY),
        Arguments.of("1e", 1.0),
        Arguments.of("1e+", 1.0),
        Arguments.of("1.e5", 100000.0),
        Arguments.of(".e5", Double.NaN),
        Arguments.of("0x10", 0.0),
        Arguments.of("-0", -0.0),
        Arguments.of("", Double.NaN),
        Arguments.of("+", Double.NaN),
        Arguments.of("1e1000", Double.POSITIVE_INFINITY),
        Arguments.of("\u2028 7.5", 7.5),
        Arguments.of("infinity", Double.NaN),
        Arguments.of("5.5.5", 5.5));
  }

  @Test
  void whitespaceSetIsTheSpecsWhiteSpaceAndLineTerminators() {
    for (char c : ALL_WHITESPACE.toCharArray()) {
      assertTrue(JsWhitespace.isWhitespace(c), Integer.toHexString(c));
    }
    assertEquals(false, JsWhitespace.isWhitespace('\u180e'));
    assertEquals(false, JsWhitespace.isWhitespace('x'));
    assertEquals("a b", JsWhitespace.trim(ALL_WHITESPACE + "a b" + ALL_WHITESPACE));
    assertEquals("a ", JsWhitespace.trimStart(" \ufeffa "));
    assertEquals("\u2028 a", JsWhitespace.trimEnd("\u2028 a\u3000"));
    assertEquals("", JsWhitespace.trim(ALL_WHITESPACE));
  }
}
