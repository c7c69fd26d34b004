package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ToInt32, ToUint32, ToUint16, ToIntegerOrInfinity and {@code %}; expectations from GraalJS ({@code
 * x|0}, {@code x>>>0}, {@code a % b}) except ToUint16 of huge values, where GraalJS's {@code
 * String.fromCharCode} saturates (65535 for 1e20) and the spec's {@code x mod 2^16} is 0.
 */
class NumberConversionsTest {

  @ParameterizedTest
  @MethodSource("integers")
  void wrapsLikeTheBitOperators(double value, int int32, long uint32, int uint16) {
    assertEquals(int32, NumberConversions.toInt32(value));
    assertEquals(uint32, NumberConversions.toUint32(value));
    assertEquals(uint16, NumberConversions.toUint16(value));
  }

  private static Stream<Arguments> integers() {
    return Stream.of(
        Arguments.of(0.0, 0, 0L, 0),
        Arguments.of(-0.0, 0, 0L, 0),
        Arguments.of(Double.NaN, 0, 0L, 0),
        Arguments.of(Double.POSITIVE_INFINITY, 0, 0L, 0),
        Arguments.of(Double.NEGATIVE_INFINITY, 0, 0L, 0),
        Arguments.of(1.9, 1, 1L, 1),
        Arguments.of(-1.9, -1, 4294967295L, 65535),
        Arguments.of(2147483647.0, 2147483647, 2147483647L, 65535),
        Arguments.of(2147483648.0, -2147483648, 2147483648L, 0),
        Arguments.of(-2147483649.0, 2147483647, 2147483647L, 65535),
        Arguments.of(4294967296.0, 0, 0L, 0),
        Arguments.of(4294967297.5, 1, 1L, 1),
        Arguments.of(-4294967297.0, -1, 4294967295L, 65535),
        Arguments.of(1e20, 1661992960, 1661992960L, 0),
        Arguments.of(-1e20, -1661992960, 2632974336L, 0),
        Arguments.of(9007199254740993.0, 0, 0L, 0),
        Arguments.of(Double.MAX_VALUE, 0, 0L, 0),
        Arguments.of(5e-324, 0, 0L, 0),
        Arguments.of(65535.0, 65535, 65535L, 65535),
        Arguments.of(65536.0, 65536, 65536L, 0),
        Arguments.of(-1.0, -1, 4294967295L, 65535),
        Arguments.of(70000.7, 70000, 70000L, 4464),
        Arguments.of(3000000000.5, -1294967296, 3000000000L, 24064),
        // 2^70 + 2^40: above 2^63, where (long) saturates.
        Arguments.of(0x1p70 + 0x1p40, 0, 0L, 0),
        Arguments.of(0x1p62 + 0x1p31, -2147483648, 2147483648L, 0),
        Arguments.of(-(0x1p80 + 0x1p33 + 0x1p31), -2147483648, 2147483648L, 0));
  }

  @ParameterizedTest
  @MethodSource("remainders")
  void remainderIsJavasDoubleRemainder(double a, double b, double expected) {
    assertEquals(expected, NumberConversions.remainder(a, b));
  }

  private static Stream<Arguments> remainders() {
    return Stream.of(
        Arguments.of(5.5, 2.0, 1.5),
        Arguments.of(-5.5, 2.0, -1.5),
        Arguments.of(5.5, -2.0, 1.5),
        Arguments.of(-1.0, 1.0, -0.0),
        Arguments.of(0.0, 5.0, 0.0),
        Arguments.of(5.0, 0.0, Double.NaN),
        Arguments.of(Double.POSITIVE_INFINITY, 2.0, Double.NaN),
        Arguments.of(2.0, Double.POSITIVE_INFINITY, 2.0),
        Arguments.of(-0.0, Double.POSITIVE_INFINITY, -0.0),
        Arguments.of(1e300, 3.0, 0.0),
        Arguments.of(0.3, 0.1, 0.09999999999999998),
        Arguments.of(-7.0, 2.5, -2.0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, Double.NaN, 0.5, -0.5})
  void toIntegerOrInfinityOfSmallValuesIsPositiveZero(double value) {
    assertEquals(0.0, NumberConversions.toIntegerOrInfinity(value));
  }

  @ParameterizedTest
  @MethodSource("integersOrInfinity")
  void toIntegerOrInfinityTruncates(double value, double expected) {
    assertEquals(expected, NumberConversions.toIntegerOrInfinity(value));
  }

  private static Stream<Arguments> integersOrInfinity() {
    return Stream.of(
        Arguments.of(1.9, 1.0),
        Arguments.of(-1.9, -1.0),
        Arguments.of(1e300, 1e300),
        Arguments.of(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY),
        Arguments.of(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
  }

  @ParameterizedTest
  @MethodSource("lengths")
  void toLengthClampsToSafeIntegers(double value, long expected) {
    assertEquals(expected, NumberConversions.toLength(value));
  }

  private static Stream<Arguments> lengths() {
    return Stream.of(
        Arguments.of(-5.0, 0L),
        Arguments.of(Double.NaN, 0L),
        Arguments.of(3.7, 3L),
        Arguments.of(1e300, 9007199254740991L),
        Arguments.of(Double.POSITIVE_INFINITY, 9007199254740991L));
  }
}
