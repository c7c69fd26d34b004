package org.jsheap.runtime.lib;

import java.math.BigInteger;

/**
 * String-to-number conversions: {@code ToNumber(String)} (StringNumericLiteral), {@code parseInt}
 * and {@code parseFloat}. Decimal text is validated against the JavaScript grammar here and then
 * converted by {@link Double#parseDouble}, which rounds correctly but also accepts Java-only forms
 * ({@code "1d"}, {@code "0x1p3"}, {@code "NaN"}); those never reach it.
 */
public final class StringToNumber {
  private static final String INFINITY = "Infinity";

  private StringToNumber() {}

  /**
   * ToNumber applied to a String: white space around, then empty (0), a decimal literal with an
   * optional sign, {@code Infinity} with an optional sign, or an unsigned {@code 0x}/{@code
   * 0o}/{@code 0b} integer; anything else is NaN.
   */
  public static double toNumber(String s) {
    int start = JsWhitespace.startOfContent(s);
    int end = JsWhitespace.endOfContent(s);
    if (start >= end) {
      return 0;
    }
    if (end - start > 2 && s.charAt(start) == '0') {
      int radix =
          switch (s.charAt(start + 1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
          };
      if (radix != 0) {
        String digits = s.substring(start + 2, end);
        return allDigits(digits, radix) ? new BigInteger(digits, radix).doubleValue() : Double.NaN;
      }
    }
    int literalEnd = decimalLiteralEnd(s, start, end);
    return literalEnd == end ? decimalValue(s, start, end) : Double.NaN;
  }

  /**
   * {@code parseInt(string, radix)} with {@code radix} already ToInt32'd: 0 means 10, or 16 if the
   * text starts with {@code 0x}; outside 2..36 the result is NaN. Power-of-two radices and 10 are
   * correctly rounded as the spec requires; other radices are exact for short digit strings and
   * accumulate in doubles beyond GraalJS's length thresholds, as GraalJS does (the spec allows an
   * approximation there).
   */
  public static double parseInt(String s, int radix) {
    int i = JsWhitespace.startOfContent(s);
    int end = s.length();
    boolean negative = false;
    if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    boolean stripPrefix = true;
    if (radix != 0) {
      if (radix < 2 || radix > 36) {
        return Double.NaN;
      }
      stripPrefix = radix == 16;
    } else {
      radix = 10;
    }
    if (stripPrefix
        && end - i >= 2
        && s.charAt(i) == '0'
        && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
      i += 2;
      radix = 16;
    }
    int digitsEnd = i;
    while (digitsEnd < end
        && Character.digit(s.charAt(digitsEnd), radix) >= 0
        && s.charAt(digitsEnd) < 128) {
      digitsEnd++;
    }
    if (digitsEnd == i) {
      return Double.NaN;
    }
    double magnitude = integerValue(s.substring(i, digitsEnd), radix);
    return negative ? -magnitude : magnitude;
  }

  /**
   * {@code parseFloat(string)}: the longest prefix (after white space) that is a StrDecimalLiteral
   * ({@code Infinity} included); NaN if there is none.
   */
  public static double parseFloat(String s) {
    int start = JsWhitespace.startOfContent(s);
    int literalEnd = decimalLiteralEnd(s, start, s.length());
    return literalEnd < 0 ? Double.NaN : decimalValue(s, start, literalEnd);
  }

  private static double integerValue(String digits, int radix) {
    if (radix == 10) {
      return Double.parseDouble(digits);
    }
    if (Integer.bitCount(radix) == 1) {
      // The spec wants these exact (correctly rounded); GraalJS is not, beyond 16 hex digits.
      return new BigInteger(digits, radix).doubleValue();
    }
    if (!mayExceedLong(digits.length(), radix)) {
      return Long.parseLong(digits, radix);
    }
    // Approximated in doubles digit by digit, as GraalJS does (the spec allows it here).
    double value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * radix + Character.digit(digits.charAt(i), radix);
    }
    return value;
  }

  /** GraalJS's length thresholds for leaving the exact long path. */
  private static boolean mayExceedLong(int length, int radix) {
    return radix <= 10 ? length >= 18 : radix <= 16 ? length >= 15 : length >= 12;
  }

  private static boolean allDigits(String digits, int radix) {
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c >= 128 || Character.digit(c, radix) < 0) {
        return false;
      }
    }
    return true;
  }

  private static double decimalValue(String s, int start, int end) {
    String literal = s.substring(start, end);
    if (literal.endsWith(INFINITY)) {
      return literal.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(literal);
  }

  /**
   * The end of the longest StrDecimalLiteral starting at {@code start} (sign, then {@code Infinity}
   * or digits with an optional fraction and exponent), or -1 if there is none.
   */
  private static int decimalLiteralEnd(String s, int start, int end) {
    int i = start;
    if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    if (s.startsWith(INFINITY, i)) {
      return i + INFINITY.length() <= end ? i + INFINITY.length() : -1;
    }
    int intDigits = skipDigits(s, i, end);
    int afterInt = i + intDigits;
    int fractionDigits = 0;
    int afterFraction = afterInt;
    if (afterInt < end && s.charAt(afterInt) == '.') {
      fractionDigits = skipDigits(s, afterInt + 1, end);
      afterFraction = afterInt + 1 + fractionDigits;
    }
    if (intDigits == 0 && fractionDigits == 0) {
      return -1;
    }
    if (afterFraction < end && (s.charAt(afterFraction) == 'e' || s.charAt(afterFraction) == 'E')) {
      int j = afterFraction + 1;
      if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      int exponentDigits = skipDigits(s, j, end);
      if (exponentDigits > 0) {
        return j + exponentDigits;
      }
    }
    return afterFraction;
  }

  private static int skipDigits(String s, int from, int end) {
    int i = from;
    while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
