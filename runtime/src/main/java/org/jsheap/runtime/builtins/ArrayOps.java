package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.call.CallNodes;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.ArrayLengths;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.ObjectModelException;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;

/**
 * The abstract operations the Array methods use on any object, by integer key: HasProperty, Set and
 * DeletePropertyOrThrow, CreateDataPropertyOrThrow, ArraySpeciesCreate and Construct. Keys above
 * the largest array index (2^32 - 2) are ordinary named properties ("4294967295"), never elements.
 */
final class ArrayOps {
  private ArrayOps() {}

  /** ToLength's upper bound, 2^53 - 1. */
  static final long MAX_LENGTH = 9007199254740991L;

  static boolean isIndex(long i) {
    return i >= 0 && i <= PropertyKeys.MAX_ARRAY_INDEX;
  }

  /** HasProperty(o, i) (own or inherited). */
  static boolean has(JSHeapContext ctx, long o, long i) {
    Safepoints.poll(ctx, i);
    return JsValues.isObject(ctx, o) && ctx.model().has(o, Long.toString(i));
  }

  /** Set(o, i, v, true): a refused write is a TypeError. May collect. */
  static void set(JSHeapContext ctx, long o, long i, long v) {
    Safepoints.poll(ctx, i);
    if (!JsValues.isObject(ctx, o)) {
      throw JsException.typeError("Array.prototype method called on a non-object");
    }
    ObjectModel m = ctx.model();
    boolean ok = isIndex(i) ? m.putElement(o, i, v) : m.put(o, Long.toString(i), v);
    if (!ok) {
      throw JsException.typeError("Cannot assign to read only property '" + i + "' of object");
    }
  }

  /** DeletePropertyOrThrow(o, i). May collect. */
  static void delete(JSHeapContext ctx, long o, long i) {
    ObjectModel m = ctx.model();
    boolean ok = isIndex(i) ? m.deleteElement(o, i) : m.delete(o, Long.toString(i));
    if (!ok) {
      throw JsException.typeError("Cannot delete property '" + i + "' of object");
    }
  }

  /** CreateDataPropertyOrThrow(o, i, v). May collect. */
  static void createData(JSHeapContext ctx, long o, long i, long v) {
    ObjectModel m = ctx.model();
    boolean ok =
        isIndex(i)
            ? m.defineElement(o, i, v, Property.DEFAULT)
            : m.define(o, Long.toString(i), v, Property.DEFAULT);
    if (!ok) {
      throw JsException.typeError("Cannot define property '" + i + "' of object");
    }
  }

  /** Set(o, "length", n, true). May collect. */
  static void setLength(JSHeapContext ctx, long o, long n) {
    if (!JsValues.isObject(ctx, o)) {
      return;
    }
    boolean ok;
    try {
      ok = ctx.model().put(o, "length", fromNumber(n));
    } catch (ObjectModelException e) {
      ok = ArrayLengths.retryPut(ctx, e, o, "length", fromNumber(n));
    }
    if (!ok) {
      throw JsException.typeError("Cannot assign to read only property 'length' of object");
    }
  }

  /** Whether {@code v} is a constructor. */
  static boolean isConstructor(JSHeapContext ctx, long v) {
    return JsValues.isCallable(ctx, v)
        && JsFunctions.data(ctx.heap(), v).is(FunctionData.CONSTRUCTOR);
  }

  /** A new array of {@code n} holes; a RangeError above 2^32 - 1. May collect. */
  static long arrayCreate(JSHeapContext ctx, long n) {
    if (n > 4294967295L) {
      throw JsException.rangeError(ArrayLengths.INVALID);
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(ctx, (int) Math.min(n, 1024)));
      if (n > 0) {
        ctx.model().setArrayLength(act.get(w), n);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /**
   * ArraySpeciesCreate(original, n): a plain array unless the original is an array whose {@code
   * constructor[Symbol.species]} is another constructor, which is then constructed with {@code n}.
   * May collect.
   */
  static long speciesCreate(JSHeapContext ctx, int originalSlot, long n) {
    Activation act = ctx.activation();
    if (!JsValues.isArray(ctx, act.get(originalSlot))) {
      return arrayCreate(ctx, n);
    }
    int w = act.enter(1);
    try {
      act.set(w, ctx.model().get(act.get(originalSlot), "constructor"));
      if (JsValues.isObject(ctx, act.get(w))) {
        act.set(w, ctx.model().get(act.get(w), ctx.realm().symbolSpecies()));
        if (act.get(w) == NULL) {
          act.set(w, UNDEFINED);
        }
      }
      if (act.get(w) == UNDEFINED) {
        return arrayCreate(ctx, n);
      }
      if (!isConstructor(ctx, act.get(w))) {
        throw JsException.typeError("object.constructor[Symbol.species] is not a constructor");
      }
      return construct(ctx, w, fromNumber(n));
    } finally {
      act.exit(w);
    }
  }

  /** Construct(C, args) for the constructor in slot {@code cSlot}. May collect. */
  static long construct(JSHeapContext ctx, int cSlot, long... args) {
    Activation act = ctx.activation();
    if (!isConstructor(ctx, act.get(cSlot))) {
      throw JsException.typeError(
          JsCalls.describeForError(ctx, act.get(cSlot)) + " is not a constructor");
    }
    int w = act.enter(2 + args.length);
    try {
      act.set(w, act.get(cSlot));
      for (int i = 0; i < args.length; i++) {
        act.set(w + 2 + i, args[i]);
      }
      act.set(w + 1, CallNodes.allocateReceiver(ctx, act.get(w)));
      long r = JsCalls.callPrepared(ctx, w, args.length, JsCalls.CONSTRUCT);
      return JsValues.isObject(ctx, r) ? r : act.get(w + 1);
    } finally {
      act.exit(w);
    }
  }

  /**
   * ToIntegerOrInfinity(v) made relative to {@code len} and clamped to [0, len] (the start and end
   * arguments of slice, splice, fill, copyWithin, includes, indexOf). May collect (valueOf).
   */
  static long relative(JSHeapContext ctx, long v, long len, long dflt) {
    if (v == UNDEFINED) {
      return dflt;
    }
    double d = toInteger(JsValues.toNumber(ctx, v));
    if (d < 0) {
      return (long) Math.max(0, len + d);
    }
    return (long) Math.min(d, len);
  }

  /** ToIntegerOrInfinity of a number: NaN is 0, truncation towards zero, infinities stay. */
  static double toInteger(double d) {
    if (Double.isNaN(d)) {
      return 0;
    }
    return d < 0 ? Math.ceil(d) : Math.floor(d);
  }
}
