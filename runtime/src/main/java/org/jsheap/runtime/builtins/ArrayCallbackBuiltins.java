package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import java.util.Arrays;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.SymbolKey;

/**
 * Array methods that call back into JS (forEach, map, filter, reduce, reduceRight, some, every,
 * find, findIndex, sort) and the array iterators (keys, values, entries, Symbol.iterator).
 */
final class ArrayCallbackBuiltins implements BuiltinSet {
  static final SymbolKey TARGET = new SymbolKey("[[IteratedObject]]");
  static final SymbolKey INDEX = new SymbolKey("[[ArrayIteratorNextIndex]]");
  static final SymbolKey KIND = new SymbolKey("[[ArrayIterationKind]]");

  @Override
  public void install(Installer in) {
    String p = "ArrayPrototype";
    in.method(p, "forEach", 1, a -> each(a, 0));
    in.method(p, "map", 1, a -> each(a, 1));
    in.method(p, "filter", 1, a -> each(a, 2));
    in.method(p, "some", 1, a -> each(a, 3));
    in.method(p, "every", 1, a -> each(a, 4));
    in.method(p, "find", 1, a -> each(a, 5));
    in.method(p, "findIndex", 1, a -> each(a, 6));
    in.method(p, "reduce", 1, a -> reduce(a, false));
    in.method(p, "reduceRight", 1, a -> reduce(a, true));
    in.method(p, "sort", 1, ArrayCallbackBuiltins::sort);
    in.prototype("ArrayIteratorPrototype", "ObjectPrototype");
    in.method("ArrayIteratorPrototype", "next", 0, ArrayCallbackBuiltins::next);
    in.method(
        "ArrayIteratorPrototype",
        in.realm().symbolIterator(),
        "[Symbol.iterator]",
        0,
        () -> new LambdaBuiltin(Args::thisValue));
    in.method(p, "keys", 0, a -> iterator(a, 0));
    in.method(p, "entries", 0, a -> iterator(a, 2));
    in.method(p, "values", 0, a -> iterator(a, 1));
    long values = in.context().model().get(in.realm().arrayPrototype(), "values");
    in.realm().setIntrinsic("ArrayValues", values);
    in.value(p, in.realm().symbolIterator(), in.realm().intrinsic("ArrayValues"), Installer.METHOD);
  }

  private static void checkCallback(Args a) {
    if (!JsValues.isCallable(a.ctx(), a.arg(0))) {
      throw JsException.typeError(
          JsCalls.describeForError(a.ctx(), a.arg(0)) + " is not a function");
    }
  }

  private static final String[] EACH_NAMES = {
    "forEach", "map", "filter", "some", "every", "find", "findIndex"
  };

  /** forEach 0, map 1, filter 2, some 3, every 4, find 5, findIndex 6. */
  private static long each(Args a, int mode) {
    ArrayBuiltins.toObjectThis(a, EACH_NAMES[mode]);
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    long n = ArrayBuiltins.len(a);
    checkCallback(a);
    Activation act = a.act();
    int w = act.enter(2);
    try {
      if (mode == 1 || mode == 2) {
        act.set(w, ArrayOps.speciesCreate(ctx, a.thisSlot(), mode == 1 ? n : 0));
      }
      long out = 0;
      for (long i = 0; i < n; i++) {
        Safepoints.poll(ctx, i);
        if (mode < 5 && !ArrayBuiltins.present(a, i)) {
          continue;
        }
        act.set(w + 1, ArrayBuiltins.get(a, i));
        long r =
            JsCalls.call(ctx, a.arg(0), a.arg(1), act.get(w + 1), fromNumber(i), a.thisValue());
        switch (mode) {
          case 1 -> ArrayOps.createData(ctx, act.get(w), i, r);
          case 2 -> {
            if (JsValues.toBoolean(ctx, r)) {
              ArrayOps.createData(ctx, act.get(w), out++, act.get(w + 1));
            }
          }
          case 3 -> {
            if (JsValues.toBoolean(ctx, r)) {
              return TRUE;
            }
          }
          case 4 -> {
            if (!JsValues.toBoolean(ctx, r)) {
              return FALSE;
            }
          }
          case 5 -> {
            if (JsValues.toBoolean(ctx, r)) {
              return act.get(w + 1);
            }
          }
          case 6 -> {
            if (JsValues.toBoolean(ctx, r)) {
              return fromNumber(i);
            }
          }
          default -> {}
        }
      }
      return switch (mode) {
        case 1, 2 -> act.get(w);
        case 3 -> FALSE;
        case 4 -> TRUE;
        case 6 -> fromInt(-1);
        default -> UNDEFINED;
      };
    } finally {
      act.exit(w);
    }
  }

  private static long reduce(Args a, boolean right) {
    ArrayBuiltins.toObjectThis(a, right ? "reduceRight" : "reduce");
    JSHeapContext ctx = a.ctx();
    long n = ArrayBuiltins.len(a);
    checkCallback(a);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      long i = right ? n - 1 : 0;
      long step = right ? -1 : 1;
      if (a.argc() >= 2) {
        act.set(w, a.arg(1));
      } else {
        // the first present element is the initial accumulator (holes are skipped)
        boolean found = false;
        for (; !found && i >= 0 && i < n; i += step) {
          if (ArrayBuiltins.present(a, i)) {
            act.set(w, ArrayBuiltins.get(a, i));
            found = true;
          }
        }
        if (!found) {
          throw JsException.typeError("Reduce of empty array with no initial value");
        }
      }
      for (; i >= 0 && i < n; i += step) {
        if (!ArrayBuiltins.present(a, i)) {
          continue;
        }
        long v = ArrayBuiltins.get(a, i);
        act.set(
            w, JsCalls.call(ctx, a.arg(0), UNDEFINED, act.get(w), v, fromNumber(i), a.thisValue()));
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /**
   * {@code sort(comparefn)} as SortIndexedProperties words it: the present elements (HasProperty,
   * then Get) are copied into a rooted array, undefined values go last without reaching the
   * comparator, the rest are sorted stably (Java's TimSort over indices; the comparator reads the
   * values from the copy, as a JS comparator may collect), written back with Set, and the indices
   * from the item count to the length are deleted (the holes move to the end). A comparator that
   * throws leaves the object unchanged.
   */
  private static long sort(Args a) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    long cmp = a.arg(0);
    if (cmp != UNDEFINED && !JsValues.isCallable(ctx, cmp)) {
      throw JsException.typeError("The comparison function must be either a function or undefined");
    }
    ArrayBuiltins.toObjectThis(a, "sort");
    long n = ArrayBuiltins.len(a);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, JsArrays.newArray(ctx, (int) Math.min(n, 1024)));
      int count = 0;
      int undefs = 0;
      for (long i = 0; i < n; i++) {
        if (!ArrayBuiltins.present(a, i)) {
          continue;
        }
        long v = ArrayBuiltins.get(a, i);
        if (v == UNDEFINED) {
          undefs++;
        } else {
          m.defineElement(act.get(w), count++, v, Property.DEFAULT);
        }
      }
      long[] comparisons = {0};
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      try {
        Arrays.sort(
            order,
            (x, y) -> {
              Safepoints.poll(ctx, ++comparisons[0]);
              if (a.arg(0) == UNDEFINED) {
                String sx = JsValues.toJavaString(ctx, m.getElement(act.get(w), x));
                String sy = JsValues.toJavaString(ctx, m.getElement(act.get(w), y));
                return sx.compareTo(sy);
              }
              long vx = m.getElement(act.get(w), x);
              long vy = m.getElement(act.get(w), y);
              double r = JsValues.toNumber(ctx, JsCalls.call(ctx, a.arg(0), UNDEFINED, vx, vy));
              return r < 0 ? -1 : r > 0 ? 1 : 0;
            });
      } catch (IllegalArgumentException inconsistent) {
        // SAFETY: an inconsistent comparator leaves an implementation-defined order (ECMA-262).
      }
      for (int i = 0; i < count; i++) {
        ArrayBuiltins.put(a, i, m.getElement(act.get(w), order[i]));
      }
      for (long i = count; i < count + undefs; i++) {
        ArrayBuiltins.put(a, i, UNDEFINED);
      }
      for (long i = count + undefs; i < n; i++) {
        ArrayOps.delete(ctx, a.thisValue(), i);
      }
      return a.thisValue();
    } finally {
      act.exit(w);
    }
  }

  /** keys 0, values 1, entries 2. */
  private static long iterator(Args a, int kind) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, m.newObject(ctx.realm().intrinsic("ArrayIteratorPrototype")));
      m.define(act.get(w), TARGET, a.thisValue(), 0x1);
      m.define(act.get(w), INDEX, fromInt(0), 0x1);
      m.define(act.get(w), KIND, fromInt(kind), 0x1);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  private static long next(Args a) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    long it = a.thisValue();
    if (!JsValues.isObject(ctx, it) || !m.hasOwn(it, TARGET)) {
      throw JsException.typeError("next method called on incompatible receiver");
    }
    Activation act = a.act();
    int w = act.enter(3);
    try {
      act.set(w, m.get(it, TARGET));
      int index = asInt(m.get(it, INDEX));
      int kind = asInt(m.get(it, KIND));
      if (act.get(w) == UNDEFINED || index >= JsArrays.length(ctx, w)) {
        m.put(a.thisValue(), TARGET, UNDEFINED);
        return result(ctx, w + 1, UNDEFINED, true);
      }
      m.put(a.thisValue(), INDEX, fromInt(index + 1));
      if (kind == 0) {
        act.set(w + 1, fromInt(index));
      } else {
        act.set(w + 1, JsArrays.get(ctx, w, index));
        if (kind == 2) {
          act.set(w + 2, JsArrays.newArray(ctx, 2));
          m.defineElement(act.get(w + 2), 0, fromInt(index), org.jsheap.shapes.Property.DEFAULT);
          m.defineElement(act.get(w + 2), 1, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
          act.set(w + 1, act.get(w + 2));
        }
      }
      return result(ctx, w + 1, act.get(w + 1), false);
    } finally {
      act.exit(w);
    }
  }

  /** A new iterator result {value, done}; the value must be in slot {@code valueIndex}. */
  static long result(JSHeapContext ctx, int valueIndex, long value, boolean done) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    act.set(valueIndex, value);
    int w = act.enter(1);
    try {
      act.set(w, m.newObject(ctx.realm().objectPrototype()));
      m.put(act.get(w), "value", act.get(valueIndex));
      m.put(act.get(w), "done", fromBoolean(done));
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }
}
