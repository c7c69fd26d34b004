package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapExhaustedException;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.runtime.lib.NumberToString;
import org.jsheap.runtime.lib.StringToNumber;
import org.jsheap.shapes.HeapKind;
import org.jsheap.shapes.PropertyKeys;

/**
 * JavaScript's abstract operations on tagged values: type tests, ToBoolean, ToNumber, ToString,
 * ToPrimitive, ToPropertyKey, typeof and equality. Operations that may run JS code or allocate say
 * "may collect"; their callers root what they hold.
 */
public final class JsValues {
  private JsValues() {}

  /** TDZ marker in a let/const slot before its declaration runs (never a JS value). */
  public static final long TDZ = immediate(1);

  public static int kind(Heap heap, long v) {
    return isReference(v) ? heap.kind(asReference(v)) : -1;
  }

  public static boolean isObject(JSHeapContext ctx, long v) {
    if (!isReference(v)) {
      return false;
    }
    int k = ctx.heap().kind(asReference(v));
    return k == HeapKind.ORDINARY_OBJECT || k == HeapKind.ARRAY || k == HeapKind.FUNCTION;
  }

  public static boolean isCallable(JSHeapContext ctx, long v) {
    return isReference(v) && ctx.heap().kind(asReference(v)) == HeapKind.FUNCTION;
  }

  public static boolean isArray(JSHeapContext ctx, long v) {
    return isReference(v) && ctx.heap().kind(asReference(v)) == HeapKind.ARRAY;
  }

  public static boolean toBoolean(JSHeapContext ctx, long v) {
    if (isBoolean(v)) {
      return asBoolean(v);
    } else if (isInt(v)) {
      return asInt(v) != 0;
    } else if (isDouble(v)) {
      double d = asDouble(v);
      return d != 0 && d == d;
    } else if (v == UNDEFINED || v == NULL) {
      return false;
    } else if (ctx.strings().isString(v)) {
      return ctx.strings().length(v) != 0;
    }
    return true;
  }

  /** ToNumber. May collect (ToPrimitive on objects). */
  @TruffleBoundary
  public static double toNumber(JSHeapContext ctx, long v) {
    if (isInt(v)) {
      return asInt(v);
    } else if (isDouble(v)) {
      return asDouble(v);
    } else if (isBoolean(v)) {
      return asBoolean(v) ? 1 : 0;
    } else if (v == UNDEFINED) {
      return Double.NaN;
    } else if (v == NULL) {
      return 0;
    } else if (ctx.strings().isString(v)) {
      return StringToNumber.toNumber(ctx.strings().toJava(v));
    } else if (ctx.strings().isSymbol(v)) {
      throw JsException.typeError("Cannot convert a Symbol value to a number");
    } else if (Foreign.isForeign(ctx, v)) {
      return Double.NaN;
    }
    return toNumber(ctx, toPrimitive(ctx, v, "number"));
  }

  /** ToNumeric as a tagged number (int32 when possible). May collect. */
  public static long toNumberValue(JSHeapContext ctx, long v) {
    if (isNumber(v)) {
      return v;
    }
    return fromNumber(toNumber(ctx, v));
  }

  /** ToString as a Java string. May collect (ToPrimitive on objects). */
  @TruffleBoundary
  public static String toJavaString(JSHeapContext ctx, long v) {
    if (isInt(v)) {
      return Integer.toString(asInt(v));
    } else if (isDouble(v)) {
      return NumberToString.toString(asDouble(v));
    } else if (isBoolean(v)) {
      return asBoolean(v) ? "true" : "false";
    } else if (v == UNDEFINED) {
      return "undefined";
    } else if (v == NULL) {
      return "null";
    } else if (ctx.strings().isString(v)) {
      return ctx.strings().toJava(v);
    } else if (ctx.strings().isSymbol(v)) {
      throw JsException.typeError("Cannot convert a Symbol value to a string");
    } else if (Foreign.isForeign(ctx, v)) {
      return Foreign.display(ctx, v);
    }
    return toJavaString(ctx, toPrimitive(ctx, v, "string"));
  }

  /** ToString as a string value (the same value if it is one). May collect. */
  public static long toStringValue(JSHeapContext ctx, long v) {
    if (ctx.strings().isString(v)) {
      return v;
    }
    return ctx.strings().fromJava(toJavaString(ctx, v));
  }

  /** ToPrimitive with hint "number", "string" or "default". May collect (calls JS). */
  @TruffleBoundary
  public static long toPrimitive(JSHeapContext ctx, long v, String hint) {
    if (!isObject(ctx, v)) {
      return v;
    }
    String[] order =
        "string".equals(hint)
            ? new String[] {"toString", "valueOf"}
            : new String[] {"valueOf", "toString"};
    Activation act = ctx.activation();
    int base = act.enter(1);
    try {
      act.set(base, v);
      for (String name : order) {
        long fn = ctx.model().get(act.get(base), name);
        if (isCallable(ctx, fn)) {
          long r = JsCalls.call(ctx, fn, act.get(base));
          if (!isObject(ctx, r)) {
            return r;
          }
        }
      }
    } finally {
      act.exit(base);
    }
    throw JsException.typeError("Cannot convert object to primitive value");
  }

  /**
   * ToPropertyKey as a shapes key: a Java {@link String} (canonical) or a {@code SymbolKey}. May
   * collect.
   */
  @TruffleBoundary
  public static Object toPropertyKey(JSHeapContext ctx, long v) {
    if (isObject(ctx, v)) {
      v = toPrimitive(ctx, v, "string"); // once: a symbol from toString is the key
    }
    if (ctx.strings().isSymbol(v)) {
      return ctx.strings().symbolKey(v);
    }
    return toJavaString(ctx, v);
  }

  /** The array index a key value denotes, or -1. */
  public static long arrayIndex(long v) {
    if (isInt(v)) {
      int i = asInt(v);
      return i >= 0 ? i : -1;
    }
    if (isDouble(v)) {
      double d = asDouble(v);
      long l = (long) d;
      return l == d && l >= 0 && l <= PropertyKeys.MAX_ARRAY_INDEX ? l : -1;
    }
    return -1;
  }

  public static String typeof(JSHeapContext ctx, long v) {
    if (isNumber(v)) {
      return "number";
    } else if (isBoolean(v)) {
      return "boolean";
    } else if (v == UNDEFINED) {
      return "undefined";
    } else if (v == NULL) {
      return "object";
    }
    int k = ctx.heap().kind(asReference(v));
    return switch (k) {
      case HeapKind.STRING -> "string";
      case HeapKind.SYMBOL -> "symbol";
      case HeapKind.FUNCTION -> "function";
      default -> "object";
    };
  }

  /** Strict equality ({@code ===}). */
  public static boolean strictEquals(JSHeapContext ctx, long a, long b) {
    if (isNumber(a) && isNumber(b)) {
      return asNumber(a) == asNumber(b);
    }
    if (a == b) {
      return true;
    }
    if (isReference(a) && isReference(b)) {
      JsStrings s = ctx.strings();
      if (s.isString(a) && s.isString(b)) {
        return s.toJava(a).equals(s.toJava(b));
      }
      if (s.isSymbol(a) && s.isSymbol(b)) {
        return s.symbolKey(a) == s.symbolKey(b);
      }
      return Foreign.sameForeign(ctx, a, b);
    }
    return false;
  }

  /** Loose equality ({@code ==}). May collect (ToPrimitive). */
  @TruffleBoundary
  public static boolean looseEquals(JSHeapContext ctx, long a, long b) {
    JsStrings s = ctx.strings();
    if (isNumber(a) && isNumber(b)) {
      return asNumber(a) == asNumber(b);
    }
    boolean an = a == NULL || a == UNDEFINED;
    boolean bn = b == NULL || b == UNDEFINED;
    if (an || bn) {
      return an && bn;
    }
    if (isObject(ctx, a) && isObject(ctx, b)) {
      return a == b;
    }
    if (s.isString(a) && s.isString(b)) {
      return s.toJava(a).equals(s.toJava(b));
    }
    if (s.isSymbol(a) || s.isSymbol(b)) {
      return s.isSymbol(a) && s.isSymbol(b) && s.symbolKey(a) == s.symbolKey(b);
    }
    if (isBoolean(a)) {
      return looseEquals(ctx, fromInt(asBoolean(a) ? 1 : 0), b);
    }
    if (isBoolean(b)) {
      return looseEquals(ctx, a, fromInt(asBoolean(b) ? 1 : 0));
    }
    if (isObject(ctx, a)) {
      int base = ctx.activation().enter(1);
      try {
        ctx.activation().set(base, b);
        long pa = toPrimitive(ctx, a, "default");
        return looseEquals(ctx, pa, ctx.activation().get(base));
      } finally {
        ctx.activation().exit(base);
      }
    }
    if (isObject(ctx, b)) {
      return looseEquals(ctx, b, a);
    }
    return toNumber(ctx, a) == toNumber(ctx, b);
  }

  /** Whether a throwable is the heap running out (turned into a catchable RangeError). */
  public static boolean isResourceExhaustion(Throwable t) {
    return t instanceof HeapExhaustedException
        || t instanceof StackOverflowError
        || t instanceof org.jsheap.gc.ValueStackOverflowException;
  }
}
