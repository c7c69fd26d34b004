package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.ArgumentsMap;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.PropertyDescriptor;

/** {@code Object}, its static functions and {@code Object.prototype}'s methods. */
final class ObjectBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.constructor("Object", 1, ObjectBuiltins::construct);
    in.method("Object", "create", 2, ObjectBuiltins::create);
    in.method("Object", "keys", 1, a -> keys(a, 0));
    in.method("Object", "values", 1, a -> keys(a, 1));
    in.method("Object", "entries", 1, a -> keys(a, 2));
    in.method("Object", "assign", 2, ObjectBuiltins::assign);
    in.method("Object", "defineProperty", 3, ObjectBuiltins::defineProperty);
    in.method("Object", "defineProperties", 2, ObjectBuiltins::defineProperties);
    in.method("Object", "getOwnPropertyNames", 1, ObjectBuiltins::ownPropertyNames);
    in.method(
        "Object",
        "getOwnPropertySymbols",
        1,
        a -> JsArrays.ofKeys(a.ctx(), a.ctx().model().ownSymbolKeys(toObjectArg(a, 0))));
    in.method("Object", "getOwnPropertyDescriptor", 2, ObjectBuiltins::getOwnPropertyDescriptor);
    in.method("Object", "getOwnPropertyDescriptors", 1, ObjectBuiltins::getOwnPropertyDescriptors);
    in.method("Object", "getPrototypeOf", 1, a -> a.ctx().model().getPrototype(toObjectArg(a, 0)));
    in.method("Object", "setPrototypeOf", 2, ObjectBuiltins::setPrototypeOf);
    in.method("Object", "freeze", 1, a -> integrity(a, 2));
    in.method("Object", "seal", 1, a -> integrity(a, 1));
    in.method("Object", "preventExtensions", 1, a -> integrity(a, 0));
    in.method("Object", "isFrozen", 1, a -> test(a, 2));
    in.method("Object", "isSealed", 1, a -> test(a, 1));
    in.method("Object", "isExtensible", 1, a -> test(a, 0));
    in.method("Object", "is", 2, a -> fromBoolean(sameValue(a.ctx(), a.arg(0), a.arg(1))));
    in.method("ObjectPrototype", "hasOwnProperty", 1, ObjectBuiltins::hasOwnProperty);
    in.method("ObjectPrototype", "isPrototypeOf", 1, ObjectBuiltins::isPrototypeOf);
    in.method("ObjectPrototype", "propertyIsEnumerable", 1, ObjectBuiltins::propertyIsEnumerable);
    in.method("ObjectPrototype", "toString", 0, a -> a.ctx().strings().fromJava(ObjectTags.tag(a)));
    in.method("ObjectPrototype", "toLocaleString", 0, ObjectBuiltins::toLocaleString);
    in.method(
        "ObjectPrototype",
        "valueOf",
        0,
        a -> {
          thisObject(a);
          return a.thisValue();
        });
  }

  static boolean sameValue(JSHeapContext ctx, long x, long y) {
    if (ctx.strings().isString(x) && ctx.strings().isString(y)) {
      return ctx.strings().toJava(x).equals(ctx.strings().toJava(y));
    }
    if (isNumber(x) && isNumber(y)) {
      double a = asNumber(x);
      double b = asNumber(y);
      return Double.doubleToLongBits(a) == Double.doubleToLongBits(b) || (a != a && b != b);
    }
    return x == y;
  }

  /** Argument {@code i}, which must be an object (TypeError otherwise). */
  static long object(Args a, int i) {
    long o = a.arg(i);
    if (!JsValues.isObject(a.ctx(), o)) {
      throw JsException.typeError(JsValues.typeof(a.ctx(), o) + " is not an object");
    }
    return o;
  }

  /**
   * ToObject(argument {@code i}), stored back into its slot: a TypeError for undefined and null, a
   * wrapper for another primitive. May collect.
   */
  static long toObjectArg(Args a, int i) {
    long o = a.arg(i);
    if (o == UNDEFINED || o == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    if (!JsValues.isObject(a.ctx(), o)) {
      a.act().set(a.argSlot(i), JsObjects.toObject(a.ctx(), o));
    }
    return a.arg(i);
  }

  /** ToObject(this), stored back into the this slot; TypeError for undefined and null. */
  private static void thisObject(Args a) {
    long o = a.thisValue();
    if (o == UNDEFINED || o == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    if (!JsValues.isObject(a.ctx(), o)) {
      a.act().set(a.thisSlot(), JsObjects.toObject(a.ctx(), o));
    }
  }

  /** {@code Object.prototype.toLocaleString}: Invoke(this, "toString"). May collect. */
  private static long toLocaleString(Args a) {
    JSHeapContext ctx = a.ctx();
    long o = a.thisValue();
    if (o == UNDEFINED || o == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    long f =
        JsValues.isObject(ctx, o)
            ? ctx.model().get(o, "toString")
            : JsObjects.getFromPrimitive(ctx, o, "toString");
    return JsCalls.call(ctx, f, a.thisValue());
  }

  private static long construct(Args a) {
    long v = a.arg(0);
    if (v == UNDEFINED || v == NULL) {
      return a.ctx().model().newObject(a.ctx().realm().objectPrototype());
    }
    return JsObjects.toObject(a.ctx(), v);
  }

  private static long create(Args a) {
    long proto = a.arg(0);
    if (proto != NULL && !JsValues.isObject(a.ctx(), proto)) {
      throw JsException.typeError("Object prototype may only be an Object or null");
    }
    Activation act = a.act();
    int w = act.enter(1);
    try {
      act.set(w, a.ctx().model().newObject(proto));
      if (a.arg(1) != UNDEFINED) {
        defineAll(a.ctx(), w, a.argSlot(1));
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** keys (0), values (1) or entries (2) of own enumerable string keys. */
  private static long keys(Args a, int what) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    long o = a.arg(0);
    if (!JsValues.isObject(ctx, o)) {
      if (o == UNDEFINED || o == NULL) {
        throw JsException.typeError("Cannot convert undefined or null to object");
      }
      if (!ctx.strings().isString(o)) {
        return JsArrays.newArray(ctx, 0);
      }
    }
    List<String> keys = new java.util.ArrayList<>();
    if (ctx.strings().isString(o)) {
      keys.addAll(stringIndices(ctx, o));
    } else {
      for (String k : m.ownKeys(o)) {
        Safepoints.poll(ctx, keys.size());
        PropertyDescriptor d = m.getOwnProperty(o, k);
        if (d != null && d.isEnumerable()) {
          keys.add(k);
        }
      }
    }
    if (what == 0) {
      return JsArrays.ofKeys(ctx, keys);
    }
    Activation act = a.act();
    int w = act.enter(3);
    try {
      act.set(w, JsArrays.newArray(ctx, keys.size()));
      for (int i = 0; i < keys.size(); i++) {
        Safepoints.poll(ctx, i);
        act.set(
            w + 1,
            JsValues.isObject(ctx, a.arg(0))
                ? m.get(a.arg(0), keys.get(i))
                : JsArrays.get(ctx, a.argSlot(0), i));
        if (what == 2) {
          act.set(w + 2, JsArrays.newArray(ctx, 2));
          m.defineElement(act.get(w + 2), 1, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
          act.set(w + 1, ctx.strings().fromJava(keys.get(i)));
          m.defineElement(act.get(w + 2), 0, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
          act.set(w + 1, act.get(w + 2));
        }
        m.defineElement(act.get(w), i, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** The index keys of a string primitive (its ToObject wrapper's own enumerable keys). */
  private static List<String> stringIndices(JSHeapContext ctx, long s) {
    List<String> keys = new java.util.ArrayList<>();
    int n = ctx.strings().length(s);
    for (int i = 0; i < n; i++) {
      Safepoints.poll(ctx, i);
      keys.add(Integer.toString(i));
    }
    return keys;
  }

  /** {@code Object.getOwnPropertyNames}; a string primitive is ToObject'd (indices, length). */
  private static long ownPropertyNames(Args a) {
    JSHeapContext ctx = a.ctx();
    long o = a.arg(0);
    if (ctx.strings().isString(o)) {
      List<String> keys = stringIndices(ctx, o);
      keys.add("length");
      return JsArrays.ofKeys(ctx, keys);
    }
    return JsArrays.ofKeys(ctx, ctx.model().ownKeys(toObjectArg(a, 0)));
  }

  /**
   * {@code Object.assign(target, ...sources)}: ToObject(target); each source's own enumerable
   * properties (a string's characters; null and undefined sources are skipped) are copied with Set,
   * a refused write being a TypeError. May collect.
   */
  private static long assign(Args a) {
    JSHeapContext ctx = a.ctx();
    ObjectModel m = ctx.model();
    toObjectArg(a, 0);
    Activation act = a.act();
    int w = act.enter(1);
    try {
      for (int i = 1; i < a.argc(); i++) {
        if (a.arg(i) == UNDEFINED || a.arg(i) == NULL) {
          continue;
        }
        act.set(w, JsObjects.toObject(ctx, a.arg(i)));
        for (Object key : m.ownPropertyKeys(act.get(w))) {
          PropertyDescriptor d = m.getOwnProperty(act.get(w), key);
          if (d == null || !d.isEnumerable()) {
            continue;
          }
          long v = m.get(act.get(w), key);
          if (!m.put(a.arg(0), key, v)) {
            throw JsException.typeError("Cannot assign to read only property '" + key + "'");
          }
        }
      }
      return a.arg(0);
    } finally {
      act.exit(w);
    }
  }

  private static long defineProperty(Args a) {
    object(a, 0);
    if (!JsValues.isObject(a.ctx(), a.arg(2))) {
      throw JsException.typeError("Property description must be an object");
    }
    Object key = JsValues.toPropertyKey(a.ctx(), a.arg(1));
    Descriptors.define(a.ctx(), a.argSlot(0), key, a.argSlot(2));
    return a.arg(0);
  }

  private static long defineProperties(Args a) {
    object(a, 0);
    defineAll(a.ctx(), a.argSlot(0), a.argSlot(1));
    return a.arg(0);
  }

  /** Defines every own enumerable property of the descriptor map in {@code propsIndex}. */
  static void defineAll(JSHeapContext ctx, int objIndex, int propsIndex) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    long props = act.get(propsIndex);
    if (!JsValues.isObject(ctx, props)) {
      throw JsException.typeError("Property description must be an object");
    }
    List<Object> keys = m.ownPropertyKeys(props);
    int w = act.enter(2);
    try {
      // every descriptor is read and checked before any is defined (ObjectDefineProperties)
      act.set(w + 1, JsArrays.newArray(ctx, keys.size()));
      for (int i = 0; i < keys.size(); i++) {
        PropertyDescriptor d = m.getOwnProperty(act.get(propsIndex), keys.get(i));
        if (d != null && d.isEnumerable()) {
          act.set(w, m.get(act.get(propsIndex), keys.get(i)));
          if (!JsValues.isObject(ctx, act.get(w))) {
            throw JsException.typeError("Property description must be an object");
          }
          m.defineElement(act.get(w + 1), i, act.get(w), org.jsheap.shapes.Property.DEFAULT);
        }
      }
      for (int i = 0; i < keys.size(); i++) {
        act.set(w, m.getElement(act.get(w + 1), i));
        if (act.get(w) != UNDEFINED) {
          Descriptors.define(ctx, objIndex, keys.get(i), w);
        }
      }
    } finally {
      act.exit(w);
    }
  }

  private static long getOwnPropertyDescriptor(Args a) {
    JSHeapContext ctx = a.ctx();
    toObjectArg(a, 0);
    Object key = JsValues.toPropertyKey(ctx, a.arg(1));
    PropertyDescriptor d = ctx.model().getOwnProperty(a.arg(0), key);
    if (d == null) {
      return UNDEFINED;
    }
    return Descriptors.fromDescriptor(ctx, d, a.arg(0));
  }

  /** {@code Object.getOwnPropertyDescriptors(o)} (ES2017): a descriptor object per own key. */
  private static long getOwnPropertyDescriptors(Args a) {
    JSHeapContext ctx = a.ctx();
    long v = a.arg(0);
    if (v == UNDEFINED || v == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    ObjectModel m = ctx.model();
    Activation act = a.act();
    int w = act.enter(3);
    try {
      act.set(w, JsObjects.toObject(ctx, v));
      act.set(w + 1, m.newObject(ctx.realm().objectPrototype()));
      List<Object> keys = m.ownPropertyKeys(act.get(w));
      for (int i = 0; i < keys.size(); i++) {
        Safepoints.poll(ctx, i);
        PropertyDescriptor d = m.getOwnProperty(act.get(w), keys.get(i));
        if (d != null) {
          act.set(w + 2, Descriptors.fromDescriptor(ctx, d, act.get(w)));
          m.define(act.get(w + 1), keys.get(i), act.get(w + 2), org.jsheap.shapes.Property.DEFAULT);
        }
      }
      return act.get(w + 1);
    } finally {
      act.exit(w);
    }
  }

  private static long setPrototypeOf(Args a) {
    long proto = a.arg(1);
    if (proto != NULL && !JsValues.isObject(a.ctx(), proto)) {
      throw JsException.typeError("Object prototype may only be an Object or null");
    }
    if (!JsValues.isObject(a.ctx(), a.arg(0))) {
      return a.arg(0);
    }
    if (!a.ctx().model().setPrototype(a.arg(0), proto)) {
      throw JsException.typeError("Cyclic __proto__ value or non-extensible object");
    }
    return a.arg(0);
  }

  private static long integrity(Args a, int level) {
    long o = a.arg(0);
    if (!JsValues.isObject(a.ctx(), o)) {
      return o;
    }
    ObjectModel m = a.ctx().model();
    switch (level) {
      case 2 -> {
        ArgumentsMap.unmapAll(a.ctx(), o);
        m.freeze(a.arg(0));
      }
      case 1 -> m.seal(o);
      default -> m.preventExtensions(o);
    }
    return a.arg(0);
  }

  private static long test(Args a, int level) {
    long o = a.arg(0);
    if (!JsValues.isObject(a.ctx(), o)) {
      return fromBoolean(level != 0);
    }
    ObjectModel m = a.ctx().model();
    return fromBoolean(
        switch (level) {
          case 2 -> m.isFrozen(o);
          case 1 -> m.isSealed(o);
          default -> m.isExtensible(o);
        });
  }

  private static long hasOwnProperty(Args a) {
    Object key = JsValues.toPropertyKey(a.ctx(), a.arg(0));
    long o = a.thisValue();
    if (o == UNDEFINED || o == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    if (!JsValues.isObject(a.ctx(), o)) {
      return fromBoolean(
          a.ctx().strings().isString(o)
              && ("length".equals(key)
                  || (key instanceof String s
                      && org.jsheap.shapes.PropertyKeys.arrayIndex(s) >= 0
                      && org.jsheap.shapes.PropertyKeys.arrayIndex(s)
                          < a.ctx().strings().length(o))));
    }
    return fromBoolean(a.ctx().model().hasOwn(o, key));
  }

  private static long isPrototypeOf(Args a) {
    ObjectModel m = a.ctx().model();
    long v = a.arg(0);
    if (!JsValues.isObject(a.ctx(), v)) {
      return FALSE;
    }
    if (a.thisValue() == UNDEFINED || a.thisValue() == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    for (long p = m.getPrototype(v); p != NULL; p = m.getPrototype(p)) {
      if (p == a.thisValue()) {
        return TRUE;
      }
    }
    return FALSE;
  }

  private static long propertyIsEnumerable(Args a) {
    Object key = JsValues.toPropertyKey(a.ctx(), a.arg(0));
    thisObject(a);
    PropertyDescriptor d = a.ctx().model().getOwnProperty(a.thisValue(), key);
    return fromBoolean(d != null && d.isEnumerable());
  }
}
