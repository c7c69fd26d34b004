package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code Boolean} (constructor, wrapper objects) and {@code Boolean.prototype.toString/valueOf}.
 */
final class BooleanBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.constructor("Boolean", 1, Construct::new);
    InternalSlots.brandIntrinsic(in.context(), "BooleanPrototype", InternalSlots.BOOLEAN, FALSE);
    in.method("BooleanPrototype", "toString", 0, () -> new ThisBoolean(true));
    in.method("BooleanPrototype", "valueOf", 0, () -> new ThisBoolean(false));
  }

  /** {@code Boolean(v)}: ToBoolean; with {@code new}, a wrapper object. */
  static final class Construct extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      long b = fromBoolean(JsValues.toBoolean(ctx(), arg(frame, 0)));
      if (!isConstruct(frame)) {
        return b;
      }
      wrap(ctx(), thisSlot(frame), b);
      return thisValue(frame);
    }

    @TruffleBoundary
    private static void wrap(JSHeapContext ctx, int thisIndex, long b) {
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, b);
        InternalSlots.attach(ctx, thisIndex, InternalSlots.BOOLEAN, w, UNDEFINED);
      } finally {
        act.exit(w);
      }
    }
  }

  /** thisBooleanValue, as a string ({@code toString}) or as is ({@code valueOf}). */
  static final class ThisBoolean extends BuiltinNode {
    private final boolean asString;

    ThisBoolean(boolean asString) {
      this.asString = asString;
    }

    @Override
    public long execute(VirtualFrame frame) {
      boolean b = thisBoolean(ctx(), thisValue(frame), asString ? "toString" : "valueOf");
      return asString ? ctx().constantString(b ? "true" : "false") : fromBoolean(b);
    }

    @TruffleBoundary
    private static boolean thisBoolean(JSHeapContext ctx, long v, String method) {
      if (isBoolean(v)) {
        return asBoolean(v);
      }
      long box =
          InternalSlots.require(ctx, v, InternalSlots.BOOLEAN, "Boolean.prototype." + method);
      return asBoolean(InternalSlots.payload(ctx.heap(), box));
    }
  }
}
