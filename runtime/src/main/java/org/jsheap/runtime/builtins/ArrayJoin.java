package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code Array.prototype.join}, {@code toString} (this.join, or Object.prototype.toString when join
 * is not callable) and {@code toLocaleString} (each element's own {@code toLocaleString}, invoked
 * on the element; undefined and null are empty).
 */
final class ArrayJoin {
  private ArrayJoin() {}

  static void install(Installer in) {
    String p = "ArrayPrototype";
    in.method(p, "join", 1, ArrayJoin::join);
    in.method(p, "toString", 0, ArrayJoin::toStringOf);
    in.method(p, "toLocaleString", 0, ArrayJoin::toLocaleString);
  }

  private static long toStringOf(Args a) {
    ArrayBuiltins.toObjectThis(a, "toString");
    long join = a.ctx().model().get(a.thisValue(), "join");
    if (JsValues.isCallable(a.ctx(), join)) {
      return JsCalls.call(a.ctx(), join, a.thisValue());
    }
    return a.ctx().strings().fromJava(ObjectTags.tag(a));
  }

  private static long join(Args a) {
    ArrayBuiltins.toObjectThis(a, "join");
    JSHeapContext ctx = a.ctx();
    long n = ArrayBuiltins.len(a);
    long sepValue = a.arg(0);
    String sep = sepValue == UNDEFINED ? "," : JsValues.toJavaString(ctx, sepValue);
    StringBuilder sb = new StringBuilder();
    for (long i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      long v = ArrayBuiltins.get(a, i);
      if (v != UNDEFINED && v != NULL) {
        sb.append(JsValues.toJavaString(ctx, v));
      }
    }
    return ctx.strings().fromJava(sb.toString());
  }

  private static long toLocaleString(Args a) {
    ArrayBuiltins.toObjectThis(a, "toLocaleString");
    JSHeapContext ctx = a.ctx();
    long n = ArrayBuiltins.len(a);
    StringBuilder sb = new StringBuilder();
    Activation act = a.act();
    int w = act.enter(1);
    try {
      for (long i = 0; i < n; i++) {
        if (i > 0) {
          sb.append(',');
        }
        act.set(w, ArrayBuiltins.get(a, i));
        if (act.get(w) == UNDEFINED || act.get(w) == NULL) {
          continue;
        }
        long f =
            JsValues.isObject(ctx, act.get(w))
                ? ctx.model().get(act.get(w), "toLocaleString")
                : JsObjects.getFromPrimitive(ctx, act.get(w), "toLocaleString");
        sb.append(JsValues.toJavaString(ctx, JsCalls.call(ctx, f, act.get(w))));
      }
      return ctx.strings().fromJava(sb.toString());
    } finally {
      act.exit(w);
    }
  }
}
