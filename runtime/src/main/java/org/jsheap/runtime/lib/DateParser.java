package org.jsheap.runtime.lib;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Date.parse}: the spec's Date Time String Format (ISO 8601 subset, ECMA-262 21.4.1.32),
 * then, as GraalJS does, the forms {@link DateFormat} prints ({@code toString}, {@code
 * toUTCString}) and common English forms ("Mar 10 2024", "March 10, 2024 10:00 PM", "3/10/2024",
 * "2024/03/10", "2024-03-10 12:00", "... GMT+0130").
 *
 * <p>Time zones: an ISO date-only form is UTC, an ISO date-time without offset local; in the other
 * forms, a string without a time of day is UTC (as GraalJS) and one with a time of day but no zone
 * is local.
 */
public final class DateParser {
  private static final Pattern ISO =
      Pattern.compile(
          "([+-]\\d{6}|\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?"
              + "(?:T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?(Z|[+-]\\d{2}(?::?\\d{2}))?)?");

  private static final String[] MONTH_NAMES = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private static final String[] DAY_NAMES = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"
  };

  private DateParser() {}

  /** The time value of {@code text}, or NaN. */
  public static double parse(String text, ZoneId zone) {
    String s = JsWhitespace.trim(text);
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return isoTime(iso, zone);
    }
    return new Fallback(s).parse(zone);
  }

  private static double isoTime(Matcher m, ZoneId zone) {
    String yearText = m.group(1);
    if (yearText.equals("-000000")) {
      return Double.NaN;
    }
    int year = Integer.parseInt(yearText.charAt(0) == '+' ? yearText.substring(1) : yearText);
    int month = intGroup(m, 2, 1);
    int day = intGroup(m, 3, 1);
    boolean hasTime = m.group(4) != null;
    int hour = intGroup(m, 4, 0);
    int minute = intGroup(m, 5, 0);
    int second = intGroup(m, 6, 0);
    int ms = 0;
    if (m.group(7) != null) {
      String fraction = (m.group(7) + "00").substring(0, 3);
      ms = Integer.parseInt(fraction);
    }
    if (month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour > 24
        || minute > 59
        || second > 59
        || (hour == 24 && (minute != 0 || second != 0 || ms != 0))) {
      return Double.NaN;
    }
    double t =
        DateMath.makeDate(
            DateMath.makeDay(year, month - 1, day), DateMath.makeTime(hour, minute, second, ms));
    String offset = m.group(8);
    if (offset == null) {
      return DateMath.timeClip(hasTime ? DateMath.utc(t, zone) : t);
    }
    if (!offset.equals("Z")) {
      String digits = offset.substring(1).replace(":", "");
      int offsetHours = Integer.parseInt(digits.substring(0, 2));
      int offsetMinutes = Integer.parseInt(digits.substring(2));
      if (offsetHours > 23 || offsetMinutes > 59) {
        return Double.NaN;
      }
      double offsetMs = offsetHours * DateMath.MS_PER_HOUR + offsetMinutes * DateMath.MS_PER_MINUTE;
      t -= offset.charAt(0) == '-' ? -offsetMs : offsetMs;
    }
    return DateMath.timeClip(t);
  }

  private static int intGroup(Matcher m, int group, int absent) {
    String g = m.group(group);
    return g == null ? absent : Integer.parseInt(g);
  }

  /** A month index for an English month name or a prefix of at least three letters, else -1. */
  static int monthIndex(String word) {
    if (word.length() >= 3) {
      for (int i = 0; i < MONTH_NAMES.length; i++) {
        if (MONTH_NAMES[i].startsWith(word)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isDayName(String word) {
    if (word.length() >= 3) {
      for (String day : DAY_NAMES) {
        if (day.startsWith(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The tolerant parser for the non-ISO forms: a scan over words, numbers and punctuation. */
  private static final class Fallback {
    private final String s;
    private int pos;
    private int year = Integer.MIN_VALUE;
    private int month = -1;
    private int day = -1;
    private int hour = -1;
    private int minute;
    private int second;
    private int ms;
    private int meridian; // 0 none, 1 am, 2 pm
    private boolean zoneSeen;
    private int offsetMinutes;
    private final List<Integer> loose = new ArrayList<>();

    Fallback(String s) {
      this.s = s;
    }

    double parse(ZoneId zone) {
      if (!scan() || !resolveDate() || !resolveHour()) {
        return Double.NaN;
      }
      double t =
          DateMath.makeDate(
              DateMath.makeDay(year, month, day),
              DateMath.makeTime(Math.max(hour, 0), minute, second, ms));
      if (zoneSeen) {
        t -= offsetMinutes * DateMath.MS_PER_MINUTE;
      } else if (hour >= 0) {
        t = DateMath.utc(t, zone);
      }
      return DateMath.timeClip(t);
    }

    private boolean scan() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '(') {
          int close = s.indexOf(')', pos);
          pos = close < 0 ? s.length() : close + 1;
        } else if (Character.isLetter(c)) {
          if (!word()) {
            return false;
          }
        } else if (isDigit(c)) {
          if (!number()) {
            return false;
          }
        } else if (c == '+' || c == '-') {
          if (!signedOffset(c == '-')) {
            return false;
          }
        } else if (c == ',' || c == '.' || Character.isWhitespace(c) || c == '/') {
          pos++;
        } else {
          return false;
        }
      }
      return true;
    }

    private boolean word() {
      int start = pos;
      while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
        pos++;
      }
      String w = s.substring(start, pos).toLowerCase(Locale.ROOT);
      switch (w) {
        case "am" -> meridian = 1;
        case "pm" -> meridian = 2;
        case "z", "gmt", "utc", "ut" -> zoneSeen = true;
        case "t" -> {
          // The date-time separator of near-ISO forms.
        }
        default -> {
          int m = monthIndex(w);
          if (m >= 0) {
            month = m;
          } else if (!isDayName(w)) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean number() {
      int start = pos;
      int value = digits();
      int length = pos - start;
      char next = pos < s.length() ? s.charAt(pos) : 0;
      if (next == ':' && hour < 0) {
        return time(value);
      }
      if ((next == '/' || next == '-') && year == Integer.MIN_VALUE && day < 0) {
        return numericDate(value, length, next);
      }
      loose.add(length >= 3 ? -value - 1 : value);
      return true;
    }

    /** h:mm[:ss[.mmm]]. */
    private boolean time(int h) {
      hour = h;
      pos++;
      if (!nextIsDigit()) {
        return false;
      }
      minute = digits();
      if (pos < s.length() && s.charAt(pos) == ':') {
        pos++;
        if (!nextIsDigit()) {
          return false;
        }
        second = digits();
        if (pos < s.length() && s.charAt(pos) == '.' && pos + 1 < s.length()) {
          pos++;
          int start = pos;
          int fraction = digits();
          int length = pos - start;
          ms = length >= 3 ? Integer.parseInt(s.substring(start, start + 3)) : fraction;
          if (length == 1) {
            ms *= 100;
          } else if (length == 2) {
            ms *= 10;
          }
        }
      }
      return minute < 60 && second < 60;
    }

    /** m/d/y, y/m/d or y-m-d. */
    private boolean numericDate(int first, int firstLength, char separator) {
      int[] parts = new int[3];
      int[] lengths = new int[3];
      parts[0] = first;
      lengths[0] = firstLength;
      int count = 1;
      while (count < 3 && pos < s.length() && s.charAt(pos) == separator) {
        pos++;
        if (!nextIsDigit()) {
          return false;
        }
        int start = pos;
        parts[count] = digits();
        lengths[count] = pos - start;
        count++;
      }
      if (count < 2) {
        return false;
      }
      if (lengths[0] >= 3 || separator == '-') {
        year = parts[0];
        month = parts[1] - 1;
        day = count == 3 ? parts[2] : 1;
      } else {
        month = parts[0] - 1;
        day = parts[1];
        if (count == 3) {
          year = lengths[2] <= 2 ? twoDigitYear(parts[2]) : parts[2];
        }
      }
      return true;
    }

    /** +hh, +hhmm or +hh:mm after a time or a GMT/UTC word. */
    private boolean signedOffset(boolean negative) {
      pos++;
      if (!(zoneSeen || hour >= 0) || !nextIsDigit()) {
        return false;
      }
      int start = pos;
      int value = digits();
      int length = pos - start;
      int minutes;
      if (length <= 2) {
        minutes = value * 60;
        if (pos < s.length() && s.charAt(pos) == ':') {
          pos++;
          if (!nextIsDigit()) {
            return false;
          }
          minutes += digits();
        }
      } else if (length == 4) {
        minutes = value / 100 * 60 + value % 100;
      } else {
        return false;
      }
      zoneSeen = true;
      offsetMinutes = negative ? -minutes : minutes;
      return true;
    }

    /** Day and year from the loose numbers (a year is any number of three or more digits). */
    private boolean resolveDate() {
      for (int n : loose) {
        boolean longNumber = n < 0;
        int value = longNumber ? -n - 1 : n;
        if (day < 0 && !longNumber && value >= 1 && value <= 31 && month >= 0) {
          day = value;
        } else if (year == Integer.MIN_VALUE) {
          year = longNumber ? value : twoDigitYear(value);
        } else {
          return false;
        }
      }
      return year != Integer.MIN_VALUE && month >= 0 && month <= 11 && day >= 1 && day <= 31;
    }

    private boolean resolveHour() {
      if (meridian != 0) {
        if (hour < 0 || hour > 12) {
          return false;
        }
        hour = hour % 12 + (meridian == 2 ? 12 : 0);
      }
      return hour <= 24;
    }

    private static int twoDigitYear(int y) {
      return y < 50 ? 2000 + y : y < 100 ? 1900 + y : y;
    }

    private boolean nextIsDigit() {
      return pos < s.length() && isDigit(s.charAt(pos));
    }

    private int digits() {
      int value = 0;
      while (pos < s.length() && isDigit(s.charAt(pos))) {
        value = Math.min(value * 10 + (s.charAt(pos) - '0'), 100_000_000);
        pos++;
      }
      return value;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
