package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsArrays;
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
    ArrayConstruction.install(in);
    String p = "ArrayPrototype";
    in.method(p, "push", 1, ArrayBuiltins::push);
    in.method(p, "pop", 0, ArrayBuiltins::pop);
    in.method(p, "shift", 0, ArrayBuiltins::shift);
    in.method(p, "unshift", 1, ArrayBuiltins::unshift);
    in.method(p, "slice", 2, ArrayBuiltins::slice);
    in.method(p, "splice", 2, ArrayBuiltins::splice);
    in.method(p, "concat", 1, ArrayBuiltins::concat);
    ArrayJoin.install(in);
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

  /** Set(this, i, v, true). May collect. */
  static void put(Args a, long i, long v) {
    ArrayOps.set(a.ctx(), a.thisValue(), i, v);
  }

  /** Set(this, "length", n, true). May collect. */
  static void setLength(Args a, long n) {
    ArrayOps.setLength(a.ctx(), a.thisValue(), n);
  }

  /** A relative index argument clamped to [0, len]. May collect (valueOf). */
  static long relative(Args a, int i, long len, long dflt) {
    return ArrayOps.relative(a.ctx(), a.arg(i), len, dflt);
  }

  private static long construct(Args a) {
    if (a.argc() == 1 && isNumber(a.arg(0))) {
      double n = asNumber(a.arg(0));
      if (n < 0 || n != Math.floor(n) || n > 4294967295.0) {
        throw JsException.rangeError("Invalid array length");
      }
      return ArrayOps.arrayCreate(a.ctx(), (long) n);
    }
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(a.ctx(), a.argc()));
      for (int i = 0; i < a.argc(); i++) {
        a.ctx().model().defineElement(act.get(w), i, a.arg(i), Property.DEFAULT);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** The TypeError of a length that would pass 2^53 - 1. */
  static void checkGrowth(long len, long more) {
    if (len + more > ArrayOps.MAX_LENGTH) {
      throw JsException.typeError(
          "Pushing "
              + more
              + " elements on an array-like of length "
              + len
              + " is disallowed, as the total surpasses 2**53-1");
    }
  }

  private static long push(Args a) {
    toObjectThis(a, "push");
    long n = len(a);
    checkGrowth(n, a.argc());
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
      ArrayOps.delete(a.ctx(), a.thisValue(), n - 1);
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
      ArrayOps.delete(a.ctx(), a.thisValue(), n - 1);
      setLength(a, n - 1);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /**
   * Moves {@code count} elements from {@code from} to {@code to}, front to back when moving down
   * and back to front when moving up; a hole (no property, own or inherited) deletes the target.
   */
  static void move(Args a, long from, long to, long count) {
    if (from > to) {
      for (long i = 0; i < count; i++) {
        moveOne(a, from + i, to + i);
      }
    } else {
      for (long i = count - 1; i >= 0; i--) {
        moveOne(a, from + i, to + i);
      }
    }
  }

  private static void moveOne(Args a, long from, long to) {
    if (present(a, from)) {
      put(a, to, get(a, from));
    } else {
      ArrayOps.delete(a.ctx(), a.thisValue(), to);
    }
  }

  private static long unshift(Args a) {
    toObjectThis(a, "unshift");
    long n = len(a);
    int k = a.argc();
    if (k > 0) {
      checkGrowth(n, k);
      move(a, 0, k, n);
      for (int i = 0; i < k; i++) {
        put(a, i, a.arg(i));
      }
    }
    setLength(a, n + k);
    return fromNumber(n + k);
  }

  private static long slice(Args a) {
    toObjectThis(a, "slice");
    JSHeapContext ctx = a.ctx();
    long n = len(a);
    long start = relative(a, 0, n, 0);
    long end = relative(a, 1, n, n);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, ArrayOps.speciesCreate(ctx, a.thisSlot(), Math.max(0, end - start)));
      long out = 0;
      for (long i = start; i < end; i++, out++) {
        if (present(a, i)) {
          long v = get(a, i);
          ArrayOps.createData(ctx, act.get(w), out, v);
        }
      }
      ArrayOps.setLength(ctx, act.get(w), out);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long splice(Args a) {
    toObjectThis(a, "splice");
    JSHeapContext ctx = a.ctx();
    long n = len(a);
    long start = relative(a, 0, n, 0);
    long deleteCount;
    if (a.argc() == 0) {
      deleteCount = 0;
    } else if (a.argc() == 1) {
      deleteCount = n - start;
    } else {
      double dc = ArrayOps.toInteger(JsValues.toNumber(ctx, a.arg(1)));
      deleteCount = (long) Math.max(0, Math.min(n - start, dc));
    }
    int items = Math.max(0, a.argc() - 2);
    checkGrowth(n - deleteCount, items);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, ArrayOps.speciesCreate(ctx, a.thisSlot(), deleteCount));
      for (long i = 0; i < deleteCount; i++) {
        if (present(a, start + i)) {
          long v = get(a, start + i);
          ArrayOps.createData(ctx, act.get(w), i, v);
        }
      }
      ArrayOps.setLength(ctx, act.get(w), deleteCount);
      if (items < deleteCount) {
        move(a, start + deleteCount, start + items, n - start - deleteCount);
        for (long k = n; k > n - deleteCount + items; k--) {
          ArrayOps.delete(ctx, a.thisValue(), k - 1);
        }
      } else if (items > deleteCount) {
        move(a, start + deleteCount, start + items, n - start - deleteCount);
      }
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
    toObjectThis(a, "concat");
    JSHeapContext ctx = a.ctx();
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, ArrayOps.speciesCreate(ctx, a.thisSlot(), 0));
      long at = 0;
      for (int i = -1; i < a.argc(); i++) {
        int slot = i < 0 ? a.thisSlot() : a.argSlot(i);
        if (spreadable(ctx, act.get(slot))) {
          long n = JsArrays.length(ctx, slot);
          checkGrowth(at, n);
          for (long j = 0; j < n; j++) {
            if (ArrayOps.has(ctx, act.get(slot), j)) {
              long v = JsArrays.get(ctx, slot, j);
              ArrayOps.createData(ctx, act.get(w), at + j, v);
            }
          }
          at += n;
        } else {
          checkGrowth(at, 1);
          ArrayOps.createData(ctx, act.get(w), at++, act.get(slot));
        }
      }
      ArrayOps.setLength(ctx, act.get(w), at);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** IsConcatSpreadable(v): its Symbol.isConcatSpreadable if defined, else IsArray. */
  private static boolean spreadable(JSHeapContext ctx, long v) {
    if (!JsValues.isObject(ctx, v)) {
      return false;
    }
    long s = ctx.model().get(v, ctx.realm().symbolIsConcatSpreadable());
    if (s != UNDEFINED) {
      return JsValues.toBoolean(ctx, s);
    }
    return JsValues.isArray(ctx, v);
  }

  private static long reverse(Args a) {
    toObjectThis(a, "reverse");
    JSHeapContext ctx = a.ctx();
    long n = len(a);
    Activation act = a.act();
    int w = act.enter(2);
    try {
      for (long i = 0, j = n - 1; i < j; i++, j--) {
        boolean lower = present(a, i);
        act.set(w, lower ? get(a, i) : UNDEFINED);
        boolean upper = present(a, j);
        act.set(w + 1, upper ? get(a, j) : UNDEFINED);
        if (upper) {
          put(a, i, act.get(w + 1));
        } else if (lower) {
          ArrayOps.delete(ctx, a.thisValue(), i);
        }
        if (lower) {
          put(a, j, act.get(w));
        } else if (upper) {
          ArrayOps.delete(ctx, a.thisValue(), j);
        }
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
    long notFound = mode == 2 ? FALSE : fromInt(-1);
    if (n == 0) {
      return notFound;
    }
    if (mode == 1) {
      double f = a.argc() > 1 ? ArrayOps.toInteger(JsValues.toNumber(ctx, a.arg(1))) : n - 1;
      long from = f >= 0 ? (long) Math.min(f, n - 1) : (long) Math.max(-1, n + f);
      for (long i = from; i >= 0; i--) {
        if (present(a, i) && JsValues.strictEquals(ctx, get(a, i), a.arg(0))) {
          return fromNumber(i);
        }
      }
      return notFound;
    }
    double f = ArrayOps.toInteger(JsValues.toNumber(ctx, a.arg(1)));
    if (f >= n) {
      return notFound;
    }
    long from = f >= 0 ? (long) f : (long) Math.max(0, n + f);
    for (long i = from; i < n; i++) {
      if (mode == 2) {
        long v = get(a, i);
        if (JsValues.strictEquals(ctx, v, a.arg(0)) || (isNaN(v) && isNaN(a.arg(0)))) {
          return TRUE;
        }
      } else if (present(a, i) && JsValues.strictEquals(ctx, get(a, i), a.arg(0))) {
        return fromNumber(i);
      }
    }
    return notFound;
  }

  /** HasProperty(this, i): indexOf and lastIndexOf skip holes, includes does not. */
  static boolean present(Args a, long i) {
    return ArrayOps.has(a.ctx(), a.thisValue(), i);
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
    for (long k = 0; k < count; k++, from += step, to += step) {
      moveOne(a, from, to);
    }
    return a.thisValue();
  }
}
