package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.time.ZoneId;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.DateFormat;
import org.jsheap.runtime.lib.DateMath;
import org.jsheap.runtime.lib.DateParser;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code Date}: {@code Date.now}, {@code Date.parse}, {@code Date.UTC}, the constructor forms (no
 * argument, a time value, a string, year/month/...), the local and UTC getters, {@code getTime},
 * {@code valueOf} (so {@code d2 - d1} is a number of milliseconds), {@code setTime}, and the string
 * forms. The time value is the payload of the object's box; the local zone is the JVM's default.
 */
final class DateBuiltins implements BuiltinSet {
  static final String[] GETTERS = {
    "getTime",
    "valueOf",
    "getFullYear",
    "getMonth",
    "getDate",
    "getDay",
    "getHours",
    "getMinutes",
    "getSeconds",
    "getMilliseconds",
    "getUTCFullYear",
    "getUTCMonth",
    "getUTCDate",
    "getUTCDay",
    "getUTCHours",
    "getUTCMinutes",
    "getUTCSeconds",
    "getUTCMilliseconds",
    "getTimezoneOffset",
    "toString",
    "toDateString",
    "toTimeString",
    "toISOString",
    "toUTCString",
    "toLocaleString",
    "toLocaleDateString",
    "toLocaleTimeString"
  };

  @Override
  public void install(Installer in) {
    in.constructor("Date", 7, Construct::new);
    in.method("Date", "now", 0, Now::new);
    in.method("Date", "parse", 1, Parse::new);
    in.method("Date", "UTC", 7, Utc::new);
    for (String g : GETTERS) {
      in.method("DatePrototype", g, 0, () -> new Getter(g));
    }
    in.method("DatePrototype", "setTime", 1, SetTime::new);
    DateSetters.install(in);
  }

  static ZoneId zone() {
    return ZoneId.systemDefault();
  }

  @TruffleBoundary
  static double now() {
    return (double) System.currentTimeMillis();
  }

  /** The time value of a Date, or a TypeError. */
  static double timeValue(JSHeapContext ctx, long v, String method) {
    long box = InternalSlots.require(ctx, v, InternalSlots.DATE, "Date.prototype." + method);
    return asNumber(InternalSlots.payload(ctx.heap(), box));
  }

  /** {@code Date(...)}: a string of now; {@code new Date(...)}: a Date object. */
  static final class Construct extends LibNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      if (!isConstruct(frame)) {
        return ctx.strings().fromJava(format(now()));
      }
      double t = time(ctx, frame);
      brand(ctx, thisSlot(frame), t);
      return thisValue(frame);
    }

    @TruffleBoundary
    private static String format(double t) {
      return DateFormat.toDateTimeString(t, zone());
    }

    private double time(JSHeapContext ctx, VirtualFrame frame) {
      int n = argc(frame);
      if (n == 0) {
        return now();
      }
      if (n == 1) {
        long v = arg(frame, 0);
        if (InternalSlots.box(ctx, v, InternalSlots.DATE) != 0) {
          return timeValue(ctx, v, "valueOf");
        }
        long p = JsValues.toPrimitive(ctx, v, "default");
        if (ctx.strings().isString(p)) {
          return parse(ctx.strings().toJava(p));
        }
        return DateMath.timeClip(JsValues.toNumber(ctx, p));
      }
      return DateMath.timeClip(DateMath.utc(fields(numbers(frame, 7)), zone()));
    }
  }

  @TruffleBoundary
  static double parse(String s) {
    return DateParser.parse(s, zone());
  }

  /** MakeDate of (year, month[, date, hours, minutes, seconds, ms]); years 0..99 mean 19xx. */
  static double fields(double[] args) {
    double[] f = {Double.NaN, 0, 1, 0, 0, 0, 0};
    System.arraycopy(args, 0, f, 0, args.length);
    double y = f[0];
    if (!Double.isNaN(y)) {
      double yi = y < 0 ? Math.ceil(y) : Math.floor(y);
      if (yi >= 0 && yi <= 99) {
        y = 1900 + yi;
      }
    }
    return DateMath.makeDate(
        DateMath.makeDay(y, f[1], f[2]), DateMath.makeTime(f[3], f[4], f[5], f[6]));
  }

  static void brand(JSHeapContext ctx, int objIndex, double t) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, fromNumber(t));
      InternalSlots.attach(ctx, objIndex, InternalSlots.DATE, w, UNDEFINED);
    } finally {
      act.exit(w);
    }
  }

  /** {@code Date.now()}. */
  static final class Now extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      return fromNumber(now());
    }
  }

  /** {@code Date.parse(string)}. */
  static final class Parse extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      return fromNumber(parse(JsValues.toJavaString(ctx(), arg(frame, 0))));
    }
  }

  /** {@code Date.UTC(year, month, ...)}. */
  static final class Utc extends LibNode {
    @Override
    public long execute(VirtualFrame frame) {
      return fromNumber(DateMath.timeClip(fields(numbers(frame, 7))));
    }
  }

  /** {@code setTime(t)}. */
  static final class SetTime extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      timeValue(ctx, thisValue(frame), "setTime");
      double t = DateMath.timeClip(JsValues.toNumber(ctx, arg(frame, 0)));
      long box = InternalSlots.require(ctx, thisValue(frame), InternalSlots.DATE, "setTime");
      InternalSlots.setPayload(ctx.heap(), box, fromNumber(t));
      return fromNumber(t);
    }
  }

  /** The getters and string forms. */
  static final class Getter extends BuiltinNode {
    private final String name;

    Getter(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      double t = timeValue(ctx, thisValue(frame), name);
      Object r = compute(name, t);
      if (r instanceof String s) {
        return ctx.strings().fromJava(s);
      }
      return r == null ? NULL : fromNumber((Double) r);
    }

    @TruffleBoundary
    static Object compute(String name, double t) {
      ZoneId z = zone();
      if (name.startsWith("to")) {
        if (Double.isNaN(t)) {
          if (name.equals("toISOString")) {
            throw JsException.rangeError("Invalid time value");
          }
          return name.equals("toJSON") ? null : "Invalid Date";
        }
        return switch (name) {
          case "toString" -> DateFormat.toDateTimeString(t, z);
          case "toDateString" -> DateFormat.toDateString(t, z);
          case "toTimeString" -> DateFormat.toTimeString(t, z);
          case "toISOString", "toJSON" -> DateFormat.toISOString(t);
          case "toUTCString" -> DateFormat.toUTCString(t);
          case "toLocaleString" -> DateFormat.toLocaleString(t, z);
          case "toLocaleDateString" -> DateFormat.toLocaleDateString(t, z);
          default -> DateFormat.toLocaleTimeString(t, z);
        };
      }
      if (Double.isNaN(t)) {
        return Double.NaN;
      }
      if (name.equals("getTime") || name.equals("valueOf")) {
        return t;
      }
      if (name.equals("getTimezoneOffset")) {
        return (t - DateMath.localTime(t, z)) / DateMath.MS_PER_MINUTE;
      }
      boolean utc = name.startsWith("getUTC");
      double lt = utc ? t : DateMath.localTime(t, z);
      String field = name.substring(utc ? 6 : 3);
      return (double)
          switch (field) {
            case "FullYear" -> (int) DateMath.yearFromTime(lt);
            case "Month" -> DateMath.monthFromTime(lt);
            case "Date" -> DateMath.dateFromTime(lt);
            case "Day" -> DateMath.weekDay(lt);
            case "Hours" -> DateMath.hourFromTime(lt);
            case "Minutes" -> DateMath.minFromTime(lt);
            case "Seconds" -> DateMath.secFromTime(lt);
            default -> DateMath.msFromTime(lt);
          };
    }
  }
}
