package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.lib.StringAlgorithms;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;

/**
 * {@code Array}, {@code Array.isArray/of/from} and the non-callback methods of {@code
 * Array.prototype}; callbacks, sort and iterators are in {@link ArrayCallbackBuiltins}. Methods
 * work on any array-like {@code this} through [[Get]]/[[Set]] of indices and {@code length}.
 */
final class ArrayBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.constructor("Array", 1, ArrayBuiltins::construct);
    in.value("Array", "prototype", in.realm().arrayPrototype(), 0);
    in.value("ArrayPrototype", "constructor", in.realm().intrinsic("Array"), Installer.METHOD);
    in.method("Array", "isArray", 1, a -> fromBoolean(JsValues.isArray(a.ctx(), a.arg(0))));
    in.method("Array", "of", 0, ArrayBuiltins::of);
    in.method("Array", "from", 1, ArrayBuiltins::from);
    String p = "ArrayPrototype";
    in.method(p, "push", 1, ArrayBuiltins::push);
    in.method(p, "pop", 0, ArrayBuiltins::pop);
    in.method(p, "shift", 0, ArrayBuiltins::shift);
    in.method(p, "unshift", 1, ArrayBuiltins::unshift);
    in.method(p, "slice", 2, ArrayBuiltins::slice);
    in.method(p, "splice", 2, ArrayBuiltins::splice);
    in.method(p, "concat", 1, ArrayBuiltins::concat);
    in.method(p, "join", 1, ArrayBuiltins::join);
    in.method(p, "toString", 0, ArrayBuiltins::join);
    in.method(p, "reverse", 0, ArrayBuiltins::reverse);
    in.method(p, "indexOf", 1, a -> search(a, 0));
    in.method(p, "lastIndexOf", 1, a -> search(a, 1));
    in.method(p, "includes", 1, a -> search(a, 2));
    in.method(p, "fill", 1, ArrayBuiltins::fill);
    in.method(p, "copyWithin", 2, ArrayBuiltins::copyWithin);
    new ArrayCallbackBuiltins().install(in);
    unscopables(in);
  }

  /** {@code Array.prototype[Symbol.unscopables]}: the method names a {@code with} must not see. */
  private static void unscopables(Installer in) {
    ObjectModel m = in.context().model();
    in.realm().setIntrinsic("ArrayUnscopables", m.newObject(NULL));
    for (String name : UNSCOPABLE) {
      m.define(in.realm().intrinsic("ArrayUnscopables"), name, TRUE, Property.DEFAULT);
    }
    in.value(
        "ArrayPrototype",
        in.realm().symbolUnscopables(),
        in.realm().intrinsic("ArrayUnscopables"),
        Property.CONFIGURABLE);
  }

  private static final String[] UNSCOPABLE = {
    "at",
    "copyWithin",
    "entries",
    "fill",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "flat",
    "flatMap",
    "includes",
    "keys",
    "toReversed",
    "toSorted",
    "toSpliced",
    "values"
  };

  static long len(Args a) {
    return JsArrays.length(a.ctx(), a.thisSlot());
  }

  /**
   * ToObject(this), stored back into the this slot, so the method works on the object (a primitive
   * this becomes its wrapper, whose prototype properties it sees); TypeError for undefined and
   * null. May collect.
   */
  static void toObjectThis(Args a, String method) {
    long self = a.thisValue();
    if (self == UNDEFINED || self == NULL) {
      throw JsException.typeError("Array.prototype." + method + " called on null or undefined");
    }
    if (!JsValues.isObject(a.ctx(), self)) {
      a.act().set(a.thisSlot(), JsObjects.toObject(a.ctx(), self));
    }
  }

  /** Element {@code i} of {@code this}; polls a safepoint now and then (callers loop over i). */
  static long get(Args a, long i) {
    Safepoints.poll(a.ctx(), i);
    return JsArrays.get(a.ctx(), a.thisSlot(), i);
  }

  static void put(Args a, long i, long v) {
    Safepoints.poll(a.ctx(), i);
    long o = a.thisValue();
    if (!JsValues.isObject(a.ctx(), o)) {
      throw JsException.typeError("Array.prototype method called on a non-object");
    }
    a.ctx().model().putElement(o, i, v);
  }

  static void setLength(Args a, long n) {
    JSHeapContext ctx = a.ctx();
    long o = a.thisValue();
    if (JsValues.isArray(ctx, o)) {
      ctx.model().setArrayLength(o, n);
    } else if (JsValues.isObject(ctx, o)) {
      ctx.model().put(o, "length", fromNumber(n));
    }
  }

  /** A relative index argument clamped to [0, len]. */
  static long relative(Args a, int i, long len, long dflt) {
    long v = a.arg(i);
    if (v == UNDEFINED) {
      return dflt;
    }
    return StringAlgorithms.relativeIndex(
        JsValues.toNumber(a.ctx(), v), (int) Math.min(len, Integer.MAX_VALUE));
  }

  private static long construct(Args a) {
    JSHeapContext ctx = a.ctx();
    if (a.argc() == 1 && isNumber(a.arg(0))) {
      double n = asNumber(a.arg(0));
      if (n < 0 || n != Math.floor(n) || n > 4294967295.0) {
        throw JsException.rangeError("Invalid array length");
      }
      Activation act = a.act();
      int w = act.enter(1);
      try {
        act.set(w, JsArrays.newArray(ctx, (int) Math.min(n, 1024)));
        ctx.model().setArrayLength(act.get(w), (long) n);
        return act.get(w);
      } finally {
        act.exit(w);
      }
    }
    return of(a);
  }

  private static long of(Args a) {
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(a.ctx(), a.argc()));
      for (int i = 0; i < a.argc(); i++) {
        a.ctx().model().putElement(act.get(w), i, a.arg(i));
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long from(Args a) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    Activation act = a.act();
    int w = act.enter(4);
    try {
      long src = a.arg(0);
      if (src == UNDEFINED || src == NULL) {
        throw JsException.typeError(JsValues.toJavaString(ctx, src) + " is not iterable");
      }
      act.set(w + 1, src);
      long iter =
          JsValues.isObject(ctx, src) ? m.get(src, ctx.realm().symbolIterator()) : UNDEFINED;
      if (iter != UNDEFINED || ctx.strings().isString(src)) {
        act.set(w, Iteration.toArray(ctx, w + 1));
      } else {
        long n = JsArrays.length(ctx, w + 1);
        act.set(w, JsArrays.newArray(ctx, (int) Math.min(n, 1 << 20)));
        for (long i = 0; i < n; i++) {
          m.putElement(act.get(w), i, JsArrays.get(ctx, w + 1, i));
        }
      }
      long fn = a.arg(1);
      if (fn != UNDEFINED) {
        long n = m.arrayLength(act.get(w));
        for (long i = 0; i < n; i++) {
          long v = m.getElement(act.get(w), i);
          long r = JsCalls.call(ctx, a.arg(1), UNDEFINED, v, fromNumber(i));
          m.putElement(act.get(w), i, r);
        }
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long push(Args a) {
    toObjectThis(a, "push");
    long n = len(a);
    for (int i = 0; i < a.argc(); i++) {
      put(a, n + i, a.arg(i));
    }
    setLength(a, n + a.argc());
    return fromNumber(n + a.argc());
  }

  private static long pop(Args a) {
    toObjectThis(a, "pop");
    long n = len(a);
    if (n == 0) {
      setLength(a, 0);
      return UNDEFINED;
    }
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, get(a, n - 1));
      setLength(a, n - 1);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long shift(Args a) {
    toObjectThis(a, "shift");
    long n = len(a);
    if (n == 0) {
      setLength(a, 0);
      return UNDEFINED;
    }
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, get(a, 0));
      move(a, 1, 0, n - 1);
      setLength(a, n - 1);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** Moves {@code count} elements from {@code from} to {@code to} (holes stay holes). */
  static void move(Args a, long from, long to, long count) {
    ObjectModel m = a.ctx().model();
    if (from > to) {
      for (long i = 0; i < count; i++) {
        moveOne(a, m, from + i, to + i);
      }
    } else {
      for (long i = count - 1; i >= 0; i--) {
        moveOne(a, m, from + i, to + i);
      }
    }
  }

  private static void moveOne(Args a, ObjectModel m, long from, long to) {
    if (m.hasOwn(a.thisValue(), Long.toString(from))) {
      put(a, to, get(a, from));
    } else {
      m.deleteElement(a.thisValue(), to);
    }
  }

  private static long unshift(Args a) {
    toObjectThis(a, "unshift");
    long n = len(a);
    int k = a.argc();
    move(a, 0, k, n);
    for (int i = 0; i < k; i++) {
      put(a, i, a.arg(i));
    }
    setLength(a, n + k);
    return fromNumber(n + k);
  }

  private static long slice(Args a) {
    toObjectThis(a, "slice");
    long n = len(a);
    long start = relative(a, 0, n, 0);
    long end = relative(a, 1, n, n);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(a.ctx(), (int) Math.max(0, end - start)));
      for (long i = start; i < end; i++) {
        a.ctx().model().putElement(act.get(w), i - start, get(a, i));
      }
      if (end > start) {
        a.ctx().model().setArrayLength(act.get(w), end - start);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long splice(Args a) {
    toObjectThis(a, "splice");
    long n = len(a);
    long start = relative(a, 0, n, 0);
    long deleteCount =
        a.argc() == 0
            ? 0
            : a.argc() == 1
                ? n - start
                : Math.max(0, Math.min(n - start, (long) JsValues.toNumber(a.ctx(), a.arg(1))));
    int items = Math.max(0, a.argc() - 2);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(a.ctx(), (int) deleteCount));
      for (long i = 0; i < deleteCount; i++) {
        a.ctx().model().putElement(act.get(w), i, get(a, start + i));
      }
      move(a, start + deleteCount, start + items, n - start - deleteCount);
      for (int i = 0; i < items; i++) {
        put(a, start + i, a.arg(2 + i));
      }
      setLength(a, n - deleteCount + items);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long concat(Args a) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(ctx, 0));
      long at = 0;
      for (int i = -1; i < a.argc(); i++) {
        int slot = i < 0 ? a.thisSlot() : a.argSlot(i);
        long v = act.get(slot);
        if (JsValues.isArray(ctx, v)) {
          long n = m.arrayLength(v);
          for (long j = 0; j < n; j++) {
            m.putElement(act.get(w), at + j, m.getElement(act.get(slot), j));
          }
          at += n;
        } else {
          m.putElement(act.get(w), at++, v);
        }
      }
      m.setArrayLength(act.get(w), at);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long join(Args a) {
    JSHeapContext ctx = a.ctx();
    long sepValue = a.arg(0);
    String sep = sepValue == UNDEFINED ? "," : JsValues.toJavaString(ctx, sepValue);
    long n = len(a);
    StringBuilder sb = new StringBuilder();
    for (long i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      long v = get(a, i);
      if (v != UNDEFINED && v != NULL) {
        sb.append(JsValues.toJavaString(ctx, v));
      }
    }
    return ctx.strings().fromJava(sb.toString());
  }

  private static long reverse(Args a) {
    toObjectThis(a, "reverse");
    long n = len(a);
    Activation act = a.act();
    int w = act.enter(2);
    try {
      for (long i = 0, j = n - 1; i < j; i++, j--) {
        act.set(w, get(a, i));
        act.set(w + 1, get(a, j));
        put(a, i, act.get(w + 1));
        put(a, j, act.get(w));
      }
      return a.thisValue();
    } finally {
      act.exit(w);
    }
  }

  /** indexOf (0), lastIndexOf (1), includes (2). */
  private static long search(Args a, int mode) {
    toObjectThis(a, mode == 0 ? "indexOf" : mode == 1 ? "lastIndexOf" : "includes");
    JSHeapContext ctx = a.ctx();
    long n = len(a);
    if (mode == 1) {
      long from = a.argc() > 1 ? relative(a, 1, n, n - 1) : n - 1;
      from = Math.min(from, n - 1);
      for (long i = from; i >= 0; i--) {
        if (present(a, i) && JsValues.strictEquals(ctx, get(a, i), a.arg(0))) {
          return fromNumber(i);
        }
      }
      return fromInt(-1);
    }
    long from = relative(a, 1, n, 0);
    for (long i = from; i < n; i++) {
      long v = get(a, i);
      if (mode == 2
          ? JsValues.strictEquals(ctx, v, a.arg(0)) || (isNaN(v) && isNaN(a.arg(0)))
          : present(a, i) && JsValues.strictEquals(ctx, v, a.arg(0))) {
        return mode == 2 ? TRUE : fromNumber(i);
      }
    }
    return mode == 2 ? FALSE : fromInt(-1);
  }

  /** HasProperty(this, i): indexOf and lastIndexOf skip holes, includes does not. */
  static boolean present(Args a, long i) {
    Safepoints.poll(a.ctx(), i);
    long o = a.thisValue();
    return !JsValues.isObject(a.ctx(), o) || a.ctx().model().has(o, Long.toString(i));
  }

  private static boolean isNaN(long v) {
    return isDouble(v) && Double.isNaN(asDouble(v));
  }

  private static long fill(Args a) {
    toObjectThis(a, "fill");
    long n = len(a);
    long start = relative(a, 1, n, 0);
    long end = relative(a, 2, n, n);
    for (long i = start; i < end; i++) {
      put(a, i, a.arg(0));
    }
    return a.thisValue();
  }

  /**
   * {@code copyWithin(target, start, end)}: copies the elements of [start, end) to target, back to
   * front when the ranges overlap forwards; a hole at the source deletes the target element. A
   * refused write or delete is a TypeError (Set and DeletePropertyOrThrow with throw = true).
   */
  private static long copyWithin(Args a) {
    JSHeapContext ctx = a.ctx();
    toObjectThis(a, "copyWithin");
    long n = len(a);
    long to = relative(a, 0, n, 0);
    long from = relative(a, 1, n, 0);
    long end = relative(a, 2, n, n);
    long count = Math.min(end - from, n - to);
    int step = 1;
    if (from < to && to < from + count) {
      step = -1;
      from += count - 1;
      to += count - 1;
    }
    ObjectModel m = ctx.model();
    for (long k = 0; k < count; k++, from += step, to += step) {
      boolean ok;
      if (present(a, from)) {
        long v = get(a, from);
        ok = m.putElement(a.thisValue(), to, v);
      } else {
        ok = m.deleteElement(a.thisValue(), to);
      }
      if (!ok) {
        throw JsException.typeError("Cannot assign to element " + to + " of the array");
      }
    }
    return a.thisValue();
  }
}
