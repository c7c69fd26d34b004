package org.jsheap.runtime.interop;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsNull;

/**
 * Conversions between tagged values and interop values. Going out ({@link #toHost}): numbers,
 * booleans and strings become Java values, undefined and null {@link JsNull}, foreign values their
 * original object, and any other heap value a {@link JsObjectView} holding it through a global
 * handle. Coming in ({@link #fromHost}): the reverse; a foreign value is stored in the heap as an
 * external reference ({@link Foreign}).
 */
public final class Interop {
  private Interop() {}

  /** The interop value for {@code v}. Never collects (a view needs a Java-side handle only). */
  @TruffleBoundary
  public static Object toHost(JSHeapContext ctx, long v) {
    if (isInt(v)) {
      return asInt(v);
    } else if (isDouble(v)) {
      return asDouble(v);
    } else if (isBoolean(v)) {
      return asBoolean(v);
    } else if (v == UNDEFINED) {
      return JsNull.UNDEFINED;
    } else if (v == NULL) {
      return JsNull.NULL;
    } else if (ctx.strings().isString(v)) {
      return ctx.strings().toJava(v);
    }
    Object foreign = Foreign.unwrap(ctx, v);
    if (foreign != null) {
      return foreign;
    }
    return new JsObjectView(ctx, v);
  }

  /** The arguments in slots {@code from..from+n-1} as interop values. Never collects. */
  static Object[] toHostArgs(JSHeapContext ctx, int from, int n) {
    Object[] out = new Object[n];
    for (int i = 0; i < n; i++) {
      out[i] = toHost(ctx, ctx.activation().get(from + i));
    }
    return out;
  }

  /**
   * The tagged value for interop value {@code o}. May collect (a string or a foreign cell is
   * allocated); the caller roots the result.
   */
  @TruffleBoundary
  public static long fromHost(JSHeapContext ctx, Object o) {
    if (o instanceof Integer i) {
      return fromInt(i);
    } else if (o instanceof Boolean b) {
      return fromBoolean(b);
    } else if (o instanceof Double d) {
      return fromNumber(d);
    } else if (o instanceof String s) {
      return ctx.strings().fromJava(s);
    } else if (o == JsNull.UNDEFINED) {
      return UNDEFINED;
    } else if (o == JsNull.NULL) {
      return NULL;
    } else if (o instanceof JsObjectView view && view.context() == ctx) {
      return view.value();
    }
    InteropLibrary lib = InteropLibrary.getUncached(o);
    try {
      if (lib.isNull(o)) {
        return NULL;
      } else if (lib.isBoolean(o)) {
        return fromBoolean(lib.asBoolean(o));
      } else if (lib.isString(o)) {
        return ctx.strings().fromJava(lib.asString(o));
      } else if (lib.isNumber(o)) {
        if (lib.fitsInInt(o)) {
          return fromInt(lib.asInt(o));
        }
        if (lib.fitsInDouble(o)) {
          return fromNumber(lib.asDouble(o));
        }
        if (lib.fitsInLong(o)) {
          return fromNumber(lib.asLong(o));
        }
        return fromNumber(Double.NaN);
      }
    } catch (UnsupportedMessageException e) {
      throw JsException.typeError("cannot convert a foreign value: " + e.getMessage());
    }
    if (lib.isExecutable(o) || lib.isInstantiable(o)) {
      return Foreign.wrapFunction(ctx, o, executableName(lib, o), -1);
    }
    return Foreign.cell(ctx, o);
  }

  private static String executableName(InteropLibrary lib, Object o) {
    try {
      if (lib.hasExecutableName(o)) {
        return InteropLibrary.getUncached().asString(lib.getExecutableName(o));
      }
    } catch (UnsupportedMessageException e) {
      // no name: an anonymous foreign function
    }
    return "";
  }
}
