package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.ArrayLengths;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.ObjectModelException;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyDescriptor;

/**
 * OrdinaryGet and OrdinarySet (ECMA-262 10.1.8, 10.1.9) with a receiver other than the target, for
 * {@code Reflect.get} and {@code Reflect.set}: the property is looked up along the target's
 * prototype chain, a getter or setter runs with the receiver as {@code this}, and a data write
 * lands on the receiver. When the receiver is the target they are the object model's own get and
 * put.
 *
 * <p>Arguments are slots of the caller's window (they stay rooted); a descriptor's values are used
 * before the next allocation.
 */
final class ReceiverAccess {
  private ReceiverAccess() {}

  /** {@code target[key]} with {@code this} = receiver for a getter. May collect. */
  static long get(JSHeapContext ctx, int targetSlot, Object key, int receiverSlot) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    long o = act.get(targetSlot);
    if (o == act.get(receiverSlot)) {
      return m.get(o, key);
    }
    while (JsValues.isObject(ctx, o)) {
      PropertyDescriptor d = m.getOwnProperty(o, key);
      if (d != null) {
        if (!d.isAccessor()) {
          return d.value();
        }
        long getter = d.getter();
        return getter == UNDEFINED ? UNDEFINED : JsCalls.call(ctx, getter, act.get(receiverSlot));
      }
      o = m.getPrototype(o);
    }
    return UNDEFINED;
  }

  /**
   * {@code target[key] = value} with the receiver: false where the write is refused (a read-only or
   * setter-less property on the chain, a receiver that is not an object or whose own property is an
   * accessor or read-only, a non-extensible receiver). May collect.
   */
  static boolean set(
      JSHeapContext ctx, int targetSlot, Object key, int valueSlot, int receiverSlot) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    if (act.get(targetSlot) == act.get(receiverSlot)) {
      try {
        return m.put(act.get(targetSlot), key, act.get(valueSlot));
      } catch (ObjectModelException e) {
        return ArrayLengths.retryPut(ctx, e, act.get(targetSlot), key, act.get(valueSlot));
      }
    }
    long o = act.get(targetSlot);
    PropertyDescriptor found = null;
    while (found == null && JsValues.isObject(ctx, o)) {
      found = m.getOwnProperty(o, key);
      o = m.getPrototype(o);
    }
    if (found != null && found.isAccessor()) {
      long setter = found.setter();
      if (setter == UNDEFINED) {
        return false;
      }
      JsCalls.call(ctx, setter, act.get(receiverSlot), act.get(valueSlot));
      return true;
    }
    if (found != null && !found.isWritable()) {
      return false;
    }
    return writeOnReceiver(ctx, key, valueSlot, receiverSlot);
  }

  /** OrdinarySetWithOwnDescriptor's last steps: a data write on the receiver itself. */
  private static boolean writeOnReceiver(
      JSHeapContext ctx, Object key, int valueSlot, int receiverSlot) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    if (!JsValues.isObject(ctx, act.get(receiverSlot))) {
      return false;
    }
    PropertyDescriptor existing = m.getOwnProperty(act.get(receiverSlot), key);
    if (existing != null && (existing.isAccessor() || !existing.isWritable())) {
      return false;
    }
    int flags = existing == null ? Property.DEFAULT : existing.flags() & Property.ATTRIBUTE_MASK;
    long value = act.get(valueSlot);
    if ("length".equals(key) && JsValues.isArray(ctx, act.get(receiverSlot))) {
      value = ArrayLengths.toLength(ctx, value);
    }
    return m.define(act.get(receiverSlot), key, value, flags);
  }
}
