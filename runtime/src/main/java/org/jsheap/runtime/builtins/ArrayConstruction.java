package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code Array.of}, {@code Array.from} and {@code get Array[Symbol.species]}. Both static methods
 * construct their result with {@code this} when it is a constructor (so a subclass, or any
 * function, receives the elements), and write elements with CreateDataPropertyOrThrow and the final
 * {@code length} with Set.
 */
final class ArrayConstruction {
  private ArrayConstruction() {}

  static void install(Installer in) {
    in.method("Array", "of", 0, ArrayConstruction::of);
    in.method("Array", "from", 1, ArrayConstruction::from);
    Activation act = in.context().activation();
    int w = act.enter(1);
    try {
      act.set(w, in.function("get [Symbol.species]", 0, Args::thisValue, 0));
      in.context()
          .model()
          .defineAccessor(
              in.realm().intrinsic("Array"),
              in.realm().symbolSpecies(),
              act.get(w),
              UNDEFINED,
              org.jsheap.shapes.Property.CONFIGURABLE);
    } finally {
      act.exit(w);
    }
  }

  /** Construct(this, [n]) when this is a constructor, else a new array of length n. */
  private static long create(Args a, long n, boolean withLength) {
    if (ArrayOps.isConstructor(a.ctx(), a.thisValue())) {
      return withLength
          ? ArrayOps.construct(a.ctx(), a.thisSlot(), fromNumber(n))
          : ArrayOps.construct(a.ctx(), a.thisSlot());
    }
    return ArrayOps.arrayCreate(a.ctx(), withLength ? n : 0);
  }

  private static long of(Args a) {
    JSHeapContext ctx = a.ctx();
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, create(a, a.argc(), true));
      for (int i = 0; i < a.argc(); i++) {
        ArrayOps.createData(ctx, act.get(w), i, a.arg(i));
      }
      ArrayOps.setLength(ctx, act.get(w), a.argc());
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /**
   * {@code Array.from(items, mapfn, thisArg)}: through the iterator when items has a {@code
   * Symbol.iterator} method (closing it when a step of ours throws), else as an array-like.
   */
  private static long from(Args a) {
    JSHeapContext ctx = a.ctx();
    long mapfn = a.arg(1);
    boolean mapping = mapfn != UNDEFINED;
    if (mapping && !JsValues.isCallable(ctx, mapfn)) {
      throw JsException.typeError(JsCalls.describeForError(ctx, mapfn) + " is not a function");
    }
    long src = a.arg(0);
    if (src == UNDEFINED || src == NULL) {
      throw JsException.typeError(JsValues.toJavaString(ctx, src) + " is not iterable");
    }
    Activation act = a.act();
    // w: the result, w + 1: the source (then its iterator), w + 2: next, w + 3: a value
    int w = act.enter(4);
    try {
      act.set(w + 1, src);
      long iter =
          JsValues.isObject(ctx, src)
              ? ctx.model().get(src, ctx.realm().symbolIterator())
              : JsObjects.getFromPrimitive(ctx, src, ctx.realm().symbolIterator());
      if (iter != UNDEFINED && iter != NULL) {
        if (!JsValues.isCallable(ctx, iter)) {
          throw JsException.typeError("Symbol.iterator is not a function");
        }
        act.set(w, create(a, 0, false));
        Iteration.open(ctx, w + 1);
        long k = 0;
        while (Iteration.step(ctx, w + 1, w + 3)) {
          try {
            if (mapping) {
              act.set(w + 3, JsCalls.call(ctx, a.arg(1), a.arg(2), act.get(w + 3), fromNumber(k)));
            }
            ArrayOps.createData(ctx, act.get(w), k, act.get(w + 3));
          } catch (JsException e) {
            Iteration.close(ctx, w + 1, true);
            throw e;
          }
          k++;
        }
        ArrayOps.setLength(ctx, act.get(w), k);
        return act.get(w);
      }
      act.set(w + 1, JsObjects.toObject(ctx, act.get(w + 1)));
      long n = JsArrays.length(ctx, w + 1);
      act.set(w, create(a, n, true));
      for (long k = 0; k < n; k++) {
        act.set(w + 3, JsArrays.get(ctx, w + 1, k));
        if (mapping) {
          act.set(w + 3, JsCalls.call(ctx, a.arg(1), a.arg(2), act.get(w + 3), fromNumber(k)));
        }
        ArrayOps.createData(ctx, act.get(w), k, act.get(w + 3));
      }
      ArrayOps.setLength(ctx, act.get(w), n);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }
}
