package org.jsheap.runtime.lib;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript's number-to-string conversions: {@code Number::toString(x)} (ECMA-262 6.1.6.1.20),
 * {@code Number.prototype.toString(radix)}, {@code toFixed}, {@code toExponential} and {@code
 * toPrecision}.
 *
 * <p>The shortest round-trip digits come from {@link Double#toString(double)}, which since JDK 19
 * produces the shortest decimal that rounds to the double (Raffaello Giulietti's algorithm), except
 * that it prefers a closer two-digit decimal when a single digit would do ({@code 4.9E-324} for
 * {@code 5e-324}); {@link #shortestDigits} undoes that. The fixed-digit methods are exact: they
 * round the double's exact binary value ({@link BigDecimal#BigDecimal(double)}) half up, as the
 * spec's "if there are two such n, pick the larger n" requires, so {@code (1.005).toFixed(2)} is
 * {@code "1.00"}. Radix conversion follows V8's {@code DoubleToRadixCString}, which GraalJS shares:
 * fraction digits only up to the precision of the input.
 *
 * <p>Argument ranges are the caller's to check (the builtin throws the {@code RangeError}; the
 * {@code *_RANGE_ERROR} strings are GraalJS's messages); the methods here throw {@link
 * IllegalArgumentException} for an out-of-range argument, a bug in the caller. Order of checks in
 * the spec: {@code toFixed} checks its range before looking at a non-finite receiver; {@code
 * toExponential} and {@code toPrecision} return {@code ToString(x)} for a non-finite receiver
 * first.
 */
public final class NumberToString {
  /** The smallest radix {@code Number.prototype.toString} accepts. */
  public static final int MIN_RADIX = 2;

  /** The largest radix {@code Number.prototype.toString} accepts. */
  public static final int MAX_RADIX = 36;

  /** The largest fraction-digit count of {@code toFixed} and {@code toExponential}. */
  public static final int MAX_FRACTION_DIGITS = 100;

  /** The smallest precision of {@code toPrecision}. */
  public static final int MIN_PRECISION = 1;

  /** The largest precision of {@code toPrecision}. */
  public static final int MAX_PRECISION = 100;

  /** GraalJS's RangeError message for a bad radix. */
  public static final String RADIX_RANGE_ERROR = "toString() expects radix in range 2-36";

  /** GraalJS's RangeError message for {@code toFixed}. */
  public static final String TO_FIXED_RANGE_ERROR =
      "toFixed() fraction digits need to be in range 0-100";

  /** GraalJS's RangeError message for {@code toExponential}. */
  public static final String TO_EXPONENTIAL_RANGE_ERROR =
      "toExponential() fraction digits need to be in range 0-100";

  /** GraalJS's RangeError message for {@code toPrecision}. */
  public static final String TO_PRECISION_RANGE_ERROR =
      "toPrecision() argument must be between 1 and 100";

  /** Digits above the values where decimal notation switches to exponent form (1e21). */
  private static final int MAX_DECIMAL_EXPONENT = 21;

  /** Decimal notation is used down to 1e-6 (the spec's "-6 < n"). */
  private static final int MIN_DECIMAL_EXPONENT = -6;

  /** Explicit significand bits of a double: from 2^53 on, doubles are all integers. */
  private static final int SIGNIFICAND_BITS = 52;

  /** Exponent bias plus significand bits plus one: 2^-(1076 - e) is half an ulp at exponent e. */
  private static final int HALF_ULP_SCALE = Double.MAX_EXPONENT + SIGNIFICAND_BITS + 1;

  private static final String DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz";

  private NumberToString() {}

  /**
   * The significant decimal digits of a positive finite double and its decimal point position: the
   * value is {@code 0.digits × 10^pointPosition} (the spec's {@code s}, {@code k = digits.length()}
   * and {@code n}).
   *
   * @param digits no leading or trailing zeros, at least one digit
   * @param pointPosition the spec's {@code n}
   */
  public record Digits(String digits, int pointPosition) {}

  /** {@code Number::toString(x)}: {@code "NaN"}, {@code "-Infinity"}, {@code "0"} for -0, ... */
  public static String toString(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (value == 0) {
      return "0";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    if (value == (int) value) {
      return Integer.toString((int) value);
    }
    StringBuilder out = new StringBuilder(26);
    if (value < 0) {
      out.append('-');
      value = -value;
    }
    Digits d = shortestDigits(value);
    String s = d.digits();
    int k = s.length();
    int n = d.pointPosition();
    if (k <= n && n <= MAX_DECIMAL_EXPONENT) {
      out.append(s).repeat('0', n - k);
    } else if (0 < n && n <= MAX_DECIMAL_EXPONENT) {
      out.append(s, 0, n).append('.').append(s, n, k);
    } else if (MIN_DECIMAL_EXPONENT < n && n <= 0) {
      out.append("0.").repeat('0', -n).append(s);
    } else {
      out.append(s.charAt(0));
      if (k > 1) {
        out.append('.').append(s, 1, k);
      }
      appendExponent(out, n - 1);
    }
    return out.toString();
  }

  /**
   * The shortest decimal digits that round-trip to {@code value} (positive and finite), the closest
   * to it among those of that length.
   */
  public static Digits shortestDigits(double value) {
    assert value > 0 && !Double.isInfinite(value) : value;
    String java = Double.toString(value);
    int e = java.indexOf('E');
    int exponent = e < 0 ? 0 : Integer.parseInt(java, e + 1, java.length(), 10);
    String mantissa = e < 0 ? java : java.substring(0, e);
    int dot = mantissa.indexOf('.');
    String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int point = dot + exponent;
    int start = 0;
    while (all.charAt(start) == '0') {
      start++;
      point--;
    }
    int end = all.length();
    while (all.charAt(end - 1) == '0') {
      end--;
    }
    String digits = all.substring(start, end);
    if (digits.length() == 2) {
      return preferOneDigit(value, digits, point);
    }
    return new Digits(digits, point);
  }

  /**
   * Java picks the closest decimal of length one or two when one digit suffices; JavaScript wants
   * the shortest. Tries both one-digit neighbours of the two-digit result.
   */
  private static Digits preferOneDigit(double value, String digits, int point) {
    int first = digits.charAt(0) - '0';
    Digits down = new Digits(Integer.toString(first), point);
    Digits up =
        first == 9 ? new Digits("1", point + 1) : new Digits(Integer.toString(first + 1), point);
    boolean downOk = roundTrips(value, down);
    boolean upOk = roundTrips(value, up);
    if (downOk && upOk) {
      BigDecimal exact = new BigDecimal(value);
      BigDecimal downGap = exact.subtract(decimal(down)).abs();
      BigDecimal upGap = decimal(up).subtract(exact).abs();
      return upGap.compareTo(downGap) < 0 ? up : down;
    }
    if (downOk) {
      return down;
    }
    if (upOk) {
      return up;
    }
    return new Digits(digits, point);
  }

  private static boolean roundTrips(double value, Digits d) {
    return Double.parseDouble(decimal(d).toString()) == value;
  }

  private static BigDecimal decimal(Digits d) {
    return new BigDecimal(
        new java.math.BigInteger(d.digits()), d.digits().length() - d.pointPosition());
  }

  /** True if {@code radix} (already an integer) is within 2..36. */
  public static boolean isValidRadix(double radix) {
    return radix >= MIN_RADIX && radix <= MAX_RADIX;
  }

  /** True if {@code digits} (ToIntegerOrInfinity of the argument) is within 0..100. */
  public static boolean isValidFractionDigits(double digits) {
    return digits >= 0 && digits <= MAX_FRACTION_DIGITS;
  }

  /** True if {@code precision} (ToIntegerOrInfinity of the argument) is within 1..100. */
  public static boolean isValidPrecision(double precision) {
    return precision >= MIN_PRECISION && precision <= MAX_PRECISION;
  }

  /**
   * {@code Number.prototype.toString(radix)}: radix 10 is {@link #toString(double)}; otherwise the
   * exact integer digits and the shortest fraction digits that identify the double among its
   * neighbours (free-format digit generation in the radix, as SpiderMonkey's and GraalJS's {@code
   * dtobasestr}), the last digit rounded to the closer one.
   */
  public static String toString(double value, int radix) {
    if (!isValidRadix(radix)) {
      throw new IllegalArgumentException("radix " + radix);
    }
    if (radix == 10 || Double.isNaN(value) || Double.isInfinite(value)) {
      return toString(value);
    }
    if (value == 0) {
      return "0";
    }
    StringBuilder out = new StringBuilder();
    if (value < 0) {
      out.append('-');
      value = -value;
    }
    double integer = Math.floor(value);
    out.append(new BigDecimal(integer).toBigIntegerExact().toString(radix));
    double fraction = value - integer;
    if (fraction != 0) {
      out.append('.');
      appendFractionDigits(out, value, fraction, radix);
    }
    return out.toString();
  }

  /**
   * Digits of {@code fraction} (the fractional part of {@code value}) in {@code radix} until the
   * digits written so far identify {@code value}: everything is scaled by {@code 2^s2} so that the
   * half-gaps to the neighbouring doubles are the integers {@code low} and {@code high}.
   */
  private static void appendFractionDigits(
      StringBuilder out, double value, double fraction, int radix) {
    long bits = Double.doubleToRawLongBits(value);
    int biasedExponent = (int) (bits >>> SIGNIFICAND_BITS) & 0x7ff;
    long significand = bits & ((1L << SIGNIFICAND_BITS) - 1);
    // 1 / 2^s2 is half an ulp of value.
    int s2 = HALF_ULP_SCALE - Math.max(biasedExponent, 1);
    BigInteger low = BigInteger.ONE;
    BigInteger high = BigInteger.ONE;
    if (significand == 0 && biasedExponent > 1) {
      // At a power of two the gap below is half the gap above.
      s2++;
      high = BigInteger.TWO;
    }
    BigInteger b =
        new BigDecimal(fraction)
            .multiply(new BigDecimal(BigInteger.ONE.shiftLeft(s2)))
            .toBigIntegerExact();
    BigInteger s = BigInteger.ONE.shiftLeft(s2);
    BigInteger big = BigInteger.valueOf(radix);
    boolean evenSignificand = (significand & 1) == 0;
    int start = out.length();
    boolean done = false;
    while (!done) {
      b = b.multiply(big);
      low = low.multiply(big);
      high = high.multiply(big);
      BigInteger[] qr = b.divideAndRemainder(s);
      int digit = qr[0].intValue();
      b = qr[1];
      int j = b.compareTo(low);
      BigInteger delta = s.subtract(high);
      int j1 = delta.signum() < 0 ? 1 : b.compareTo(delta);
      if (j1 == 0 && evenSignificand) {
        if (j > 0) {
          digit++;
        }
        done = true;
      } else if (j < 0 || (j == 0 && evenSignificand)) {
        if (j1 > 0 && b.shiftLeft(1).compareTo(s) > 0) {
          // Either digit would do; take the closer one.
          digit++;
        }
        done = true;
      } else if (j1 > 0) {
        digit++;
        done = true;
      }
      out.append(DIGIT_CHARS.charAt(Math.min(digit, radix - 1)));
      assert digit < radix : "carry out of a fraction digit";
    }
    assert out.length() > start;
  }

  /**
   * {@code Number.prototype.toFixed(fractionDigits)} for a digit count in 0..100: {@code
   * ToString(x)} for non-finite x or |x| ≥ 1e21, otherwise the exact value rounded half up.
   */
  public static String toFixed(double value, int fractionDigits) {
    if (!isValidFractionDigits(fractionDigits)) {
      throw new IllegalArgumentException("fractionDigits " + fractionDigits);
    }
    if (Double.isNaN(value) || Double.isInfinite(value) || Math.abs(value) >= 1e21) {
      return toString(value);
    }
    String magnitude =
        new BigDecimal(Math.abs(value))
            .setScale(fractionDigits, RoundingMode.HALF_UP)
            .toPlainString();
    return value < 0 ? "-" + magnitude : magnitude;
  }

  /** {@code Number.prototype.toExponential(undefined)}: as many digits as the value needs. */
  public static String toExponential(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return toString(value);
    }
    if (value == 0) {
      return "0e+0";
    }
    Digits d = shortestDigits(Math.abs(value));
    return exponentForm(value < 0, d.digits(), d.pointPosition() - 1);
  }

  /**
   * {@code Number.prototype.toExponential(fractionDigits)} for a digit count in 0..100: the exact
   * value rounded half up to {@code fractionDigits + 1} significant digits.
   */
  public static String toExponential(double value, int fractionDigits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return toString(value);
    }
    if (!isValidFractionDigits(fractionDigits)) {
      throw new IllegalArgumentException("fractionDigits " + fractionDigits);
    }
    Digits d = roundedDigits(Math.abs(value), fractionDigits + 1);
    return exponentForm(value < 0, d.digits(), d.pointPosition() - 1);
  }

  /**
   * {@code Number.prototype.toPrecision(precision)} for a precision in 1..100 ({@code undefined} is
   * {@link #toString(double)}): fixed notation when the exponent is within -6..precision-1.
   */
  public static String toPrecision(double value, int precision) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return toString(value);
    }
    if (!isValidPrecision(precision)) {
      throw new IllegalArgumentException("precision " + precision);
    }
    Digits d = roundedDigits(Math.abs(value), precision);
    String m = d.digits();
    int e = d.pointPosition() - 1;
    if (e < MIN_DECIMAL_EXPONENT || e >= precision) {
      return exponentForm(value < 0, m, e);
    }
    StringBuilder out = new StringBuilder(precision + 8);
    if (value < 0) {
      out.append('-');
    }
    if (e == precision - 1) {
      out.append(m);
    } else if (e >= 0) {
      out.append(m, 0, e + 1).append('.').append(m, e + 1, precision);
    } else {
      out.append("0.").repeat('0', -(e + 1)).append(m);
    }
    return out.toString();
  }

  /**
   * Exactly {@code count} significant digits of a non-negative finite value, rounded half up; zero
   * gives {@code count} zeros at point position 1 (exponent 0).
   */
  private static Digits roundedDigits(double magnitude, int count) {
    if (magnitude == 0) {
      return new Digits("0".repeat(count), 1);
    }
    BigDecimal rounded =
        new BigDecimal(magnitude).round(new MathContext(count, RoundingMode.HALF_UP));
    String unscaled = rounded.unscaledValue().toString();
    int point = unscaled.length() - rounded.scale();
    if (unscaled.length() < count) {
      unscaled = unscaled + "0".repeat(count - unscaled.length());
    } else if (unscaled.length() > count) {
      unscaled = unscaled.substring(0, count);
    }
    return new Digits(unscaled, point);
  }

  private static String exponentForm(boolean negative, String digits, int exponent) {
    StringBuilder out = new StringBuilder(digits.length() + 8);
    if (negative) {
      out.append('-');
    }
    out.append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    appendExponent(out, exponent);
    return out.toString();
  }

  private static void appendExponent(StringBuilder out, int exponent) {
    out.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
  }
}
