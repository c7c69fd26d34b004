package org.jsheap.runtime.lib;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Date formatting in GraalJS's format: {@code toString} ("Thu Jan 01 1970 00:00:00 GMT+0000
 * (GMT)"), {@code toDateString}, {@code toTimeString}, {@code toUTCString} ("Thu, 01 Jan 1970
 * 00:00:00 GMT") and {@code toISOString} (six-digit signed years outside 0..9999). Every method
 * takes a valid (finite, clipped) time value; the builtin handles NaN ("Invalid Date", or the
 * RangeError of {@code toISOString}).
 *
 * <p>The zone name in parentheses is the JDK's short name, "UTC" printed as "GMT" and offset names
 * as "GMT-3" / "GMT+5:30"; outside 1970..9999 (where ICU, which GraalJS uses, has no abbreviation)
 * the offset name. Known difference: zones whose English abbreviation ICU does not use (BST in
 * Europe/London, say) print the abbreviation here and "GMT+1" in GraalJS.
 */
public final class DateFormat {
  private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** 10000-01-01T00:00:00Z: ICU's abbreviations end here. */
  private static final double YEAR_10000 = 253402300800000.0;

  private DateFormat() {}

  /** The three-letter English weekday name, Sunday first. */
  public static String dayName(int weekDay) {
    return DAYS[weekDay];
  }

  /** The three-letter English month name, January = 0. */
  public static String monthName(int month) {
    return MONTHS[month];
  }

  /** {@code Date.prototype.toString}: local date, time and zone. */
  public static String toDateTimeString(double t, ZoneId zone) {
    return toDateString(t, zone) + " " + toTimeString(t, zone);
  }

  /** {@code Date.prototype.toDateString}: "Thu Jan 01 1970" in local time. */
  public static String toDateString(double t, ZoneId zone) {
    double local = DateMath.localTime(t, zone);
    StringBuilder out = new StringBuilder(16);
    out.append(DAYS[DateMath.weekDay(local)])
        .append(' ')
        .append(MONTHS[DateMath.monthFromTime(local)])
        .append(' ');
    twoDigits(out, DateMath.dateFromTime(local)).append(' ');
    return appendYear(out, DateMath.yearFromTime(local)).toString();
  }

  /** {@code Date.prototype.toTimeString}: "00:00:00 GMT+0000 (GMT)" in local time. */
  public static String toTimeString(double t, ZoneId zone) {
    double offset = DateMath.offsetAt(t, zone);
    double local = t + offset;
    StringBuilder out = new StringBuilder(32);
    appendTime(out, local).append(" GMT");
    int offsetMinutes = (int) (offset / DateMath.MS_PER_MINUTE);
    out.append(offsetMinutes < 0 ? '-' : '+');
    int abs = Math.abs(offsetMinutes);
    twoDigits(out, abs / 60);
    twoDigits(out, abs % 60);
    return out.append(" (").append(zoneName(t, zone, offset)).append(')').toString();
  }

  /** {@code Date.prototype.toUTCString}: "Thu, 01 Jan 1970 00:00:00 GMT". */
  public static String toUTCString(double t) {
    StringBuilder out = new StringBuilder(32);
    out.append(DAYS[DateMath.weekDay(t)]).append(", ");
    twoDigits(out, DateMath.dateFromTime(t)).append(' ');
    out.append(MONTHS[DateMath.monthFromTime(t)]).append(' ');
    appendYear(out, DateMath.yearFromTime(t)).append(' ');
    return appendTime(out, t).append(" GMT").toString();
  }

  /** {@code Date.prototype.toISOString}: "1970-01-01T00:00:00.000Z", "+275760-09-13T...". */
  public static String toISOString(double t) {
    StringBuilder out = new StringBuilder(27);
    int year = (int) DateMath.yearFromTime(t);
    if (year >= 0 && year <= 9999) {
      pad(out, year, 4);
    } else {
      out.append(year < 0 ? '-' : '+');
      pad(out, Math.abs(year), 6);
    }
    out.append('-');
    twoDigits(out, DateMath.monthFromTime(t) + 1).append('-');
    twoDigits(out, DateMath.dateFromTime(t)).append('T');
    appendTime(out, t).append('.');
    pad(out, DateMath.msFromTime(t), 3);
    return out.append('Z').toString();
  }

  /** {@code toLocaleString} as GraalJS prints it for en-US: "1/1/1970, 12:00:00 AM". */
  public static String toLocaleString(double t, ZoneId zone) {
    return toLocaleDateString(t, zone) + ", " + toLocaleTimeString(t, zone);
  }

  /**
   * {@code toLocaleDateString}: "M/D/Y" in local time; years before 1 print as ICU's era-less years
   * (1 - year: year 0 is 1 BC).
   */
  public static String toLocaleDateString(double t, ZoneId zone) {
    double local = DateMath.localTime(t, zone);
    int year = (int) DateMath.yearFromTime(local);
    return (DateMath.monthFromTime(local) + 1)
        + "/"
        + DateMath.dateFromTime(local)
        + "/"
        + (year <= 0 ? 1 - year : year);
  }

  /** {@code toLocaleTimeString}: "h:mm:ss AM" in local time. */
  public static String toLocaleTimeString(double t, ZoneId zone) {
    double local = DateMath.localTime(t, zone);
    int hour = DateMath.hourFromTime(local);
    StringBuilder out = new StringBuilder(12).append(hour % 12 == 0 ? 12 : hour % 12).append(':');
    twoDigits(out, DateMath.minFromTime(local)).append(':');
    twoDigits(out, DateMath.secFromTime(local));
    return out.append(hour < 12 ? " AM" : " PM").toString();
  }

  /** The name in parentheses after a local time. */
  static String zoneName(double t, ZoneId zone, double offset) {
    int offsetSeconds = (int) (offset / DateMath.MS_PER_SECOND);
    if (t < 0 || t >= YEAR_10000) {
      return offsetName(offsetSeconds);
    }
    boolean daylight = zone.getRules().isDaylightSavings(Instant.ofEpochMilli((long) t));
    String name = TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.US);
    if (name.equals("UTC") || name.startsWith("GMT") || name.startsWith("UTC")) {
      return offsetName(offsetSeconds);
    }
    return name;
  }

  /** "GMT", "GMT-3", "GMT+5:30", "GMT-4:56:02". */
  private static String offsetName(int offsetSeconds) {
    if (offsetSeconds == 0) {
      return "GMT";
    }
    StringBuilder out = new StringBuilder("GMT").append(offsetSeconds < 0 ? '-' : '+');
    int abs = Math.abs(offsetSeconds);
    out.append(abs / 3600);
    int minutes = abs / 60 % 60;
    int seconds = abs % 60;
    if (minutes != 0 || seconds != 0) {
      twoDigits(out.append(':'), minutes);
    }
    if (seconds != 0) {
      twoDigits(out.append(':'), seconds);
    }
    return out.toString();
  }

  private static StringBuilder appendTime(StringBuilder out, double t) {
    twoDigits(out, DateMath.hourFromTime(t)).append(':');
    twoDigits(out, DateMath.minFromTime(t)).append(':');
    return twoDigits(out, DateMath.secFromTime(t));
  }

  /** Years as "1970", "0001", "-0001", "10000", "-29719". */
  private static StringBuilder appendYear(StringBuilder out, double year) {
    int y = (int) year;
    if (y < 0) {
      out.append('-');
    }
    return pad(out, Math.abs(y), 4);
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return pad(out, value, 2);
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    return out.repeat('0', Math.max(0, width - digits.length())).append(digits);
  }
}
