package org.jsheap.runtime.lib;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The spec's time value algorithms (ECMA-262 21.4.1): a time value is milliseconds since the epoch
 * in UTC as a double, NaN for an invalid date; days, years, months, weekdays, MakeTime, MakeDay,
 * MakeDate, TimeClip, and the conversion between UTC and local time for a {@link ZoneId} (the
 * runtime passes the JVM default, {@link ZoneId#systemDefault()}).
 *
 * <p>Local-to-UTC follows the spec's disambiguation: a local time in a gap (spring forward) uses
 * the offset before the transition, one in an overlap (fall back) the earlier instant.
 */
public final class DateMath {
  /** Milliseconds in a day. */
  public static final double MS_PER_DAY = 86_400_000;

  /** Milliseconds in an hour. */
  public static final double MS_PER_HOUR = 3_600_000;

  /** Milliseconds in a minute. */
  public static final double MS_PER_MINUTE = 60_000;

  /** Milliseconds in a second. */
  public static final double MS_PER_SECOND = 1000;

  /** TimeClip's bound: 8.64e15 ms, 100 000 000 days either side of the epoch. */
  public static final double MAX_TIME = 8.64e15;

  /** Days before the first of each month in a common year. */
  private static final int[] DAYS_BEFORE_MONTH = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365
  };

  private DateMath() {}

  /** Day(t): days since the epoch, rounded down. */
  public static double day(double t) {
    return Math.floor(t / MS_PER_DAY);
  }

  /** TimeWithinDay(t): milliseconds since midnight, 0..86399999. */
  public static double timeWithinDay(double t) {
    double r = t % MS_PER_DAY;
    return r < 0 ? r + MS_PER_DAY : r;
  }

  /** DaysInYear(y). */
  public static int daysInYear(double year) {
    return isLeapYear(year) ? 366 : 365;
  }

  private static boolean isLeapYear(double y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  }

  /** DayFromYear(y): the day number of January 1 of year {@code y}. */
  public static double dayFromYear(double y) {
    return 365 * (y - 1970)
        + Math.floor((y - 1969) / 4)
        - Math.floor((y - 1901) / 100)
        + Math.floor((y - 1601) / 400);
  }

  /** TimeFromYear(y). */
  public static double timeFromYear(double y) {
    return MS_PER_DAY * dayFromYear(y);
  }

  /** YearFromTime(t): the year containing {@code t}. */
  public static double yearFromTime(double t) {
    double y = Math.floor(day(t) / 365.2425) + 1970;
    double dayStart = timeFromYear(y);
    if (dayStart > t) {
      do {
        y--;
      } while (timeFromYear(y) > t);
    } else {
      while (timeFromYear(y + 1) <= t) {
        y++;
      }
    }
    return y;
  }

  /** InLeapYear(t): 1 in a leap year, else 0. */
  public static int inLeapYear(double t) {
    return isLeapYear(yearFromTime(t)) ? 1 : 0;
  }

  /** DayWithinYear(t): 0..365. */
  public static int dayWithinYear(double t) {
    return (int) (day(t) - dayFromYear(yearFromTime(t)));
  }

  /** MonthFromTime(t): 0 (January) to 11. */
  public static int monthFromTime(double t) {
    int day = dayWithinYear(t);
    int leap = inLeapYear(t);
    int month = 0;
    while (month < 11 && day >= DAYS_BEFORE_MONTH[month + 1] + (month + 1 >= 2 ? leap : 0)) {
      month++;
    }
    return month;
  }

  /** DateFromTime(t): 1 to 31. */
  public static int dateFromTime(double t) {
    int month = monthFromTime(t);
    int leap = month >= 2 ? inLeapYear(t) : 0;
    return dayWithinYear(t) - DAYS_BEFORE_MONTH[month] - leap + 1;
  }

  /** WeekDay(t): 0 (Sunday) to 6. */
  public static int weekDay(double t) {
    double r = (day(t) + 4) % 7;
    return (int) (r < 0 ? r + 7 : r);
  }

  /** HourFromTime(t). */
  public static int hourFromTime(double t) {
    return (int) Math.floor(timeWithinDay(t) / MS_PER_HOUR);
  }

  /** MinFromTime(t). */
  public static int minFromTime(double t) {
    return (int) (Math.floor(timeWithinDay(t) / MS_PER_MINUTE) % 60);
  }

  /** SecFromTime(t). */
  public static int secFromTime(double t) {
    return (int) (Math.floor(timeWithinDay(t) / MS_PER_SECOND) % 60);
  }

  /** msFromTime(t). */
  public static int msFromTime(double t) {
    return (int) (timeWithinDay(t) % MS_PER_SECOND);
  }

  /** MakeTime(hour, min, sec, ms): NaN if any is not finite; each is truncated first. */
  public static double makeTime(double hour, double min, double sec, double ms) {
    if (!Double.isFinite(hour)
        || !Double.isFinite(min)
        || !Double.isFinite(sec)
        || !Double.isFinite(ms)) {
      return Double.NaN;
    }
    return trunc(hour) * MS_PER_HOUR
        + trunc(min) * MS_PER_MINUTE
        + trunc(sec) * MS_PER_SECOND
        + trunc(ms);
  }

  /** MakeDay(year, month, date): month may be out of 0..11 (it carries into the year). */
  public static double makeDay(double year, double month, double date) {
    if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) {
      return Double.NaN;
    }
    double y = trunc(year);
    double m = trunc(month);
    double dt = trunc(date);
    double ym = y + Math.floor(m / 12);
    if (Math.abs(ym) > 400_000) {
      return Double.NaN;
    }
    int mn = (int) (((m % 12) + 12) % 12);
    double day = dayFromYear(ym) + DAYS_BEFORE_MONTH[mn] + (mn >= 2 && isLeapYear(ym) ? 1 : 0);
    return day + dt - 1;
  }

  /** MakeDate(day, time). */
  public static double makeDate(double day, double time) {
    if (!Double.isFinite(day) || !Double.isFinite(time)) {
      return Double.NaN;
    }
    double tv = day * MS_PER_DAY + time;
    return Double.isFinite(tv) ? tv : Double.NaN;
  }

  /** TimeClip(time): NaN beyond ±8.64e15, else truncated (and -0 becomes +0). */
  public static double timeClip(double time) {
    if (!Double.isFinite(time) || Math.abs(time) > MAX_TIME) {
      return Double.NaN;
    }
    return trunc(time) + 0.0;
  }

  private static double trunc(double d) {
    return d < 0 ? Math.ceil(d) : Math.floor(d);
  }

  /** The zone's offset from UTC in milliseconds at UTC time {@code t} (finite). */
  public static double offsetAt(double t, ZoneId zone) {
    ZoneRules rules = zone.getRules();
    return rules.getOffset(Instant.ofEpochMilli((long) t)).getTotalSeconds() * MS_PER_SECOND;
  }

  /** LocalTime(t): {@code t} plus the zone's offset at {@code t}; NaN stays NaN. */
  public static double localTime(double t, ZoneId zone) {
    return Double.isNaN(t) ? t : t + offsetAt(t, zone);
  }

  /**
   * UTC(t): the UTC time of local time {@code t}; in a gap the offset before the transition, in an
   * overlap the earlier instant.
   */
  public static double utc(double t, ZoneId zone) {
    if (!Double.isFinite(t)) {
      return Double.NaN;
    }
    ZoneRules rules = zone.getRules();
    if (rules.isFixedOffset() || Math.abs(t) > MAX_TIME + MS_PER_DAY) {
      return t - rules.getOffset(Instant.EPOCH).getTotalSeconds() * MS_PER_SECOND;
    }
    long ms = (long) Math.floor(t);
    LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000L), 0, ZoneOffset.UTC);
    ZoneOffset offset;
    var valid = rules.getValidOffsets(local);
    if (valid.isEmpty()) {
      ZoneOffsetTransition gap = rules.getTransition(local);
      offset = gap.getOffsetBefore();
    } else {
      // Two offsets in an overlap: the larger offset gives the earlier instant.
      offset = valid.get(0);
      for (ZoneOffset o : valid) {
        if (o.getTotalSeconds() > offset.getTotalSeconds()) {
          offset = o;
        }
      }
    }
    return t - offset.getTotalSeconds() * MS_PER_SECOND;
  }
}
