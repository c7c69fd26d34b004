package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.call.CallNodes;
import org.jsheap.runtime.nodes.call.SpreadCall;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.PropertyDescriptor;

/**
 * The {@code Reflect} namespace of ES2015: the object internal methods as functions that answer
 * with a boolean where {@code Object}'s throw. {@code get} and {@code set} honour a receiver other
 * than the target ({@link ReceiverAccess}); {@code construct} honours a {@code newTarget}.
 *
 * <p>Every method first copies its arguments into a window of its own (a missing argument is
 * undefined), so they stay rooted across conversions and calls.
 */
final class ReflectBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.prototype("Reflect", "ObjectPrototype");
    in.global("Reflect", in.realm().intrinsic("Reflect"));
    String r = "Reflect";
    in.method(r, "apply", 3, ReflectBuiltins::apply);
    in.method(r, "construct", 2, ReflectBuiltins::construct);
    in.method(r, "defineProperty", 3, ReflectBuiltins::defineProperty);
    in.method(r, "deleteProperty", 2, ReflectBuiltins::deleteProperty);
    in.method(r, "get", 2, ReflectBuiltins::get);
    in.method(r, "getOwnPropertyDescriptor", 2, ReflectBuiltins::getOwnPropertyDescriptor);
    in.method(r, "getPrototypeOf", 1, a -> a.ctx().model().getPrototype(target(a)));
    in.method(r, "has", 2, ReflectBuiltins::has);
    in.method(r, "isExtensible", 1, a -> fromBoolean(a.ctx().model().isExtensible(target(a))));
    in.method(r, "ownKeys", 1, ReflectBuiltins::ownKeys);
    in.method(r, "preventExtensions", 1, ReflectBuiltins::preventExtensions);
    in.method(r, "set", 3, ReflectBuiltins::set);
    in.method(r, "setPrototypeOf", 2, ReflectBuiltins::setPrototypeOf);
  }

  /** Argument 0, which must be an object: "TypeError: Reflect.x called on non-object". */
  private static long target(Args a) {
    long o = a.arg(0);
    if (!JsValues.isObject(a.ctx(), o)) {
      throw JsException.typeError("Reflect method called on non-object");
    }
    return o;
  }

  /** Copies arguments 0..n-1 into a new window (undefined where absent); returns its base. */
  private static int copyArgs(Args a, int n) {
    Activation act = a.act();
    int w = act.enter(n);
    for (int i = 0; i < n; i++) {
      act.set(w + i, a.arg(i));
    }
    return w;
  }

  /** Argument 1 as a property key, the target checked first. May collect (toString). */
  private static Object key(Args a, int w) {
    target(a);
    return JsValues.toPropertyKey(a.ctx(), a.act().get(w + 1));
  }

  private static long apply(Args a) {
    JSHeapContext ctx = a.ctx();
    Activation act = a.act();
    int w = copyArgs(a, 3);
    try {
      if (!JsValues.isCallable(ctx, act.get(w))) {
        throw JsException.typeError(
            JsCalls.describeForError(ctx, act.get(w)) + " is not a function");
      }
      if (!JsValues.isObject(ctx, act.get(w + 2))) {
        throw JsException.typeError("CreateListFromArrayLike called on non-object");
      }
      return SpreadCall.callWithArray(ctx, w, w + 1, w + 2, 0);
    } finally {
      act.exit(w);
    }
  }

  private static boolean isConstructor(JSHeapContext ctx, long v) {
    return JsValues.isCallable(ctx, v)
        && JsFunctions.data(ctx.heap(), v).is(FunctionData.CONSTRUCTOR);
  }

  /**
   * {@code Reflect.construct(F, args, newTarget)}: the receiver is made from {@code
   * newTarget.prototype}, and F sees {@code newTarget} as new.target (handed over as a {@code
   * super(...)} call hands it). An object a builtin F makes itself gets the receiver's prototype,
   * as after {@code super(...)}.
   */
  private static long construct(Args a) {
    JSHeapContext ctx = a.ctx();
    Activation act = a.act();
    int w = copyArgs(a, 4);
    try {
      if (a.argc() < 3) {
        act.set(w + 2, act.get(w));
      }
      if (!isConstructor(ctx, act.get(w))) {
        throw JsException.typeError(
            JsCalls.describeForError(ctx, act.get(w)) + " is not a constructor");
      }
      if (!isConstructor(ctx, act.get(w + 2))) {
        throw JsException.typeError(
            JsCalls.describeForError(ctx, act.get(w + 2)) + " is not a constructor");
      }
      if (!JsValues.isObject(ctx, act.get(w + 1))) {
        throw JsException.typeError("CreateListFromArrayLike called on non-object");
      }
      // slots: w = F, w + 3 = receiver, w + 1 = the argument list
      act.set(w + 3, CallNodes.allocateReceiver(ctx, act.get(w + 2)));
      ctx.realm().setPendingNewTarget(act.get(w + 2));
      boolean builtin = JsFunctions.data(ctx.heap(), act.get(w)).is(FunctionData.BUILTIN);
      long r = SpreadCall.callWithArray(ctx, w, w + 3, w + 1, JsCalls.CONSTRUCT | JsCalls.SUPER);
      if (!JsValues.isObject(ctx, r)) {
        return act.get(w + 3);
      }
      if (builtin && r != act.get(w + 3) && act.get(w) != act.get(w + 2)) {
        act.set(w + 1, r);
        ObjectModel m = ctx.model();
        m.setPrototype(act.get(w + 1), m.getPrototype(act.get(w + 3)));
        return act.get(w + 1);
      }
      return r;
    } finally {
      act.exit(w);
    }
  }

  private static long defineProperty(Args a) {
    Activation act = a.act();
    int w = copyArgs(a, 3);
    try {
      Object key = key(a, w);
      if (!JsValues.isObject(a.ctx(), act.get(w + 2))) {
        throw JsException.typeError("Property description must be an object");
      }
      return fromBoolean(Descriptors.tryDefine(a.ctx(), w, key, w + 2));
    } finally {
      act.exit(w);
    }
  }

  private static long deleteProperty(Args a) {
    target(a);
    return fromBoolean(JsObjects.delete(a.ctx(), a.arg(0), a.arg(1)));
  }

  private static long get(Args a) {
    Activation act = a.act();
    int w = copyArgs(a, 3);
    try {
      Object key = key(a, w);
      if (a.argc() < 3) {
        act.set(w + 2, act.get(w));
      }
      return ReceiverAccess.get(a.ctx(), w, key, w + 2);
    } finally {
      act.exit(w);
    }
  }

  private static long set(Args a) {
    Activation act = a.act();
    int w = copyArgs(a, 4);
    try {
      Object key = key(a, w);
      if (a.argc() < 4) {
        act.set(w + 3, act.get(w));
      }
      return fromBoolean(ReceiverAccess.set(a.ctx(), w, key, w + 2, w + 3));
    } finally {
      act.exit(w);
    }
  }

  private static long getOwnPropertyDescriptor(Args a) {
    Activation act = a.act();
    int w = copyArgs(a, 2);
    try {
      Object key = key(a, w);
      PropertyDescriptor d = a.ctx().model().getOwnProperty(act.get(w), key);
      return d == null ? UNDEFINED : Descriptors.fromDescriptor(a.ctx(), d, act.get(w));
    } finally {
      act.exit(w);
    }
  }

  private static long has(Args a) {
    Activation act = a.act();
    int w = copyArgs(a, 2);
    try {
      Object key = key(a, w);
      return fromBoolean(a.ctx().model().has(act.get(w), key));
    } finally {
      act.exit(w);
    }
  }

  private static long ownKeys(Args a) {
    return JsArrays.ofKeys(a.ctx(), a.ctx().model().ownPropertyKeys(target(a)));
  }

  private static long preventExtensions(Args a) {
    a.ctx().model().preventExtensions(target(a));
    return TRUE;
  }

  private static long setPrototypeOf(Args a) {
    long o = target(a);
    long proto = a.arg(1);
    if (proto != NULL && !JsValues.isObject(a.ctx(), proto)) {
      throw JsException.typeError("Object prototype may only be an Object or null");
    }
    return fromBoolean(a.ctx().model().setPrototype(o, proto));
  }
}
