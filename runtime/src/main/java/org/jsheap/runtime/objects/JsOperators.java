package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.lib.NumberConversions;

/**
 * The generic (slow) paths of the operators, for operands that are not both numbers. Both operands
 * are rooted in an activation window before any conversion that may run JS code or allocate.
 */
public final class JsOperators {
  private JsOperators() {}

  /** {@code a + b}. May collect. */
  @TruffleBoundary
  public static long add(JSHeapContext ctx, long a, long b) {
    JsStrings s = ctx.strings();
    if (s.isString(a) && s.isString(b)) {
      return s.concat(a, b);
    }
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, a);
      act.set(w + 1, b);
      act.set(w, JsValues.toPrimitive(ctx, act.get(w), "default"));
      act.set(w + 1, JsValues.toPrimitive(ctx, act.get(w + 1), "default"));
      long pa = act.get(w);
      long pb = act.get(w + 1);
      if (s.isString(pa) || s.isString(pb)) {
        act.set(w, JsValues.toStringValue(ctx, act.get(w)));
        act.set(w + 1, JsValues.toStringValue(ctx, act.get(w + 1)));
        return s.concat(act.get(w), act.get(w + 1));
      }
      return fromNumber(JsValues.toNumber(ctx, pa) + JsValues.toNumber(ctx, pb));
    } finally {
      act.exit(w);
    }
  }

  /** Both operands as numbers (ToNumber left to right). May collect. */
  @TruffleBoundary
  public static double[] toNumbers(JSHeapContext ctx, long a, long b) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, b);
      double x = JsValues.toNumber(ctx, a);
      double y = JsValues.toNumber(ctx, act.get(w));
      return new double[] {x, y};
    } finally {
      act.exit(w);
    }
  }

  /** The arithmetic or bitwise operator {@code op} on numbers. */
  public static long numeric(String op, double x, double y) {
    return switch (op) {
      case "-" -> fromNumber(x - y);
      case "*" -> fromNumber(x * y);
      case "/" -> fromNumber(x / y);
      case "%" -> fromNumber(NumberConversions.remainder(x, y));
      case "**" -> fromNumber(pow(x, y));
      case "&" -> fromInt(NumberConversions.toInt32(x) & NumberConversions.toInt32(y));
      case "|" -> fromInt(NumberConversions.toInt32(x) | NumberConversions.toInt32(y));
      case "^" -> fromInt(NumberConversions.toInt32(x) ^ NumberConversions.toInt32(y));
      case "<<" -> fromInt(NumberConversions.toInt32(x) << (NumberConversions.toUint32(y) & 31));
      case ">>" -> fromInt(NumberConversions.toInt32(x) >> (NumberConversions.toUint32(y) & 31));
      case ">>>" ->
          fromNumber(
              (double) (NumberConversions.toUint32(x) >>> (NumberConversions.toUint32(y) & 31)));
      default -> throw new IllegalArgumentException(op);
    };
  }

  /** {@code Math.pow} with JS's NaN rule for 1 ** Infinity. */
  public static double pow(double x, double y) {
    if (Double.isNaN(y) || (Math.abs(x) == 1 && Double.isInfinite(y))) {
      return Double.NaN;
    }
    return Math.pow(x, y);
  }

  /** {@code op} on any two values (ToNumber both, left first). May collect. */
  @TruffleBoundary
  public static long numericGeneric(JSHeapContext ctx, String op, long a, long b) {
    double[] n = toNumbers(ctx, a, b);
    return numeric(op, n[0], n[1]);
  }

  /**
   * Abstract relational comparison {@code a < b} (with {@code leftFirst}); returns 1 for true, 0
   * for false, -1 for undefined (a NaN). May collect.
   */
  @TruffleBoundary
  public static int lessThan(JSHeapContext ctx, long a, long b, boolean leftFirst) {
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, a);
      act.set(w + 1, b);
      if (leftFirst) {
        act.set(w, JsValues.toPrimitive(ctx, act.get(w), "number"));
        act.set(w + 1, JsValues.toPrimitive(ctx, act.get(w + 1), "number"));
      } else {
        act.set(w + 1, JsValues.toPrimitive(ctx, act.get(w + 1), "number"));
        act.set(w, JsValues.toPrimitive(ctx, act.get(w), "number"));
      }
      long pa = act.get(w);
      long pb = act.get(w + 1);
      JsStrings s = ctx.strings();
      if (s.isString(pa) && s.isString(pb)) {
        return s.toJava(pa).compareTo(s.toJava(pb)) < 0 ? 1 : 0;
      }
      double x = JsValues.toNumber(ctx, pa);
      double y = JsValues.toNumber(ctx, act.get(w + 1));
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return -1;
      }
      return x < y ? 1 : 0;
    } finally {
      act.exit(w);
    }
  }

  /** {@code v instanceof f}: {@code f[Symbol.hasInstance]} if present, else the prototype chain. */
  @TruffleBoundary
  public static boolean instanceOf(JSHeapContext ctx, long v, long f) {
    if (!JsValues.isObject(ctx, f)) {
      throw JsException.typeError("Right-hand side of 'instanceof' is not an object");
    }
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, v);
      act.set(w + 1, f);
      long h = ctx.model().get(f, ctx.realm().symbolHasInstance());
      if (h != UNDEFINED && h != NULL) {
        if (!JsValues.isCallable(ctx, h)) {
          throw JsException.typeError("Symbol.hasInstance of the right-hand side is not callable");
        }
        return JsValues.toBoolean(ctx, JsCalls.call(ctx, h, act.get(w + 1), act.get(w)));
      }
      return ordinaryHasInstance(ctx, act.get(w), act.get(w + 1));
    } finally {
      act.exit(w);
    }
  }

  /** OrdinaryHasInstance: {@code f.prototype} on the prototype chain of {@code v}. May collect. */
  @TruffleBoundary
  public static boolean ordinaryHasInstance(JSHeapContext ctx, long v, long f) {
    if (!JsValues.isCallable(ctx, f)) {
      throw JsException.typeError("Right-hand side of 'instanceof' is not callable");
    }
    if (!JsValues.isObject(ctx, v)) {
      return false;
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, v);
      long proto = ctx.model().get(f, "prototype");
      if (!JsValues.isObject(ctx, proto)) {
        throw JsException.typeError("Function has non-object prototype in instanceof check");
      }
      long o = ctx.model().getPrototype(act.get(w));
      while (o != NULL) {
        if (o == proto) {
          return true;
        }
        o = ctx.model().getPrototype(o);
      }
      return false;
    } finally {
      act.exit(w);
    }
  }

  /** {@code key in obj}. May collect (ToPropertyKey). */
  @TruffleBoundary
  public static boolean in(JSHeapContext ctx, long key, long obj) {
    if (!JsValues.isObject(ctx, obj)) {
      throw JsException.typeError("Cannot use 'in' operator to search for a key in a non-object");
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, obj);
      Object k = JsValues.toPropertyKey(ctx, key);
      return ctx.model().has(act.get(w), k);
    } finally {
      act.exit(w);
    }
  }
}
