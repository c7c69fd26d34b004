package org.jsheap.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.ValueCodec;
import org.jsheap.runtime.JSHeapContext;

/**
 * The calling convention, and calls from Java code. A caller puts callee, this and the arguments in
 * consecutive value-stack slots {@code base, base+1, base+2..} and calls the target with {@code
 * (base, argc, flags)}; the callee copies what it needs into its own window before it allocates.
 * The result comes back as a {@code Long} tagged value, to be stored or used before the next
 * allocation.
 */
public final class JsCalls {
  private JsCalls() {}

  public static final int ARG_BASE = 0;
  public static final int ARG_COUNT = 1;
  public static final int ARG_FLAGS = 2;

  /** Flag: called as a constructor ({@code new}); {@code this} is the new object. */
  public static final int CONSTRUCT = 1;

  /**
   * With {@link #CONSTRUCT}: a {@code super(...)} call, whose new.target the realm holds ({@code
   * Realm.pendingNewTarget}) until the callee's entry reads it.
   */
  public static final int SUPER = 2;

  public static Object[] arguments(int base, int argc, int flags) {
    return new Object[] {base, argc, flags};
  }

  /** Calls {@code fn} with {@code thisValue} and {@code args}. May collect. */
  @TruffleBoundary
  public static long call(JSHeapContext ctx, long fn, long thisValue, long... args) {
    Activation act = ctx.activation();
    int base = act.enter(2 + args.length);
    try {
      act.set(base, fn);
      act.set(base + 1, thisValue);
      for (int i = 0; i < args.length; i++) {
        act.set(base + 2 + i, args[i]);
      }
      return callPrepared(ctx, base, args.length, 0);
    } finally {
      act.exit(base);
    }
  }

  /** Calls the function at slot {@code base} with the prepared slots. May collect. */
  @TruffleBoundary
  public static long callPrepared(JSHeapContext ctx, int base, int argc, int flags) {
    long fn = ctx.activation().get(base);
    if (!JsValues.isCallable(ctx, fn)) {
      throw JsException.typeError(describeForError(ctx, fn) + " is not a function");
    }
    FunctionData data = JsFunctions.data(ctx.heap(), fn);
    return (long) data.callTarget().call(base, argc, flags);
  }

  /** A short description of a value for error messages; never runs JS code. */
  @TruffleBoundary
  public static String describeForError(JSHeapContext ctx, long v) {
    if (ctx.strings().isString(v)) {
      return "\"" + ctx.strings().toJava(v) + "\"";
    }
    if (JsValues.isObject(ctx, v)) {
      return JsValues.isCallable(ctx, v) ? "function" : "object";
    }
    if (ctx.strings().isSymbol(v)) {
      return "Symbol()";
    }
    if (ValueCodec.isReference(v)) {
      return "value";
    }
    return JsValues.toJavaString(ctx, v);
  }
}
