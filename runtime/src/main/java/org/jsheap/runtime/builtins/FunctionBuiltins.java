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

  private static long bind(Args a, RootCallTarget bound) {
    checkCallable(a);
    JSHeapContext ctx = a.ctx();
    var m = ctx.model();
    FunctionData target = JsFunctions.data(ctx.heap(), a.thisValue());
    int n = Math.max(0, a.argc() - 1);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(ctx, 2 + n));
      m.putElement(act.get(w), 0, a.thisValue());
      m.putElement(act.get(w), 1, a.arg(0));
      for (int i = 0; i < n; i++) {
        m.putElement(act.get(w), 2 + i, a.arg(i + 1));
      }
      int flags = FunctionData.BUILTIN | (target.flags() & FunctionData.CONSTRUCTOR);
      FunctionData data =
          new FunctionData(
              "bound " + target.name(), Math.max(0, target.length() - n), flags, bound);
      return JsFunctions.create(ctx, data, w, -1);
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
