package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.ObjectModelException;
import org.jsheap.shapes.PropertyDescriptor;
import org.jsheap.shapes.PropertyKeys;

/**
 * Property access on any value: primitives read through their prototype (strings also have {@code
 * length} and indexed characters); undefined and null throw TypeError.
 */
public final class JsObjects {
  private JsObjects() {}

  /**
   * ToObject of a string, number or boolean primitive: {@code new String/Number/Boolean(v)} through
   * the realm's constructor; any other value is returned as is. May collect.
   */
  @TruffleBoundary
  public static long toObject(JSHeapContext ctx, long v) {
    String ctor;
    if (ctx.strings().isString(v)) {
      ctor = "String";
    } else if (isNumber(v)) {
      ctor = "Number";
    } else if (isBoolean(v)) {
      ctor = "Boolean";
    } else if (ctx.strings().isSymbol(v) && ctx.realm().intrinsic("SymbolWrapper") != UNDEFINED) {
      // Symbol is not a constructor: a hidden builtin makes the wrapper
      return JsCalls.call(ctx, ctx.realm().intrinsic("SymbolWrapper"), UNDEFINED, v);
    } else {
      return v;
    }
    long fn = ctx.realm().intrinsic(ctor);
    if (!JsValues.isCallable(ctx, fn)) {
      return v;
    }
    Activation act = ctx.activation();
    int b = act.enter(3);
    try {
      act.set(b, fn);
      act.set(b + 2, v);
      long proto = ctx.model().get(act.get(b), "prototype");
      act.set(b + 1, ctx.model().newObject(proto));
      JsFunctions.data(ctx.heap(), act.get(b)).callTarget().call(b, 1, JsCalls.CONSTRUCT);
      return act.get(b + 1);
    } finally {
      act.exit(b);
    }
  }

  /** {@code v[key]} for a value that is not an object. May collect (a string's character). */
  @TruffleBoundary
  public static long getFromPrimitive(JSHeapContext ctx, long v, Object key) {
    JsStrings s = ctx.strings();
    String protoName;
    if (s.isString(v)) {
      if ("length".equals(key)) {
        return fromInt(s.length(v));
      }
      if (key instanceof String k) {
        long index = PropertyKeys.arrayIndex(k);
        if (index >= 0) {
          return charAt(ctx, v, index);
        }
      }
      protoName = "StringPrototype";
    } else if (isNumber(v)) {
      protoName = "NumberPrototype";
    } else if (isBoolean(v)) {
      protoName = "BooleanPrototype";
    } else if (s.isSymbol(v)) {
      protoName = "SymbolPrototype";
    } else if (Foreign.isForeign(ctx, v)) {
      return Foreign.read(ctx, v, key);
    } else {
      throw JsException.typeError(
          "Cannot read properties of "
              + JsValues.toJavaString(ctx, v)
              + " (reading '"
              + key
              + "')");
    }
    long proto = ctx.realm().intrinsic(protoName);
    if (proto == UNDEFINED) {
      proto = ctx.realm().objectPrototype();
    }
    ObjectModel m = ctx.model();
    for (long p = proto; p != NULL; p = m.getPrototype(p)) {
      PropertyDescriptor d = m.getOwnProperty(p, key);
      if (d != null) {
        if (d.isAccessor()) {
          // a getter sees the primitive itself as this (no wrapper)
          return d.getter() == UNDEFINED ? UNDEFINED : JsCalls.call(ctx, d.getter(), v);
        }
        break;
      }
    }
    return m.get(proto, key);
  }

  /** The character at {@code index} of string value {@code v}, or undefined. May collect. */
  @TruffleBoundary
  public static long charAt(JSHeapContext ctx, long v, long index) {
    String str = ctx.strings().toJava(v);
    if (index >= str.length()) {
      return UNDEFINED;
    }
    return ctx.constantString(String.valueOf(str.charAt((int) index)));
  }

  /** Checks that {@code v} can take a property write; false: silently ignored (a primitive). */
  @TruffleBoundary
  public static boolean checkWritable(JSHeapContext ctx, long v, Object key) {
    if (v == UNDEFINED || v == NULL) {
      throw JsException.typeError(
          "Cannot set properties of " + JsValues.toJavaString(ctx, v) + " (setting '" + key + "')");
    }
    return false;
  }

  /** {@code v[k]} for any receiver and key value. May collect. */
  @TruffleBoundary
  public static long get(JSHeapContext ctx, long v, long k) {
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, v);
      long index = JsValues.arrayIndex(k);
      if (index >= 0 && JsValues.isObject(ctx, v)) {
        return ctx.model().getElement(v, index);
      }
      if ((v == UNDEFINED || v == NULL) && JsValues.isObject(ctx, k)) {
        // ToObject of the base precedes ToPropertyKey of the key
        throw JsException.typeError("Cannot read properties of " + JsValues.toJavaString(ctx, v));
      }
      Object key = JsValues.toPropertyKey(ctx, k);
      v = act.get(w);
      if (JsValues.isObject(ctx, v)) {
        return ctx.model().get(v, key);
      }
      return getFromPrimitive(ctx, v, key);
    } finally {
      act.exit(w);
    }
  }

  /** {@code v[k] = value}; false if the target refused it. May collect. */
  @TruffleBoundary
  public static boolean put(JSHeapContext ctx, long v, long k, long value) {
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, v);
      act.set(w + 1, value);
      long index = JsValues.arrayIndex(k);
      if (index >= 0 && JsValues.isObject(ctx, v)) {
        return ctx.model().putElement(v, index, value);
      }
      Object key = JsValues.toPropertyKey(ctx, k);
      v = act.get(w);
      if (JsValues.isObject(ctx, v)) {
        try {
          return ctx.model().put(v, key, act.get(w + 1));
        } catch (ObjectModelException e) {
          return ArrayLengths.retryPut(ctx, e, act.get(w), key, act.get(w + 1));
        }
      }
      if (Foreign.isForeign(ctx, v)) {
        Foreign.write(ctx, v, key, act.get(w + 1));
        return true;
      }
      return checkWritable(ctx, v, key);
    } finally {
      act.exit(w);
    }
  }

  /**
   * {@code delete v[k]}. May collect: converting {@code k} can run its toString, so {@code v} stays
   * in the activation window and is reread after the conversion; the array index is read from
   * {@code k}'s tag bits before it.
   */
  @TruffleBoundary
  public static boolean delete(JSHeapContext ctx, long v, long k) {
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, v);
      long index = JsValues.arrayIndex(k);
      if (index >= 0 && JsValues.isObject(ctx, v)) {
        long old =
            ArgumentsMap.isMapped(ctx, v, index) ? ctx.model().getElement(v, index) : UNDEFINED;
        act.set(w + 1, old);
        boolean ok = ctx.model().deleteElement(act.get(w), index);
        if (ok) {
          ArgumentsMap.unmap(ctx, act.get(w), index, act.get(w + 1));
        }
        return ok;
      }
      Object key = JsValues.toPropertyKey(ctx, k);
      v = act.get(w);
      if (!JsValues.isObject(ctx, v)) {
        if (v == UNDEFINED || v == NULL) {
          throw JsException.typeError("Cannot convert undefined or null to object");
        }
        return true;
      }
      long keyIndex = PropertyKeys.arrayIndex(key);
      act.set(
          w + 1,
          ArgumentsMap.isMapped(ctx, v, keyIndex)
              ? ctx.model().getElement(v, keyIndex)
              : UNDEFINED);
      if (ctx.model().delete(act.get(w), key)) {
        ArgumentsMap.unmap(ctx, act.get(w), key, act.get(w + 1));
        return true;
      }
      return false;
    } finally {
      act.exit(w);
    }
  }

  /**
   * Copies the own enumerable properties of the value in slot {@code srcIndex} to the object in
   * {@code dstIndex} (object spread, Object.assign). May collect.
   */
  @TruffleBoundary
  public static void copyOwnEnumerable(JSHeapContext ctx, int srcIndex, int dstIndex) {
    Activation act = ctx.activation();
    var m = ctx.model();
    long src = act.get(srcIndex);
    if (ctx.strings().isString(src)) {
      String s = ctx.strings().toJava(src);
      for (int i = 0; i < s.length(); i++) {
        long c = ctx.constantString(String.valueOf(s.charAt(i)));
        m.putElement(act.get(dstIndex), i, c);
      }
      return;
    }
    if (!JsValues.isObject(ctx, src)) {
      return;
    }
    for (Object key : m.ownPropertyKeys(src)) {
      var d = m.getOwnProperty(act.get(srcIndex), key);
      if (d == null || !d.isEnumerable()) {
        continue;
      }
      long v = m.get(act.get(srcIndex), key);
      m.put(act.get(dstIndex), key, v);
    }
  }
}
