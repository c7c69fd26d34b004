package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.shapes.ObjectModel;

/**
 * The object environment record of a {@code with} statement (ES2015 8.1.1.2, {@code
 * withEnvironment} true): its binding object lives in an activation slot, and every operation takes
 * that slot's absolute index and rereads it after anything that may collect (a getter of the object
 * or of its {@code Symbol.unscopables} value runs JS code).
 */
public final class WithScopes {
  private WithScopes() {}

  /**
   * ToObject of the value of a {@code with} expression: undefined and null are a TypeError, a
   * primitive is wrapped, a foreign (host) value is refused. May collect.
   */
  @TruffleBoundary
  public static long bindingObject(JSHeapContext ctx, long v) {
    if (v == UNDEFINED || v == NULL) {
      throw JsException.typeError("Cannot convert undefined or null to object");
    }
    if (Foreign.isForeign(ctx, v)) {
      throw JsException.typeError("with on a foreign (host) object is not supported");
    }
    return JsObjects.toObject(ctx, v);
  }

  /**
   * HasBinding: the object in slot {@code index} has the property {@code name} (own or inherited)
   * and its {@code Symbol.unscopables} object, if any, does not block it. May collect.
   */
  @TruffleBoundary
  public static boolean hasBinding(JSHeapContext ctx, int index, String name) {
    ObjectModel m = ctx.model();
    Activation act = ctx.activation();
    if (!m.has(act.get(index), name)) {
      return false;
    }
    long unscopables = m.get(act.get(index), ctx.realm().symbolUnscopables());
    if (!JsValues.isObject(ctx, unscopables)) {
      return true;
    }
    return !JsValues.toBoolean(ctx, m.get(unscopables, name));
  }

  /**
   * GetBindingValue: the property's value, or (if it disappeared since the reference was resolved)
   * undefined, or in strict code a ReferenceError. May collect.
   */
  @TruffleBoundary
  public static long get(JSHeapContext ctx, int index, String name, boolean strict) {
    ObjectModel m = ctx.model();
    Activation act = ctx.activation();
    if (!m.has(act.get(index), name)) {
      if (strict) {
        throw JsException.referenceError(name + " is not defined");
      }
      return UNDEFINED;
    }
    return m.get(act.get(index), name);
  }

  /**
   * SetMutableBinding: in strict code a property that disappeared is a ReferenceError and a refused
   * write a TypeError; sloppy code writes (or creates) the property and ignores a refusal. The
   * value is in slot {@code valueIndex}. May collect.
   */
  @TruffleBoundary
  public static void set(
      JSHeapContext ctx, int index, int valueIndex, String name, boolean strict) {
    ObjectModel m = ctx.model();
    Activation act = ctx.activation();
    if (strict && !m.has(act.get(index), name)) {
      throw JsException.referenceError(name + " is not defined");
    }
    if (!m.put(act.get(index), name, act.get(valueIndex)) && strict) {
      throw StrictWrites.assignFailed(ctx, act.get(index), name);
    }
  }

  /** DeleteBinding: deletes the property from the object; false if it refused. May collect. */
  @TruffleBoundary
  public static boolean delete(JSHeapContext ctx, int index, String name) {
    return ctx.model().delete(ctx.activation().get(index), name);
  }
}
