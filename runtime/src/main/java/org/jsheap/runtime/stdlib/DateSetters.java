package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.DateMath;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;

/**
 * The field setters of {@code Date.prototype} ({@code setFullYear} ... {@code setMilliseconds} and
 * their UTC forms): the time value is split into the seven fields (local or UTC), the given ones
 * replaced, and the result recomposed with MakeDay/MakeTime and TimeClip; and the generic {@code
 * toJSON}.
 */
final class DateSetters {
  private DateSetters() {}

  /** Setter base names, each with the index of its first field and its field count. */
  private static final String[] NAMES = {
    "FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds"
  };

  private static final int[] FIRST = {0, 1, 2, 3, 4, 5, 6};
  private static final int[] COUNT = {3, 2, 1, 4, 3, 2, 1};

  static void install(Installer in) {
    for (int i = 0; i < NAMES.length; i++) {
      int first = FIRST[i];
      int count = COUNT[i];
      in.method("DatePrototype", "set" + NAMES[i], count, () -> new Setter(first, count, false));
      in.method("DatePrototype", "setUTC" + NAMES[i], count, () -> new Setter(first, count, true));
    }
    in.method("DatePrototype", "toJSON", 1, DateSetters::toJSON);
  }

  /**
   * {@code Date.prototype.toJSON(key)}, generic: ToObject(this), null when its number primitive is
   * not finite, else Invoke(o, "toISOString"). May collect.
   */
  static long toJSON(org.jsheap.runtime.builtins.Args a) {
    JSHeapContext ctx = a.ctx();
    long self = a.thisValue();
    if (self == UNDEFINED || self == NULL) {
      throw JsException.typeError("Date.prototype.toJSON called on null or undefined");
    }
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsObjects.toObject(ctx, self));
      long tv = JsValues.toPrimitive(ctx, act.get(w), "number");
      if (isNumber(tv) && !Double.isFinite(asNumber(tv))) {
        return NULL;
      }
      long f = ctx.model().get(act.get(w), "toISOString");
      return JsCalls.call(ctx, f, act.get(w));
    } finally {
      act.exit(w);
    }
  }

  /** The seven fields (year, month, date, hours, minutes, seconds, ms) of time value {@code t}. */
  static double[] split(double t) {
    return new double[] {
      DateMath.yearFromTime(t),
      DateMath.monthFromTime(t),
      DateMath.dateFromTime(t),
      DateMath.hourFromTime(t),
      DateMath.minFromTime(t),
      DateMath.secFromTime(t),
      DateMath.msFromTime(t)
    };
  }

  /** Replaces fields {@code first..} of (local or UTC) time {@code t} by {@code values}. */
  static double set(double t, int first, double[] values, boolean utc) {
    if (Double.isNaN(t)) {
      if (first != 0) {
        return Double.NaN;
      }
      t = 0;
    } else if (!utc) {
      t = DateMath.localTime(t, DateBuiltins.zone());
    }
    double[] f = split(t);
    System.arraycopy(values, 0, f, first, values.length);
    double r =
        DateMath.makeDate(
            DateMath.makeDay(f[0], f[1], f[2]), DateMath.makeTime(f[3], f[4], f[5], f[6]));
    return DateMath.timeClip(utc ? r : DateMath.utc(r, DateBuiltins.zone()));
  }

  /** {@code set[UTC]Xxx(v, ...)}. */
  static final class Setter extends BuiltinNode {
    private final int first;
    private final int count;
    private final boolean utc;

    Setter(int first, int count, boolean utc) {
      this.first = first;
      this.count = count;
      this.utc = utc;
    }

    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      String name = "set" + (utc ? "UTC" : "") + NAMES[first];
      double t = DateBuiltins.timeValue(ctx, thisValue(frame), name);
      int n = Math.max(1, Math.min(argc(frame), count));
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        values[i] = JsValues.toNumber(ctx, arg(frame, i));
      }
      if (Double.isNaN(t) && first != 0) {
        return fromNumber(Double.NaN); // an invalid date stays as it is (the arguments converted)
      }
      double r = set(t, first, values, utc);
      long box = InternalSlots.require(ctx, thisValue(frame), InternalSlots.DATE, name);
      InternalSlots.setPayload(ctx.heap(), box, fromNumber(r));
      return fromNumber(r);
    }
  }
}
