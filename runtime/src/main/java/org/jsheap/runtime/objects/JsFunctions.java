package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.ObjectKind;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.SymbolKey;

/**
 * Function objects: shapes objects of {@link ObjectKind#FUNCTION} whose extra slots hold the {@link
 * FunctionData} handle, the closure environment and the bound {@code this} (arrows) or home object
 * (methods).
 */
public final class JsFunctions {
  private JsFunctions() {}

  public static final int DATA_SLOT = ObjectKind.FUNCTION.firstExtraSlot();
  public static final int ENV_SLOT = DATA_SLOT + 1;
  public static final int THIS_SLOT = DATA_SLOT + 2;

  private static final int HIDDEN = Property.CONFIGURABLE;

  /** The data of a function value (which must be callable). */
  public static FunctionData data(Heap heap, long fn) {
    return (FunctionData) heap.external(heap.getSlot(asReference(fn), DATA_SLOT));
  }

  public static long env(Heap heap, long fn) {
    return heap.getSlot(asReference(fn), ENV_SLOT);
  }

  public static long boundThis(Heap heap, long fn) {
    return heap.getSlot(asReference(fn), THIS_SLOT);
  }

  /**
   * A new function for {@code data}; its environment and bound this/home object are read from
   * absolute value-stack slots {@code envIndex} and {@code thisIndex} (-1: undefined) after the
   * allocations. Constructors get a fresh {@code prototype} object. May collect.
   */
  @TruffleBoundary
  public static long create(JSHeapContext ctx, FunctionData data, int envIndex, int thisIndex) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    Heap heap = ctx.heap();
    int w = act.enter(2);
    try {
      act.set(w, m.newObject(ctx.realm().functionPrototype(), ObjectKind.FUNCTION, 2));
      long a = asReference(act.get(w));
      heap.setSlot(a, DATA_SLOT, heap.registerExternal(a, data, 0));
      heap.setSlot(a, ENV_SLOT, envIndex < 0 ? UNDEFINED : act.get(envIndex));
      heap.setSlot(a, THIS_SLOT, thisIndex < 0 ? UNDEFINED : act.get(thisIndex));
      m.define(act.get(w), "length", fromInt(data.length()), HIDDEN);
      act.set(w + 1, ctx.strings().fromJava(data.name()));
      m.define(act.get(w), "name", act.get(w + 1), HIDDEN);
      if (data.is(FunctionData.CONSTRUCTOR)) {
        act.set(w + 1, m.newObject(ctx.realm().objectPrototype()));
        m.define(act.get(w + 1), "constructor", act.get(w), Property.WRITABLE | HIDDEN);
        m.define(
            act.get(w),
            "prototype",
            act.get(w + 1),
            data.is(FunctionData.CLASS_CONSTRUCTOR) ? 0 : Property.WRITABLE);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /**
   * SetFunctionName with a key known only at run time (a computed property key): the function in
   * absolute value-stack slot {@code fnIndex} gets the name {@code key} (a symbol: {@code
   * "[description]"}, or {@code ""} without one), after {@code prefix} ({@code "get"}, {@code
   * "set"}) if not empty. A class whose static members already gave it a name other than the empty
   * string keeps it. May collect.
   */
  @TruffleBoundary
  public static void setFunctionName(JSHeapContext ctx, int fnIndex, Object key, String prefix) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    if (!JsValues.isCallable(ctx, act.get(fnIndex))) {
      return;
    }
    var old = m.getOwnProperty(act.get(fnIndex), "name");
    if (old != null
        && (old.isAccessor()
            || !ctx.strings().isString(old.value())
            || !JsValues.toJavaString(ctx, old.value()).isEmpty())) {
      return;
    }
    String name;
    if (key instanceof SymbolKey s) {
      name = s.description() == null ? "" : "[" + s.description() + "]";
    } else {
      name = (String) key;
    }
    if (!prefix.isEmpty()) {
      name = prefix + " " + name;
    }
    int w = act.enter(1);
    try {
      act.set(w, ctx.strings().fromJava(name));
      m.define(act.get(fnIndex), "name", act.get(w), HIDDEN);
    } finally {
      act.exit(w);
    }
  }

  /** Sets the home object (for {@code super.m()}) of a method value. */
  public static void setHome(Heap heap, long fn, long home) {
    heap.setSlot(asReference(fn), THIS_SLOT, home);
  }
}
