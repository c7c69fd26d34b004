package org.jsheap.runtime.lib;

import java.text.Collator;
import java.util.Locale;

/**
 * String.prototype helpers whose JavaScript semantics differ from the obvious Java call: case
 * mapping is full and locale-independent ({@link Locale#ROOT}: "ß" upper-cases to "SS"), {@code
 * localeCompare} uses an English collator (GraalJS uses ICU's root collation; the orders agree on
 * ASCII letters and accents), and the index arguments are the spec's clamped doubles. Arguments
 * arrive already converted (ToIntegerOrInfinity and the like are the builtin's).
 */
public final class StringAlgorithms {
  /** GraalJS's RangeError message of {@code repeat}. */
  public static final String REPEAT_RANGE_ERROR = "illegal repeat count";

  private static final ThreadLocal<Collator> COLLATOR =
      ThreadLocal.withInitial(() -> Collator.getInstance(Locale.ENGLISH));

  private StringAlgorithms() {}

  /** {@code toUpperCase}. */
  public static String toUpperCase(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  /** {@code toLowerCase}. */
  public static String toLowerCase(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code localeCompare}: -1, 0 or 1. */
  public static int localeCompare(String a, String b) {
    return Integer.signum(COLLATOR.get().compare(a, b));
  }

  /**
   * StringPad: {@code s} padded to {@code maxLength} with repetitions of {@code filler} (at the
   * start or the end); unchanged if already long enough or the filler is empty.
   */
  public static String pad(String s, long maxLength, String filler, boolean atStart) {
    if (maxLength <= s.length() || filler.isEmpty()) {
      return s;
    }
    int fill = Math.toIntExact(maxLength - s.length());
    StringBuilder padding = new StringBuilder(fill);
    while (padding.length() < fill) {
      padding.append(filler, 0, Math.min(filler.length(), fill - padding.length()));
    }
    return atStart ? padding + s : s + padding;
  }

  /** True if {@code count} (ToIntegerOrInfinity'd) is a valid {@code repeat} count. */
  public static boolean isValidRepeatCount(double count) {
    return count >= 0 && count != Double.POSITIVE_INFINITY;
  }

  /** {@code repeat} for a valid count; an empty string repeats to empty without allocating. */
  public static String repeat(String s, double count) {
    return s.isEmpty() || count == 0 ? "" : s.repeat(Math.toIntExact((long) count));
  }

  /** {@code indexOf(search, position)}: position clamped to 0..length. */
  public static int indexOf(String s, String search, double position) {
    return s.indexOf(search, clampIndex(position, s.length()));
  }

  /** {@code lastIndexOf(search, position)}: NaN means +Infinity. */
  public static int lastIndexOf(String s, String search, double position) {
    int from = Double.isNaN(position) ? s.length() : clampIndex(position, s.length());
    return s.lastIndexOf(search, from);
  }

  /** A relative index ({@code slice}, {@code at}-style): negative counts from the end. */
  public static int relativeIndex(double relative, int length) {
    if (relative < 0) {
      return (int) Math.max(length + relative, 0);
    }
    return (int) Math.min(relative, length);
  }

  /** An index clamped to 0..length (NaN is 0), as {@code substring} and {@code indexOf} use. */
  public static int clampIndex(double index, int length) {
    if (Double.isNaN(index) || index <= 0) {
      return 0;
    }
    return (int) Math.min(Math.floor(index), length);
  }

  /** {@code substr(start, length)} (Annex B). */
  public static String substr(String s, double start, double length) {
    int from = relativeIndex(start, s.length());
    double count = Math.min(Math.max(length, 0), s.length() - from);
    return count <= 0 ? "" : s.substring(from, from + (int) count);
  }

  /** {@code String.fromCharCode}: each number ToUint16'd. */
  public static String fromCharCodes(double[] codes) {
    char[] chars = new char[codes.length];
    for (int i = 0; i < codes.length; i++) {
      chars[i] = NumberConversions.toUint16(codes[i]);
    }
    return new String(chars);
  }
}
