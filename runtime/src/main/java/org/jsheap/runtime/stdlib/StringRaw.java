package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.Args;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;

/**
 * {@code String.raw(callSite, ...substitutions)} (ES2015 22.1.2.4): the raw strings of a template
 * call site interleaved with the substitutions, each converted with ToString in order.
 */
final class StringRaw implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.method("String", "raw", 1, StringRaw::raw);
  }

  private static long raw(Args a) {
    JSHeapContext ctx = a.ctx();
    Activation act = a.act();
    int w = act.enter(2);
    try {
      act.set(w, toObject(ctx, a.arg(0)));
      act.set(w, ctx.model().get(act.get(w), "raw"));
      act.set(w, toObject(ctx, act.get(w)));
      act.set(w + 1, ctx.model().get(act.get(w), "length"));
      double length = NumberConversions.toLength(JsValues.toNumber(ctx, act.get(w + 1)));
      StringBuilder out = new StringBuilder();
      int substitutions = Math.max(0, a.argc() - 1);
      for (long i = 0; i < length; i++) {
        Safepoints.poll(ctx, i);
        act.set(w + 1, JsObjects.get(ctx, act.get(w), fromNumber(i)));
        out.append(JsValues.toJavaString(ctx, act.get(w + 1)));
        if (i + 1 == length) {
          break;
        }
        if (i < substitutions) {
          out.append(JsValues.toJavaString(ctx, a.arg((int) i + 1)));
        }
      }
      return ctx.strings().fromJava(out.toString());
    } finally {
      act.exit(w);
    }
  }

  /** ToObject: a TypeError for undefined and null. May collect. */
  private static long toObject(JSHeapContext ctx, long v) {
    if (v == UNDEFINED || v == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    return JsObjects.toObject(ctx, v);
  }
}
