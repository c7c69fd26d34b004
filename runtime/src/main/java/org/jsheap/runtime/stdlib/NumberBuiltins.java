package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.lib.NumberToString;
import org.jsheap.runtime.lib.StringToNumber;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;

/**
 * {@code Number} (constructor, wrapper objects, {@code Number.*}, the prototype's {@code toString},
 * {@code toFixed}, {@code toPrecision}, {@code toExponential}, {@code valueOf}) and the global
 * {@code parseInt}, {@code parseFloat}, {@code isNaN}, {@code isFinite}, {@code NaN}, {@code
 * Infinity}. Printing and parsing are {@link NumberToString} and {@link StringToNumber}.
 */
final class NumberBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.constructor("Number", 1, Construct::new);
    InternalSlots.brandIntrinsic(in.context(), "NumberPrototype", InternalSlots.NUMBER, fromInt(0));
    in.method("NumberPrototype", "toString", 1, () -> new Format(Format.TO_STRING));
    in.method("NumberPrototype", "toLocaleString", 0, () -> new Format(Format.TO_STRING));
    in.method("NumberPrototype", "toFixed", 1, () -> new Format(Format.FIXED));
    in.method("NumberPrototype", "toPrecision", 1, () -> new Format(Format.PRECISION));
    in.method("NumberPrototype", "toExponential", 1, () -> new Format(Format.EXPONENTIAL));
    in.method("NumberPrototype", "valueOf", 0, ValueOf::new);
    in.method("Number", "isNaN", 1, () -> new Test(Test.IS_NAN));
    in.method("Number", "isFinite", 1, () -> new Test(Test.IS_FINITE));
    in.method("Number", "isInteger", 1, () -> new Test(Test.IS_INTEGER));
    in.method("Number", "isSafeInteger", 1, () -> new Test(Test.IS_SAFE_INTEGER));
    in.method("Global", "parseInt", 2, ParseInt::new);
    in.method("Global", "parseFloat", 1, ParseFloat::new);
    in.method("Global", "isNaN", 1, () -> new GlobalTest(true));
    in.method("Global", "isFinite", 1, () -> new GlobalTest(false));
    ObjectModel m = in.context().model();
    long global = in.realm().global();
    in.value("Number", "parseInt", m.get(global, "parseInt"), Installer.METHOD);
    in.value("Number", "parseFloat", m.get(in.realm().global(), "parseFloat"), Installer.METHOD);
    constant(in, "MAX_SAFE_INTEGER", (double) NumberConversions.MAX_SAFE_INTEGER);
    constant(in, "MIN_SAFE_INTEGER", (double) -NumberConversions.MAX_SAFE_INTEGER);
    constant(in, "MAX_VALUE", Double.MAX_VALUE);
    constant(in, "MIN_VALUE", Double.MIN_VALUE);
    constant(in, "EPSILON", Math.ulp(1.0));
    constant(in, "POSITIVE_INFINITY", Double.POSITIVE_INFINITY);
    constant(in, "NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY);
    constant(in, "NaN", Double.NaN);
    if (!m.hasOwn(in.realm().global(), "NaN")) {
      m.define(in.realm().global(), "NaN", fromDouble(Double.NaN), 0);
    }
    if (!m.hasOwn(in.realm().global(), "Infinity")) {
      m.define(in.realm().global(), "Infinity", fromDouble(Double.POSITIVE_INFINITY), 0);
    }
  }

  private static void constant(Installer in, String name, double value) {
    in.value("Number", name, fromDouble(value), 0);
  }

  /** {@code Number(v)}: ToNumber; with {@code new}, a wrapper object. */
  static final class Construct extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      long n = argc(frame) == 0 ? fromInt(0) : JsValues.toNumberValue(ctx(), arg(frame, 0));
      if (!isConstruct(frame)) {
        return n;
      }
      wrap(ctx(), thisSlot(frame), n);
      return thisValue(frame);
    }

    @TruffleBoundary
    private static void wrap(JSHeapContext ctx, int thisIndex, long n) {
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, n);
        InternalSlots.attach(ctx, thisIndex, InternalSlots.NUMBER, w, UNDEFINED);
      } finally {
        act.exit(w);
      }
    }
  }

  /** thisNumberValue: a number, or a Number wrapper's number; else a TypeError. */
  static double thisNumber(JSHeapContext ctx, long v, String method) {
    if (isNumber(v)) {
      return asNumber(v);
    }
    long box = InternalSlots.require(ctx, v, InternalSlots.NUMBER, "Number.prototype." + method);
    return asNumber(InternalSlots.payload(ctx.heap(), box));
  }

  /** {@code valueOf()}. */
  static final class ValueOf extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      return fromNumber(thisNumber(ctx(), thisValue(frame), "valueOf"));
    }
  }

  /** {@code toString(radix)}, {@code toFixed}, {@code toPrecision}, {@code toExponential}. */
  static final class Format extends BuiltinNode {
    static final int TO_STRING = 0;
    static final int FIXED = 1;
    static final int PRECISION = 2;
    static final int EXPONENTIAL = 3;
    private final int op;

    Format(int op) {
      this.op = op;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return ctx().strings().fromJava(format(ctx(), frame));
    }

    private String format(JSHeapContext ctx, VirtualFrame frame) {
      double x = thisNumber(ctx, thisValue(frame), NAMES[op]);
      long a = arg(frame, 0);
      switch (op) {
        case TO_STRING:
          {
            double radix = a == UNDEFINED ? 10 : integer(ctx, a);
            if (!NumberToString.isValidRadix(radix)) {
              throw JsException.rangeError(NumberToString.RADIX_RANGE_ERROR);
            }
            return toString(x, (int) radix);
          }
        case FIXED:
          {
            double digits = integer(ctx, a);
            if (!NumberToString.isValidFractionDigits(digits)) {
              throw JsException.rangeError(NumberToString.TO_FIXED_RANGE_ERROR);
            }
            return toFixed(x, (int) digits);
          }
        case PRECISION:
          {
            if (a == UNDEFINED) {
              return NumberToString.toString(x);
            }
            double p = integer(ctx, a);
            if (Double.isNaN(x) || Double.isInfinite(x)) {
              return NumberToString.toString(x);
            }
            if (!NumberToString.isValidPrecision(p)) {
              throw JsException.rangeError(NumberToString.TO_PRECISION_RANGE_ERROR);
            }
            return toPrecision(x, (int) p);
          }
        default:
          {
            double f = a == UNDEFINED ? -1 : integer(ctx, a);
            if (Double.isNaN(x) || Double.isInfinite(x)) {
              return NumberToString.toString(x);
            }
            if (f != -1 && !NumberToString.isValidFractionDigits(f)) {
              throw JsException.rangeError(NumberToString.TO_EXPONENTIAL_RANGE_ERROR);
            }
            return f == -1
                ? NumberToString.toExponential(x)
                : NumberToString.toExponential(x, (int) f);
          }
      }
    }

    private static final String[] NAMES = {"toString", "toFixed", "toPrecision", "toExponential"};

    @TruffleBoundary
    private static String toString(double x, int radix) {
      return NumberToString.toString(x, radix);
    }

    @TruffleBoundary
    private static String toFixed(double x, int digits) {
      return NumberToString.toFixed(x, digits);
    }

    @TruffleBoundary
    private static String toPrecision(double x, int p) {
      return NumberToString.toPrecision(x, p);
    }
  }

  /** ToIntegerOrInfinity(ToNumber(v)). May collect. */
  static double integer(JSHeapContext ctx, long v) {
    return NumberConversions.toIntegerOrInfinity(JsValues.toNumber(ctx, v));
  }

  /** {@code Number.isNaN} and friends: no conversion, false for non-numbers. */
  static final class Test extends BuiltinNode {
    static final int IS_NAN = 0;
    static final int IS_FINITE = 1;
    static final int IS_INTEGER = 2;
    static final int IS_SAFE_INTEGER = 3;
    private final int op;

    Test(int op) {
      this.op = op;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = arg(frame, 0);
      if (!isNumber(v)) {
        return FALSE;
      }
      double d = asNumber(v);
      boolean integral = !Double.isInfinite(d) && d == Math.rint(d);
      return fromBoolean(
          switch (op) {
            case IS_NAN -> Double.isNaN(d);
            case IS_FINITE -> !Double.isNaN(d) && !Double.isInfinite(d);
            case IS_INTEGER -> integral;
            default -> integral && Math.abs(d) <= NumberConversions.MAX_SAFE_INTEGER;
          });
    }
  }

  /** Global {@code isNaN(v)} / {@code isFinite(v)}: after ToNumber. */
  static final class GlobalTest extends BuiltinNode {
    private final boolean isNaN;

    GlobalTest(boolean isNaN) {
      this.isNaN = isNaN;
    }

    @Override
    public long execute(VirtualFrame frame) {
      double d = JsValues.toNumber(ctx(), arg(frame, 0));
      return fromBoolean(isNaN ? Double.isNaN(d) : !Double.isNaN(d) && !Double.isInfinite(d));
    }
  }

  /** {@code parseInt(string, radix)}. */
  static final class ParseInt extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      String s = JsValues.toJavaString(ctx, arg(frame, 0));
      int radix = NumberConversions.toInt32(JsValues.toNumber(ctx, arg(frame, 1)));
      return fromNumber(parse(s, radix));
    }

    @TruffleBoundary
    private static double parse(String s, int radix) {
      return StringToNumber.parseInt(s, radix);
    }
  }

  /** {@code parseFloat(string)}. */
  static final class ParseFloat extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      String s = JsValues.toJavaString(ctx(), arg(frame, 0));
      return fromNumber(parse(s));
    }

    @TruffleBoundary
    private static double parse(String s) {
      return StringToNumber.parseFloat(s);
    }
  }
}
