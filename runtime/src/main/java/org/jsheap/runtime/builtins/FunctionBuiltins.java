package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.RootCallTarget;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.call.CallNodes;
import org.jsheap.runtime.nodes.call.SpreadCall;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code Function.prototype.call/apply/bind/toString}. A bound function is a builtin sharing one
 * call target whose environment slot holds an array {@code [target, this, args...]}.
 */
final class FunctionBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    JSHeapContext ctx = in.context();
    makeCallable(ctx, in.realm().functionPrototype());
    in.realm()
        .setIntrinsic(
            "Function",
            in.function("Function", 1, FunctionConstructor::construct, FunctionData.CONSTRUCTOR));
    in.value("Function", "prototype", in.realm().functionPrototype(), 0);
    in.value(
        "FunctionPrototype", "constructor", in.realm().intrinsic("Function"), Installer.METHOD);
    in.global("Function", in.realm().intrinsic("Function"));
    in.method("FunctionPrototype", "call", 1, FunctionBuiltins::call);
    in.method("FunctionPrototype", "apply", 2, FunctionBuiltins::apply);
    RootCallTarget bound =
        new BuiltinRootNode(ctx.language(), "bound", new LambdaBuiltin(FunctionBuiltins::callBound))
            .getCallTarget();
    in.method("FunctionPrototype", "bind", 1, a -> bind(a, bound));
    in.method("FunctionPrototype", "toString", 0, FunctionBuiltins::toStringOf);
    throwTypeError(in);
  }

  /**
   * Gives {@code Function.prototype} (created as a function object by the realm) the data of a
   * builtin that returns undefined, and its {@code length} 0 and {@code name} "". May collect.
   */
  private static void makeCallable(JSHeapContext ctx, long fp) {
    BuiltinRootNode root =
        new BuiltinRootNode(ctx.language(), "", new LambdaBuiltin(a -> UNDEFINED));
    FunctionData data = new FunctionData("", 0, FunctionData.BUILTIN, root.getCallTarget());
    long a = asReference(fp);
    ctx.heap().setSlot(a, JsFunctions.DATA_SLOT, ctx.heap().registerExternal(a, data, 0));
    ctx.heap().setSlot(a, JsFunctions.ENV_SLOT, UNDEFINED);
    ctx.heap().setSlot(a, JsFunctions.THIS_SLOT, UNDEFINED);
    ctx.model().define(ctx.realm().functionPrototype(), "length", fromInt(0), HIDDEN);
    long name = ctx.constantString("");
    ctx.model().define(ctx.realm().functionPrototype(), "name", name, HIDDEN);
  }

  /**
   * %ThrowTypeError% (one function per realm: name "", length 0, both non-configurable, not
   * extensible), and the {@code caller} and {@code arguments} accessors of {@code
   * Function.prototype} that it guards. May collect.
   */
  private static void throwTypeError(Installer in) {
    JSHeapContext ctx = in.context();
    var m = ctx.model();
    Body thrower =
        a -> {
          throw JsException.typeError(
              "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode"
                  + " functions or the arguments objects for calls to them");
        };
    in.realm().setIntrinsic("ThrowTypeError", in.function("", 0, thrower, 0));
    long f = in.realm().intrinsic("ThrowTypeError");
    m.define(f, "length", fromInt(0), 0);
    m.define(in.realm().intrinsic("ThrowTypeError"), "name", ctx.constantString(""), 0);
    m.preventExtensions(in.realm().intrinsic("ThrowTypeError"));
    for (String key : new String[] {"caller", "arguments"}) {
      long t = in.realm().intrinsic("ThrowTypeError");
      m.defineAccessor(in.realm().functionPrototype(), key, t, t, HIDDEN);
    }
  }

  private static final int HIDDEN = org.jsheap.shapes.Property.CONFIGURABLE;

  private static void checkCallable(Args a) {
    if (!JsValues.isCallable(a.ctx(), a.thisValue())) {
      throw JsException.typeError("Function.prototype method called on a non-function");
    }
  }

  private static long call(Args a) {
    checkCallable(a);
    Activation act = a.act();
    int n = Math.max(0, a.argc() - 1);
    int w = act.enter(2 + n);
    try {
      act.set(w, a.thisValue());
      act.set(w + 1, a.arg(0));
      for (int i = 0; i < n; i++) {
        act.set(w + 2 + i, a.arg(i + 1));
      }
      return JsCalls.callPrepared(a.ctx(), w, n, 0);
    } finally {
      act.exit(w);
    }
  }

  private static long apply(Args a) {
    checkCallable(a);
    Activation act = a.act();
    int w = act.enter(2);
    try {
      act.set(w, a.arg(0));
      act.set(w + 1, a.arg(1));
      if (a.arg(1) == UNDEFINED || a.arg(1) == NULL) {
        act.set(w + 1, JsArrays.newArray(a.ctx(), 0));
      } else if (!JsValues.isObject(a.ctx(), a.arg(1))) {
        throw JsException.typeError("CreateListFromArrayLike called on non-object");
      }
      return SpreadCall.callWithArray(a.ctx(), a.thisSlot(), w, w + 1, 0);
    } finally {
      act.exit(w);
    }
  }

  /**
   * {@code f.bind(thisArg, ...args)}: a bound function (a constructor when f is one, with no {@code
   * prototype} of its own) whose {@code length} is f's own numeric length less the bound arguments
   * (at least 0, Infinity kept) and whose {@code name} is "bound " + f's string name. May collect
   * (f's length and name getters).
   */
  private static long bind(Args a, RootCallTarget bound) {
    checkCallable(a);
    JSHeapContext ctx = a.ctx();
    var m = ctx.model();
    int n = Math.max(0, a.argc() - 1);
    double length = 0;
    if (m.hasOwn(a.thisValue(), "length")) {
      long len = m.get(a.thisValue(), "length");
      if (isNumber(len)) {
        double d = asNumber(len);
        length =
            d == Double.POSITIVE_INFINITY
                ? d
                : Double.isNaN(d) || d == Double.NEGATIVE_INFINITY
                    ? 0
                    : Math.max(0, (d < 0 ? Math.ceil(d) : Math.floor(d)) - n);
      }
    }
    long nameValue = m.get(a.thisValue(), "name");
    String name = ctx.strings().isString(nameValue) ? ctx.strings().toJava(nameValue) : "";
    FunctionData target = JsFunctions.data(ctx.heap(), a.thisValue());
    Activation act = a.act();
    int w = act.enter(2);
    try {
      act.set(w, JsArrays.newArray(ctx, 2 + n));
      m.defineElement(act.get(w), 0, a.thisValue(), org.jsheap.shapes.Property.DEFAULT);
      m.defineElement(act.get(w), 1, a.arg(0), org.jsheap.shapes.Property.DEFAULT);
      for (int i = 0; i < n; i++) {
        m.defineElement(act.get(w), 2 + i, a.arg(i + 1), org.jsheap.shapes.Property.DEFAULT);
      }
      int len = (int) Math.min(length, Integer.MAX_VALUE);
      FunctionData plain = new FunctionData("bound " + name, len, FunctionData.BUILTIN, bound);
      act.set(w + 1, JsFunctions.create(ctx, plain, w, -1));
      if (target.is(FunctionData.CONSTRUCTOR)) {
        // created as a plain function, so it has no prototype property, then made a constructor
        int flags = FunctionData.BUILTIN | FunctionData.CONSTRUCTOR;
        FunctionData data = new FunctionData("bound " + name, len, flags, bound);
        long fa = asReference(act.get(w + 1));
        ctx.heap().setSlot(fa, JsFunctions.DATA_SLOT, ctx.heap().registerExternal(fa, data, 0));
      }
      m.define(act.get(w + 1), "length", fromNumber(length), HIDDEN);
      return act.get(w + 1);
    } finally {
      act.exit(w);
    }
  }

  private static long callBound(Args a) {
    JSHeapContext ctx = a.ctx();
    var m = ctx.model();
    Activation act = a.act();
    long boundArray = JsFunctions.env(ctx.heap(), a.callee());
    int n = (int) m.arrayLength(boundArray) - 2;
    int w = act.enter(2 + n + a.argc());
    try {
      act.set(w, m.getElement(JsFunctions.env(ctx.heap(), a.callee()), 0));
      for (int i = 0; i < n; i++) {
        act.set(w + 2 + i, m.getElement(JsFunctions.env(ctx.heap(), a.callee()), 2 + i));
      }
      for (int i = 0; i < a.argc(); i++) {
        act.set(w + 2 + n + i, a.arg(i));
      }
      if (a.isConstruct()) {
        act.set(w + 1, CallNodes.allocateReceiver(ctx, act.get(w)));
        long r = JsCalls.callPrepared(ctx, w, n + a.argc(), JsCalls.CONSTRUCT);
        return JsValues.isObject(ctx, r) ? r : act.get(w + 1);
      }
      act.set(w + 1, m.getElement(JsFunctions.env(ctx.heap(), a.callee()), 1));
      return JsCalls.callPrepared(ctx, w, n + a.argc(), 0);
    } finally {
      act.exit(w);
    }
  }

  private static long toStringOf(Args a) {
    checkCallable(a);
    FunctionData data = JsFunctions.data(a.ctx().heap(), a.thisValue());
    String text;
    var section = data.callTarget().getRootNode().getSourceSection();
    if (data.is(FunctionData.BUILTIN) || section == null) {
      text = "function " + data.name() + "() { [native code] }";
    } else {
      text = section.getCharacters().toString();
    }
    return a.ctx().strings().fromJava(text);
  }
}
