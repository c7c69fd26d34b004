package org.jsheap.runtime.lib;

/**
 * The spec's numeric conversions that need no ToPrimitive: ToInt32, ToUint32, ToUint16,
 * ToIntegerOrInfinity, ToLength, and the {@code %} operator. Callers convert the operand to a
 * number first.
 *
 * <p>JavaScript's {@code %} is C's {@code fmod} (the result has the sign of the dividend, exact),
 * which is what Java's {@code %} on doubles computes (JLS 15.17.3); {@link #remainder} is there so
 * the operator node names the fact rather than re-deriving it.
 */
public final class NumberConversions {
  /** 2^32: ToInt32 and ToUint32 work modulo it. */
  private static final double TWO_TO_32 = 4294967296.0;

  /** 2^53 - 1, the largest length (Number.MAX_SAFE_INTEGER). */
  public static final long MAX_SAFE_INTEGER = 9007199254740991L;

  private NumberConversions() {}

  /** ToInt32: truncate, then wrap modulo 2^32 into -2^31..2^31-1; NaN and infinities are 0. */
  public static int toInt32(double value) {
    int asInt = (int) value;
    if (asInt == value) {
      return asInt;
    }
    // Exact: fmod keeps every bit below 2^32; (long) of a value below 2^32 in magnitude is exact
    // and truncates toward zero. NaN and the infinities give NaN here, and (long) NaN is 0.
    return (int) (long) (value % TWO_TO_32);
  }

  /** ToUint32: ToInt32's bits read as unsigned. */
  public static long toUint32(double value) {
    return Integer.toUnsignedLong(toInt32(value));
  }

  /** ToUint16: the value modulo 2^16 (2^16 divides 2^32, so the low bits of ToInt32). */
  public static char toUint16(double value) {
    return (char) toInt32(value);
  }

  /** ToIntegerOrInfinity: NaN and both zeros are +0; otherwise truncated; infinities kept. */
  public static double toIntegerOrInfinity(double value) {
    if (Double.isNaN(value) || value == 0) {
      return 0;
    }
    double truncated = value < 0 ? Math.ceil(value) : Math.floor(value);
    return truncated == 0 ? 0 : truncated;
  }

  /** ToLength: ToIntegerOrInfinity clamped to 0..2^53-1. */
  public static long toLength(double value) {
    double integer = toIntegerOrInfinity(value);
    if (integer <= 0) {
      return 0;
    }
    return integer >= MAX_SAFE_INTEGER ? MAX_SAFE_INTEGER : (long) integer;
  }

  /** The {@code %} operator on numbers. */
  public static double remainder(double dividend, double divisor) {
    return dividend % divisor;
  }
}
