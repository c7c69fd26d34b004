package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;

/**
 * The iteration protocol ({@code Symbol.iterator}, {@code next}, {@code done}, {@code value}) on
 * values held in activation slots. Arrays whose iterator is the intrinsic one are walked by index
 * directly (the same observable result).
 */
public final class Iteration {
  private Iteration() {}

  /** Whether {@code v} is an array iterated by the intrinsic {@code Array.prototype.values}. */
  public static boolean isPlainArray(JSHeapContext ctx, long v) {
    if (!JsValues.isArray(ctx, v)) {
      return false;
    }
    long f = ctx.model().get(v, ctx.realm().symbolIterator());
    return f == ctx.realm().intrinsic("ArrayValues");
  }

  /**
   * Replaces the iterable in slot {@code index} by its iterator, and puts the iterator's {@code
   * next} in {@code index + 1}. May collect.
   */
  @TruffleBoundary
  public static void open(JSHeapContext ctx, int index) {
    Activation act = ctx.activation();
    if (Foreign.isForeign(ctx, act.get(index))) {
      act.set(index, Foreign.toArray(ctx, act.get(index))); // a foreign array's elements
    }
    long v = act.get(index);
    long f =
        JsValues.isObject(ctx, v)
            ? ctx.model().get(v, ctx.realm().symbolIterator())
            : JsObjects.getFromPrimitive(ctx, v, ctx.realm().symbolIterator());
    if (!JsValues.isCallable(ctx, f) && ctx.strings().isString(v)) {
      act.set(index, codePoints(ctx, v));
      f = ctx.realm().intrinsic("ArrayValues");
    }
    if (!JsValues.isCallable(ctx, f)) {
      throw JsException.typeError(JsCalls.describeForError(ctx, v) + " is not iterable");
    }
    long it = JsCalls.call(ctx, f, act.get(index));
    if (!JsValues.isObject(ctx, it)) {
      throw JsException.typeError("Result of the Symbol.iterator method is not an object");
    }
    act.set(index, it);
    act.set(index + 1, ctx.model().get(it, "next"));
  }

  /**
   * Steps the iterator in {@code index} (next in {@code index + 1}); stores the value in {@code
   * valueIndex} and returns true, or returns false when done. May collect.
   */
  @TruffleBoundary
  public static boolean step(JSHeapContext ctx, int index, int valueIndex) {
    Activation act = ctx.activation();
    long r = JsCalls.call(ctx, act.get(index + 1), act.get(index));
    if (!JsValues.isObject(ctx, r)) {
      throw JsException.typeError(
          "Iterator result " + JsCalls.describeForError(ctx, r) + " is not an object");
    }
    act.set(valueIndex, r);
    if (JsValues.toBoolean(ctx, ctx.model().get(r, "done"))) {
      return false;
    }
    act.set(valueIndex, ctx.model().get(act.get(valueIndex), "value"));
    return true;
  }

  /**
   * Appends every value of the iterable in slot {@code srcIndex} to the array in {@code arrayIndex}
   * from position {@code at}; returns the next position. Uses slots {@code srcIndex} and the two
   * after it. May collect.
   */
  @TruffleBoundary
  public static long appendAll(JSHeapContext ctx, int srcIndex, int arrayIndex, long at) {
    Activation act = ctx.activation();
    var m = ctx.model();
    long v = act.get(srcIndex);
    if (isPlainArray(ctx, v)) {
      long n = m.arrayLength(v);
      for (long i = 0; i < n; i++) {
        Safepoints.poll(ctx, i);
        long e = m.getElement(act.get(srcIndex), i);
        m.defineElement(act.get(arrayIndex), at++, e, org.jsheap.shapes.Property.DEFAULT);
      }
      return at;
    }
    int w = act.enter(3);
    try {
      act.set(w, v);
      open(ctx, w);
      while (step(ctx, w, w + 2)) {
        m.defineElement(
            act.get(arrayIndex), at++, act.get(w + 2), org.jsheap.shapes.Property.DEFAULT);
      }
      return at;
    } finally {
      act.exit(w);
    }
  }

  /**
   * IteratorClose for the iterator in slot {@code index}: calls its {@code return} method if it has
   * one. With {@code suppress} (the loop is already throwing), errors from {@code return} are
   * dropped; otherwise a non-object result is a TypeError. May collect.
   */
  @TruffleBoundary
  public static void close(JSHeapContext ctx, int index, boolean suppress) {
    Activation act = ctx.activation();
    try {
      long ret = ctx.model().get(act.get(index), "return");
      if (ret == UNDEFINED || ret == NULL) {
        return;
      }
      if (!JsValues.isCallable(ctx, ret)) {
        throw JsException.typeError("iterator.return is not a function");
      }
      long r = JsCalls.call(ctx, ret, act.get(index));
      if (!JsValues.isObject(ctx, r)) {
        throw JsException.typeError(
            "Iterator result " + JsCalls.describeForError(ctx, r) + " is not an object");
      }
    } catch (JsException e) {
      if (!suppress) {
        throw e;
      }
    }
  }

  /**
   * A new array of at most {@code limit} values of the iterable in slot {@code srcIndex} (array
   * destructuring without a rest element); an iterator not yet done is closed. Uses slots {@code
   * srcIndex} and the two after it. May collect.
   */
  @TruffleBoundary
  public static long take(JSHeapContext ctx, int srcIndex, int limit) {
    Activation act = ctx.activation();
    int w = act.enter(4);
    try {
      act.set(w, ctx.model().newArray(ctx.realm().arrayPrototype(), 0));
      act.set(w + 1, act.get(srcIndex));
      open(ctx, w + 1);
      int n = 0;
      while (n < limit) {
        if (!step(ctx, w + 1, w + 3)) {
          return act.get(w);
        }
        ctx.model()
            .defineElement(act.get(w), n++, act.get(w + 3), org.jsheap.shapes.Property.DEFAULT);
      }
      close(ctx, w + 1, false);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** A new array of the code points of string value {@code s}, as strings. May collect. */
  @TruffleBoundary
  public static long codePoints(JSHeapContext ctx, long s) {
    String str = ctx.strings().toJava(s);
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, ctx.model().newArray(ctx.realm().arrayPrototype(), str.length()));
      int i = 0;
      int k = 0;
      while (i < str.length()) {
        Safepoints.poll(ctx, k);
        int cp = str.codePointAt(i);
        int n = Character.charCount(cp);
        act.set(w + 1, ctx.strings().fromJava(str.substring(i, i + n)));
        ctx.model()
            .defineElement(act.get(w), k++, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
        i += n;
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** A new array of the values of the iterable in slot {@code srcIndex}. May collect. */
  @TruffleBoundary
  public static long toArray(JSHeapContext ctx, int srcIndex) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, ctx.model().newArray(ctx.realm().arrayPrototype(), 0));
      appendAll(ctx, srcIndex, w, 0);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  static long unused() {
    return UNDEFINED;
  }
}
