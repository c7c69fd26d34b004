package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date algorithms, formatting and parsing in three time zones; every expectation was printed by
 * GraalJS 25.0.1 running with {@code -Duser.timezone=<zone>} for the JavaScript the row names
 * ({@code new Date(t).toString()}, {@code new Date(y, m, ...).getTime()}, {@code Date.UTC(...)},
 * {@code Date.parse(s)}, ...).
 */
class DateTest {

  @ParameterizedTest(name = "{0}({1}) in {2}")
  @MethodSource("graalJs")
  void matchesGraalJs(String operation, Object argument, String zoneId, String expected) {
    ZoneId zone = ZoneId.of(zoneId);
    assertEquals(expected, evaluate(operation, argument, zone));
  }

  private static String evaluate(String operation, Object argument, ZoneId zone) {
    if (argument instanceof Double t) {
      return switch (operation) {
        case "toString" -> DateFormat.toDateTimeString(t, zone);
        case "toDateString" -> DateFormat.toDateString(t, zone);
        case "toTimeString" -> DateFormat.toTimeString(t, zone);
        case "toUTCString" -> DateFormat.toUTCString(t);
        case "toISOString" -> DateFormat.toISOString(t);
        case "getTimezoneOffset" ->
            NumberToString.toString((t - DateMath.localTime(t, zone)) / DateMath.MS_PER_MINUTE);
        case "getDay" -> Integer.toString(DateMath.weekDay(DateMath.localTime(t, zone)));
        case "getUTCMilliseconds" -> Integer.toString(DateMath.msFromTime(t));
        default -> throw new IllegalArgumentException(operation);
      };
    }
    String text = (String) argument;
    if (operation.equals("parse")) {
      return NumberToString.toString(DateParser.parse(text, zone));
    }
    double[] f = Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    double[] a = Arrays.copyOf(f, 7);
    if (f.length < 3) {
      a[2] = 1;
    }
    if (a[0] >= 0 && a[0] <= 99) {
      a[0] += 1900;
    }
    double t =
        DateMath.makeDate(
            DateMath.makeDay(a[0], a[1], a[2]), DateMath.makeTime(a[3], a[4], a[5], a[6]));
    if (operation.equals("UTC")) {
      return NumberToString.toString(DateMath.timeClip(t));
    }
    t = DateMath.timeClip(DateMath.utc(t, zone));
    return switch (operation) {
      case "local.getTime" -> NumberToString.toString(t);
      case "local.toString" -> DateFormat.toDateTimeString(t, zone);
      case "local.getDay" -> Integer.toString(DateMath.weekDay(DateMath.localTime(t, zone)));
      default -> throw new IllegalArgumentException(operation);
    };
  }

  private static Stream<Arguments> graalJs() {
    return Stream.of(
        Arguments.of("toString", 0.0, "UTC", "Thu Jan 01 1970 00:00:00 GMT+0000 (GMT)"),
        Arguments.of(
            "toString", 0.0, "America/New_York", "Wed Dec 31 1969 19:00:00 GMT-0500 (EST)"),
        Arguments.of("toString", 0.0, "Asia/Kolkata", "Thu Jan 01 1970 05:30:00 GMT+0530 (IST)"),
        Arguments.of("toDateString", 0.0, "UTC", "Thu Jan 01 1970"),
        Arguments.of("toDateString", 0.0, "America/New_York", "Wed Dec 31 1969"),
        Arguments.of("toDateString", 0.0, "Asia/Kolkata", "Thu Jan 01 1970"),
        Arguments.of("toTimeString", 0.0, "UTC", "00:00:00 GMT+0000 (GMT)"),
        Arguments.of("toTimeString", 0.0, "America/New_York", "19:00:00 GMT-0500 (EST)"),
        Arguments.of("toTimeString", 0.0, "Asia/Kolkata", "05:30:00 GMT+0530 (IST)"),
        Arguments.of("toUTCString", 0.0, "UTC", "Thu, 01 Jan 1970 00:00:00 GMT"),
        Arguments.of("toUTCString", 0.0, "America/New_York", "Thu, 01 Jan 1970 00:00:00 GMT"),
        Arguments.of("toUTCString", 0.0, "Asia/Kolkata", "Thu, 01 Jan 1970 00:00:00 GMT"),
        Arguments.of("toISOString", 0.0, "UTC", "1970-01-01T00:00:00.000Z"),
        Arguments.of("toISOString", 0.0, "America/New_York", "1970-01-01T00:00:00.000Z"),
        Arguments.of("toISOString", 0.0, "Asia/Kolkata", "1970-01-01T00:00:00.000Z"),
        Arguments.of("toString", 1719835200123.0, "UTC", "Mon Jul 01 2024 12:00:00 GMT+0000 (GMT)"),
        Arguments.of(
            "toString",
            1719835200123.0,
            "America/New_York",
            "Mon Jul 01 2024 08:00:00 GMT-0400 (EDT)"),
        Arguments.of(
            "toString", 1719835200123.0, "Asia/Kolkata", "Mon Jul 01 2024 17:30:00 GMT+0530 (IST)"),
        Arguments.of("toISOString", 8.64e15, "UTC", "+275760-09-13T00:00:00.000Z"),
        Arguments.of("toISOString", 8.64e15, "America/New_York", "+275760-09-13T00:00:00.000Z"),
        Arguments.of("toISOString", 8.64e15, "Asia/Kolkata", "+275760-09-13T00:00:00.000Z"),
        Arguments.of("toISOString", -8.64e15, "UTC", "-271821-04-20T00:00:00.000Z"),
        Arguments.of("toISOString", -8.64e15, "America/New_York", "-271821-04-20T00:00:00.000Z"),
        Arguments.of("toISOString", -8.64e15, "Asia/Kolkata", "-271821-04-20T00:00:00.000Z"),
        Arguments.of("toISOString", -62198755200000.0, "UTC", "-000001-01-01T00:00:00.000Z"),
        Arguments.of(
            "toISOString", -62198755200000.0, "America/New_York", "-000001-01-01T00:00:00.000Z"),
        Arguments.of(
            "toISOString", -62198755200000.0, "Asia/Kolkata", "-000001-01-01T00:00:00.000Z"),
        Arguments.of(
            "toString", -62198755200000.0, "UTC", "Fri Jan 01 -0001 00:00:00 GMT+0000 (GMT)"),
        Arguments.of(
            "toString",
            -62198755200000.0,
            "America/New_York",
            "Thu Dec 31 -0002 19:03:58 GMT-0456 (GMT-4:56:02)"),
        Arguments.of(
            "toString",
            -62198755200000.0,
            "Asia/Kolkata",
            "Fri Jan 01 -0001 05:53:28 GMT+0553 (GMT+5:53:28)"),
        Arguments.of("toUTCString", -62198755200000.0, "UTC", "Fri, 01 Jan -0001 00:00:00 GMT"),
        Arguments.of(
            "toUTCString", -62198755200000.0, "America/New_York", "Fri, 01 Jan -0001 00:00:00 GMT"),
        Arguments.of(
            "toUTCString", -62198755200000.0, "Asia/Kolkata", "Fri, 01 Jan -0001 00:00:00 GMT"),
        Arguments.of("local.getTime", "2024,1,29,13,5,9,7", "UTC", "1709211909007"),
        Arguments.of("local.getTime", "2024,1,29,13,5,9,7", "America/New_York", "1709229909007"),
        Arguments.of("local.getTime", "2024,1,29,13,5,9,7", "Asia/Kolkata", "1709192109007"),
        Arguments.of("local.getTime", "2024,2,10,2,30", "UTC", "1710037800000"),
        Arguments.of("local.getTime", "2024,2,10,2,30", "America/New_York", "1710055800000"),
        Arguments.of("local.getTime", "2024,2,10,2,30", "Asia/Kolkata", "1710018000000"),
        Arguments.of("local.getTime", "2024,10,3,1,30", "UTC", "1730597400000"),
        Arguments.of("local.getTime", "2024,10,3,1,30", "America/New_York", "1730611800000"),
        Arguments.of("local.getTime", "2024,10,3,1,30", "Asia/Kolkata", "1730577600000"),
        Arguments.of("UTC", "2024,0", "UTC", "1704067200000"),
        Arguments.of("UTC", "2024,0", "America/New_York", "1704067200000"),
        Arguments.of("UTC", "2024,0", "Asia/Kolkata", "1704067200000"),
        Arguments.of("UTC", "99,11,31", "UTC", "946598400000"),
        Arguments.of("UTC", "99,11,31", "America/New_York", "946598400000"),
        Arguments.of("UTC", "99,11,31", "Asia/Kolkata", "946598400000"),
        Arguments.of("parse", "2024-03-10", "UTC", "1710028800000"),
        Arguments.of("parse", "2024-03-10", "America/New_York", "1710028800000"),
        Arguments.of("parse", "2024-03-10", "Asia/Kolkata", "1710028800000"),
        Arguments.of("parse", "2024-03-10T12:00", "UTC", "1710072000000"),
        Arguments.of("parse", "2024-03-10T12:00", "America/New_York", "1710086400000"),
        Arguments.of("parse", "2024-03-10T12:00", "Asia/Kolkata", "1710052200000"),
        Arguments.of("parse", "2024-03-10T12:00Z", "UTC", "1710072000000"),
        Arguments.of("parse", "2024-03-10T12:00Z", "America/New_York", "1710072000000"),
        Arguments.of("parse", "2024-03-10T12:00Z", "Asia/Kolkata", "1710072000000"),
        Arguments.of("parse", "2024-03-10T12:00:00.123+05:30", "UTC", "1710052200123"),
        Arguments.of("parse", "2024-03-10T12:00:00.123+05:30", "America/New_York", "1710052200123"),
        Arguments.of("parse", "2024-03-10T12:00:00.123+05:30", "Asia/Kolkata", "1710052200123"),
        Arguments.of("parse", "2024-03", "UTC", "1709251200000"),
        Arguments.of("parse", "2024-03", "America/New_York", "1709251200000"),
        Arguments.of("parse", "2024-03", "Asia/Kolkata", "1709251200000"),
        Arguments.of("parse", "2024", "UTC", "1704067200000"),
        Arguments.of("parse", "2024", "America/New_York", "1704067200000"),
        Arguments.of("parse", "2024", "Asia/Kolkata", "1704067200000"),
        Arguments.of("parse", "+002024-03-10T00:00:00Z", "UTC", "1710028800000"),
        Arguments.of("parse", "+002024-03-10T00:00:00Z", "America/New_York", "1710028800000"),
        Arguments.of("parse", "+002024-03-10T00:00:00Z", "Asia/Kolkata", "1710028800000"),
        Arguments.of("parse", "-000001-01-01T00:00:00Z", "UTC", "-62198755200000"),
        Arguments.of("parse", "-000001-01-01T00:00:00Z", "America/New_York", "-62198755200000"),
        Arguments.of("parse", "-000001-01-01T00:00:00Z", "Asia/Kolkata", "-62198755200000"),
        Arguments.of(
            "parse",
            "Sun Mar 10 2024 12:00:00 GMT+0100 (Central European Standard Time)",
            "UTC",
            "1710068400000"),
        Arguments.of(
            "parse",
            "Sun Mar 10 2024 12:00:00 GMT+0100 (Central European Standard Time)",
            "America/New_York",
            "1710068400000"),
        Arguments.of(
            "parse",
            "Sun Mar 10 2024 12:00:00 GMT+0100 (Central European Standard Time)",
            "Asia/Kolkata",
            "1710068400000"),
        Arguments.of("parse", "Sun, 10 Mar 2024 12:00:00 GMT", "UTC", "1710072000000"),
        Arguments.of("parse", "Sun, 10 Mar 2024 12:00:00 GMT", "America/New_York", "1710072000000"),
        Arguments.of("parse", "Sun, 10 Mar 2024 12:00:00 GMT", "Asia/Kolkata", "1710072000000"),
        Arguments.of("parse", "Sun Mar 10 2024", "UTC", "1710028800000"),
        Arguments.of("parse", "Sun Mar 10 2024", "America/New_York", "1710028800000"),
        Arguments.of("parse", "Sun Mar 10 2024", "Asia/Kolkata", "1710028800000"),
        Arguments.of("parse", "garbage", "UTC", "NaN"),
        Arguments.of("parse", "garbage", "America/New_York", "NaN"),
        Arguments.of("parse", "garbage", "Asia/Kolkata", "NaN"),
        Arguments.of("parse", "2024-13-01", "UTC", "NaN"),
        Arguments.of("parse", "2024-13-01", "America/New_York", "NaN"),
        Arguments.of("parse", "2024-13-01", "Asia/Kolkata", "NaN"),
        Arguments.of("parse", "2024-02-30", "UTC", "1709251200000"),
        Arguments.of("parse", "2024-02-30", "America/New_York", "1709251200000"),
        Arguments.of("parse", "2024-02-30", "Asia/Kolkata", "1709251200000"),
        Arguments.of("parse", "2024-03-10T24:00:00Z", "UTC", "1710115200000"),
        Arguments.of("parse", "2024-03-10T24:00:00Z", "America/New_York", "1710115200000"),
        Arguments.of("parse", "2024-03-10T24:00:00Z", "Asia/Kolkata", "1710115200000"),
        Arguments.of("parse", "2024-03-10T24:00:01Z", "UTC", "NaN"),
        Arguments.of("parse", "2024-03-10T24:00:01Z", "America/New_York", "NaN"),
        Arguments.of("parse", "2024-03-10T24:00:01Z", "Asia/Kolkata", "NaN"),
        Arguments.of("parse", "2024-03-10 12:00", "UTC", "1710072000000"),
        Arguments.of("parse", "2024-03-10 12:00", "America/New_York", "1710086400000"),
        Arguments.of("parse", "2024-03-10 12:00", "Asia/Kolkata", "1710052200000"),
        Arguments.of("parse", "3/10/2024", "UTC", "1710028800000"),
        Arguments.of("parse", "3/10/2024", "America/New_York", "1710028800000"),
        Arguments.of("parse", "3/10/2024", "Asia/Kolkata", "1710028800000"),
        Arguments.of("parse", "March 10, 2024", "UTC", "1710028800000"),
        Arguments.of("parse", "March 10, 2024", "America/New_York", "1710028800000"),
        Arguments.of("parse", "March 10, 2024", "Asia/Kolkata", "1710028800000"),
        Arguments.of(
            "local.toString", "2024,2,10,2,30", "UTC", "Sun Mar 10 2024 02:30:00 GMT+0000 (GMT)"),
        Arguments.of(
            "local.toString",
            "2024,2,10,2,30",
            "America/New_York",
            "Sun Mar 10 2024 03:30:00 GMT-0400 (EDT)"),
        Arguments.of(
            "local.toString",
            "2024,2,10,2,30",
            "Asia/Kolkata",
            "Sun Mar 10 2024 02:30:00 GMT+0530 (IST)"),
        Arguments.of(
            "local.toString", "2024,10,3,1,30", "UTC", "Sun Nov 03 2024 01:30:00 GMT+0000 (GMT)"),
        Arguments.of(
            "local.toString",
            "2024,10,3,1,30",
            "America/New_York",
            "Sun Nov 03 2024 01:30:00 GMT-0400 (EDT)"),
        Arguments.of(
            "local.toString",
            "2024,10,3,1,30",
            "Asia/Kolkata",
            "Sun Nov 03 2024 01:30:00 GMT+0530 (IST)"),
        Arguments.of("getTimezoneOffset", 1e12, "UTC", "0"),
        Arguments.of("getTimezoneOffset", 1e12, "America/New_York", "240"),
        Arguments.of("getTimezoneOffset", 1e12, "Asia/Kolkata", "-330"),
        Arguments.of("getTimezoneOffset", 1.7e12, "UTC", "0"),
        Arguments.of("getTimezoneOffset", 1.7e12, "America/New_York", "300"),
        Arguments.of("getTimezoneOffset", 1.7e12, "Asia/Kolkata", "-330"),
        Arguments.of("local.getDay", "2024,0,31", "UTC", "3"),
        Arguments.of("local.getDay", "2024,0,31", "America/New_York", "3"),
        Arguments.of("local.getDay", "2024,0,31", "Asia/Kolkata", "3"),
        Arguments.of("toISOString", -1.0, "UTC", "1969-12-31T23:59:59.999Z"),
        Arguments.of("toISOString", -1.0, "America/New_York", "1969-12-31T23:59:59.999Z"),
        Arguments.of("toISOString", -1.0, "Asia/Kolkata", "1969-12-31T23:59:59.999Z"),
        Arguments.of("getUTCMilliseconds", -1.0, "UTC", "999"),
        Arguments.of("getUTCMilliseconds", -1.0, "America/New_York", "999"),
        Arguments.of("getUTCMilliseconds", -1.0, "Asia/Kolkata", "999"),
        Arguments.of(
            "toString", -62198755200000.0, "UTC", "Fri Jan 01 -0001 00:00:00 GMT+0000 (GMT)"),
        Arguments.of(
            "toString",
            -62198755200000.0,
            "America/New_York",
            "Thu Dec 31 -0002 19:03:58 GMT-0456 (GMT-4:56:02)"),
        Arguments.of(
            "toString", -2208988800000.0, "UTC", "Mon Jan 01 1900 00:00:00 GMT+0000 (GMT)"),
        Arguments.of(
            "toString",
            -2208988800000.0,
            "America/New_York",
            "Sun Dec 31 1899 19:00:00 GMT-0500 (GMT-5)"),
        Arguments.of(
            "toString", 253402300800000.0, "UTC", "Sat Jan 01 10000 00:00:00 GMT+0000 (GMT)"),
        Arguments.of(
            "toString",
            253402300800000.0,
            "America/New_York",
            "Fri Dec 31 9999 19:00:00 GMT-0500 (GMT-5)"),
        Arguments.of("toISOString", 253402300800000.0, "UTC", "+010000-01-01T00:00:00.000Z"),
        Arguments.of(
            "toISOString", 253402300800000.0, "America/New_York", "+010000-01-01T00:00:00.000Z"),
        Arguments.of("toString", -1e15, "UTC", "Tue Apr 05 -29719 22:13:20 GMT+0000 (GMT)"),
        Arguments.of(
            "toString",
            -1e15,
            "America/New_York",
            "Tue Apr 05 -29719 17:17:18 GMT-0456 (GMT-4:56:02)"),
        Arguments.of("toUTCString", -1e15, "UTC", "Tue, 05 Apr -29719 22:13:20 GMT"),
        Arguments.of("toUTCString", -1e15, "America/New_York", "Tue, 05 Apr -29719 22:13:20 GMT"),
        Arguments.of("parse", "Thu Jan 01 1970 00:00:00 GMT+0000 (GMT)", "UTC", "0"),
        Arguments.of("parse", "Thu Jan 01 1970 00:00:00 GMT+0000 (GMT)", "America/New_York", "0"),
        Arguments.of("parse", "Thu Jan 01 1970 00:00:00 GMT-0500", "UTC", "18000000"),
        Arguments.of("parse", "Thu Jan 01 1970 00:00:00 GMT-0500", "America/New_York", "18000000"),
        Arguments.of("parse", "Thu Jan 01 1970 00:00:00", "UTC", "0"),
        Arguments.of("parse", "Thu Jan 01 1970 00:00:00", "America/New_York", "18000000"),
        Arguments.of("parse", "Fri, 01 Jan -0001 00:00:00 GMT", "UTC", "NaN"),
        Arguments.of("parse", "Fri, 01 Jan -0001 00:00:00 GMT", "America/New_York", "NaN"),
        Arguments.of("parse", "Thu, 01 Jan 1970 00:00:00 UTC", "UTC", "0"),
        Arguments.of("parse", "Thu, 01 Jan 1970 00:00:00 UTC", "America/New_York", "0"),
        Arguments.of("parse", "1970-01-01T00:00:00.000+0000", "UTC", "0"),
        Arguments.of("parse", "1970-01-01T00:00:00.000+0000", "America/New_York", "0"),
        Arguments.of("parse", "1970-01-01T00:00:00.1Z", "UTC", "100"),
        Arguments.of("parse", "1970-01-01T00:00:00.1Z", "America/New_York", "100"),
        Arguments.of("parse", "1970-01-01T00:00:00.1234Z", "UTC", "123"),
        Arguments.of("parse", "1970-01-01T00:00:00.1234Z", "America/New_York", "123"),
        Arguments.of("parse", "1970-01-01T00:00:00,123Z", "UTC", "NaN"),
        Arguments.of("parse", "1970-01-01T00:00:00,123Z", "America/New_York", "NaN"),
        Arguments.of("parse", "1970-1-1", "UTC", "0"),
        Arguments.of("parse", "1970-1-1", "America/New_York", "0"),
        Arguments.of("parse", "-000000-01-01T00:00:00Z", "UTC", "NaN"),
        Arguments.of("parse", "-000000-01-01T00:00:00Z", "America/New_York", "NaN"),
        Arguments.of("parse", "1970-01-01T00:00:60Z", "UTC", "NaN"),
        Arguments.of("parse", "1970-01-01T00:00:60Z", "America/New_York", "NaN"),
        Arguments.of("parse", "1970-01-01T25:00Z", "UTC", "NaN"),
        Arguments.of("parse", "1970-01-01T25:00Z", "America/New_York", "NaN"),
        Arguments.of("parse", "Jan 1 1970 10:00 PM", "UTC", "79200000"),
        Arguments.of("parse", "Jan 1 1970 10:00 PM", "America/New_York", "97200000"),
        Arguments.of("parse", "Jan 1 1970 12:00 AM", "UTC", "0"),
        Arguments.of("parse", "Jan 1 1970 12:00 AM", "America/New_York", "18000000"),
        Arguments.of("parse", "1 January 1970", "UTC", "0"),
        Arguments.of("parse", "1 January 1970", "America/New_York", "0"),
        Arguments.of("parse", "1970/01/02", "UTC", "86400000"),
        Arguments.of("parse", "1970/01/02", "America/New_York", "86400000"),
        Arguments.of("parse", "Jan 1, 70", "UTC", "0"),
        Arguments.of("parse", "Jan 1, 70", "America/New_York", "0"),
        Arguments.of("parse", "12/31/99 23:59:59 GMT", "UTC", "946684799000"),
        Arguments.of("parse", "12/31/99 23:59:59 GMT", "America/New_York", "946684799000"),
        Arguments.of("parse", "  2024-03-10", "UTC", "1710028800000"),
        Arguments.of("parse", "  2024-03-10", "America/New_York", "1710028800000"),
        Arguments.of("parse", "2024-03-10T12:00:00Z ", "UTC", "1710072000000"),
        Arguments.of("parse", "2024-03-10T12:00:00Z ", "America/New_York", "1710072000000"),
        Arguments.of("parse", "Tue Mar 10 2024", "UTC", "1710028800000"),
        Arguments.of("parse", "Tue Mar 10 2024", "America/New_York", "1710028800000"),
        Arguments.of("parse", "Mar 10 2024 GMT+2", "UTC", "1710021600000"),
        Arguments.of("parse", "Mar 10 2024 GMT+2", "America/New_York", "1710021600000"),
        Arguments.of("parse", "Mar 10 2024 UTC+0130", "UTC", "1710023400000"),
        Arguments.of("parse", "Mar 10 2024 UTC+0130", "America/New_York", "1710023400000"),
        Arguments.of("parse", "Mar 10 2024 12:00:00 +01:30", "UTC", "1710066600000"),
        Arguments.of("parse", "Mar 10 2024 12:00:00 +01:30", "America/New_York", "1710066600000"));
  }

  @Test
  void timeAlgorithmsAgreeWithJavaTimeOverManyYears() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(3);
    for (int i = 0; i < 20_000; i++) {
      long ms = random.nextLong(-8_640_000_000_000_000L, 8_640_000_000_000_001L);
      java.time.LocalDateTime dt =
          java.time.LocalDateTime.ofEpochSecond(
              Math.floorDiv(ms, 1000L),
              (int) Math.floorMod(ms, 1000L) * 1_000_000,
              java.time.ZoneOffset.UTC);
      double t = ms;
      assertEquals(dt.getYear(), DateMath.yearFromTime(t), "year " + ms);
      assertEquals(dt.getMonthValue() - 1, DateMath.monthFromTime(t), "month " + ms);
      assertEquals(dt.getDayOfMonth(), DateMath.dateFromTime(t), "date " + ms);
      assertEquals(dt.getDayOfWeek().getValue() % 7, DateMath.weekDay(t), "weekday " + ms);
      assertEquals(dt.getHour(), DateMath.hourFromTime(t));
      assertEquals(dt.getMinute(), DateMath.minFromTime(t));
      assertEquals(dt.getSecond(), DateMath.secFromTime(t));
      assertEquals(dt.getNano() / 1_000_000, DateMath.msFromTime(t));
      double day = DateMath.makeDay(dt.getYear(), dt.getMonthValue() - 1, dt.getDayOfMonth());
      double time =
          DateMath.makeTime(dt.getHour(), dt.getMinute(), dt.getSecond(), dt.getNano() / 1_000_000);
      assertEquals(t, DateMath.makeDate(day, time), "round trip " + ms);
    }
  }

  @Test
  void timeClipAndMakeEdges() {
    assertEquals(8.64e15, DateMath.timeClip(8.64e15));
    assertEquals(Double.NaN, DateMath.timeClip(8.64e15 + 1));
    assertEquals(Double.NaN, DateMath.timeClip(Double.POSITIVE_INFINITY));
    assertEquals(0.0, DateMath.timeClip(-0.0));
    assertEquals(1.0, DateMath.timeClip(1.9));
    assertEquals(Double.NaN, DateMath.makeDay(Double.NaN, 0, 1));
    assertEquals(Double.NaN, DateMath.makeTime(0, Double.POSITIVE_INFINITY, 0, 0));
    assertEquals(Double.NaN, DateMath.makeDate(Double.NaN, 0));
    // Month 12 carries into the next year; month -1 borrows.
    assertEquals(DateMath.makeDay(2025, 0, 1), DateMath.makeDay(2024, 12, 1));
    assertEquals(DateMath.makeDay(2023, 11, 1), DateMath.makeDay(2024, -1, 1));
    assertEquals(366, DateMath.daysInYear(2000));
    assertEquals(365, DateMath.daysInYear(1900));
    assertEquals(1, DateMath.inLeapYear(DateMath.timeFromYear(2024)));
    assertEquals(Double.NaN, DateMath.localTime(Double.NaN, ZoneId.of("UTC")));
    assertEquals(Double.NaN, DateMath.utc(Double.NaN, ZoneId.of("UTC")));
    assertEquals(-3_600_000.0, DateMath.utc(0, ZoneId.of("+01:00")));
  }

  @Test
  void localeFormsAreEnUs() {
    ZoneId utc = ZoneId.of("UTC");
    assertEquals("1/1/1970, 12:00:00 AM", DateFormat.toLocaleString(0, utc));
    assertEquals("1/1/1970", DateFormat.toLocaleDateString(0, utc));
    assertEquals("12:00:00 PM", DateFormat.toLocaleTimeString(43200000, utc));
    assertEquals("7/1/2024, 12:00:00 PM", DateFormat.toLocaleString(1719835200123.0, utc));
    assertEquals("1/1/2, 12:00:00 AM", DateFormat.toLocaleString(-62198755200000.0, utc));
    assertEquals(
        "12/31/1969, 7:00:00 PM", DateFormat.toLocaleString(0, ZoneId.of("America/New_York")));
  }

  @Test
  void zoneNamesFollowIcuStyleForOffsets() {
    assertEquals("GMT", DateFormat.zoneName(0, ZoneId.of("UTC"), 0));
    assertEquals("GMT-3", DateFormat.zoneName(0, ZoneId.of("Etc/GMT+3"), -3 * 3_600_000.0));
    assertEquals("GMT+5:30", DateFormat.zoneName(-1, ZoneId.of("Asia/Kolkata"), 19_800_000.0));
    assertEquals(
        "CEST", DateFormat.zoneName(1719835200123.0, ZoneId.of("Europe/Berlin"), 7_200_000.0));
    assertEquals("Sun", DateFormat.dayName(0));
    assertEquals("Dec", DateFormat.monthName(11));
  }
}
