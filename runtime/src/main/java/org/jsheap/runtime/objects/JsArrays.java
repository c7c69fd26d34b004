package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.shapes.PropertyKeys;

/** Array helpers for builtins: new arrays, array-like length, keys as arrays. */
public final class JsArrays {
  private JsArrays() {}

  /** A new empty array with room for {@code capacity}. May collect. */
  public static long newArray(JSHeapContext ctx, int capacity) {
    return ctx.model().newArray(ctx.realm().arrayPrototype(), Math.max(0, capacity));
  }

  /** ToLength(o.length) of the object in slot {@code index}. May collect (a getter). */
  @TruffleBoundary
  public static long length(JSHeapContext ctx, int index) {
    long o = ctx.activation().get(index);
    if (JsValues.isArray(ctx, o)) {
      return ctx.model().arrayLength(o);
    }
    if (!JsValues.isObject(ctx, o)) {
      return ctx.strings().isString(o) ? ctx.strings().length(o) : 0;
    }
    return NumberConversions.toLength(JsValues.toNumber(ctx, ctx.model().get(o, "length")));
  }

  /** A new array of the keys (strings, or symbols as symbol values). May collect. */
  @TruffleBoundary
  public static long ofKeys(JSHeapContext ctx, List<?> keys) {
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, newArray(ctx, keys.size()));
      for (int i = 0; i < keys.size(); i++) {
        Safepoints.poll(ctx, i);
        Object k = keys.get(i);
        act.set(w + 1, k instanceof String s ? ctx.strings().fromJava(s) : ctx.strings().symbol(k));
        ctx.model()
            .defineElement(act.get(w), i, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** {@code o[i]} for an object or string in slot {@code index}. May collect. */
  @TruffleBoundary
  public static long get(JSHeapContext ctx, int index, long i) {
    long o = ctx.activation().get(index);
    if (JsValues.isObject(ctx, o)) {
      if (i > PropertyKeys.MAX_ARRAY_INDEX) {
        // not an array index: an ordinary named property
        return ctx.model().get(o, Long.toString(i));
      }
      return ctx.model().getElement(o, i);
    }
    if (ctx.strings().isString(o)) {
      return JsObjects.charAt(ctx, o, i);
    }
    return UNDEFINED;
  }
}
