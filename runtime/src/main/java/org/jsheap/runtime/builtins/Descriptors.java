package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.ArgumentsMap;
import org.jsheap.runtime.objects.ArrayLengths;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyDescriptor;

/**
 * Property descriptor objects ({@code Object.defineProperty}, {@code getOwnPropertyDescriptor}).
 */
final class Descriptors {
  private Descriptors() {}

  /**
   * Defines {@code key} on the object in slot {@code objIndex} from the descriptor object in slot
   * {@code descIndex}; absent attributes keep the existing property's, or default to false.
   * TypeError when the model refuses. May collect.
   */
  static void define(JSHeapContext ctx, int objIndex, Object key, int descIndex) {
    if (!tryDefine(ctx, objIndex, key, descIndex)) {
      throw JsException.typeError("Cannot redefine property: " + key);
    }
  }

  /**
   * {@link #define}, but false when the model refuses ({@code Reflect.defineProperty}); a
   * descriptor that is not an object or a getter that is not callable is still a TypeError. May
   * collect.
   */
  static boolean tryDefine(JSHeapContext ctx, int objIndex, Object key, int descIndex) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    if (!JsValues.isObject(ctx, act.get(descIndex))) {
      throw JsException.typeError("Property description must be an object");
    }
    int w = act.enter(3);
    try {
      PropertyDescriptor old = m.getOwnProperty(act.get(objIndex), key);
      boolean oldAccessor = old != null && old.isAccessor();
      boolean oldData = old != null && !old.isAccessor();
      act.set(w, oldAccessor ? old.getter() : UNDEFINED);
      act.set(w + 1, oldAccessor ? old.setter() : UNDEFINED);
      act.set(w + 2, oldData ? old.value() : UNDEFINED);
      int oldFlags = old == null ? 0 : old.flags();
      int flags = oldFlags & Property.ATTRIBUTE_MASK;
      flags = attribute(ctx, descIndex, "enumerable", Property.ENUMERABLE, flags);
      flags = attribute(ctx, descIndex, "configurable", Property.CONFIGURABLE, flags);
      boolean hasGet = m.has(act.get(descIndex), "get");
      boolean hasSet = m.has(act.get(descIndex), "set");
      boolean ok;
      if (hasGet || hasSet) {
        if (hasGet) {
          act.set(w, m.get(act.get(descIndex), "get"));
        }
        if (hasSet) {
          act.set(w + 1, m.get(act.get(descIndex), "set"));
        }
        for (int i = 0; i < 2; i++) {
          long f = act.get(w + i);
          if (f != UNDEFINED && !JsValues.isCallable(ctx, f)) {
            throw JsException.typeError("Getter must be a function");
          }
        }
        ok = m.defineAccessor(act.get(objIndex), key, act.get(w), act.get(w + 1), flags);
      } else {
        if (oldData) {
          flags |= oldFlags & Property.WRITABLE;
        } else {
          flags &= ~Property.WRITABLE;
        }
        flags = attribute(ctx, descIndex, "writable", Property.WRITABLE, flags);
        if (m.has(act.get(descIndex), "value")) {
          act.set(w + 2, m.get(act.get(descIndex), "value"));
          if ("length".equals(key) && JsValues.isArray(ctx, act.get(objIndex))) {
            act.set(w + 2, ArrayLengths.toLength(ctx, act.get(w + 2)));
          }
        }
        ok = m.define(act.get(objIndex), key, act.get(w + 2), flags);
      }
      if (ok && (hasGet || hasSet || (flags & Property.WRITABLE) == 0)) {
        ArgumentsMap.unmap(ctx, act.get(objIndex), key, act.get(w + 2));
      }
      return ok;
    } finally {
      act.exit(w);
    }
  }

  private static int attribute(JSHeapContext ctx, int descIndex, String name, int bit, int flags) {
    long d = ctx.activation().get(descIndex);
    if (!ctx.model().has(d, name)) {
      return flags;
    }
    boolean on = JsValues.toBoolean(ctx, ctx.model().get(d, name));
    return on ? flags | bit : flags & ~bit;
  }

  /** A descriptor object for {@code d}. May collect. */
  static long fromDescriptor(JSHeapContext ctx, PropertyDescriptor d, long unusedObject) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    int w = act.enter(3);
    try {
      act.set(w + 1, d.isAccessor() ? d.getter() : d.value());
      act.set(w + 2, d.isAccessor() ? d.setter() : UNDEFINED);
      act.set(w, m.newObject(ctx.realm().objectPrototype()));
      if (d.isAccessor()) {
        m.put(act.get(w), "get", act.get(w + 1));
        m.put(act.get(w), "set", act.get(w + 2));
      } else {
        m.put(act.get(w), "value", act.get(w + 1));
        m.put(act.get(w), "writable", fromBoolean(d.isWritable()));
      }
      m.put(act.get(w), "enumerable", fromBoolean(d.isEnumerable()));
      m.put(act.get(w), "configurable", fromBoolean(d.isConfigurable()));
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }
}
