package org.jsheap.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.PropertyDescriptor;

/**
 * The TypeErrors of strict-mode code whose assignment or {@code delete} the object refused (sloppy
 * code ignores the refusal): the message names the reason, read from the target's own property.
 * Never collects.
 */
public final class StrictWrites {
  private StrictWrites() {}

  /** {@code o[key] = v} returned false. */
  @TruffleBoundary
  public static JsException assignFailed(JSHeapContext ctx, long o, Object key) {
    String k = String.valueOf(key);
    if (!JsValues.isObject(ctx, o)) {
      return JsException.typeError(
          "Cannot create property '" + k + "' on " + JsValues.typeof(ctx, o) + " value");
    }
    PropertyDescriptor d = own(ctx, o, key);
    if (d != null && d.isAccessor()) {
      return JsException.typeError("Cannot set property " + k + " which has only a getter");
    }
    if (d != null && !d.isWritable()) {
      return JsException.typeError("Cannot assign to read only property '" + k + "' of object");
    }
    if (d == null && !ctx.model().isExtensible(o)) {
      return JsException.typeError("Cannot add property " + k + ", object is not extensible");
    }
    return JsException.typeError("Cannot assign to property '" + k + "' of object");
  }

  /** {@code delete o[key]} returned false. */
  @TruffleBoundary
  public static JsException deleteFailed(Object key) {
    return JsException.typeError("Cannot delete property '" + key + "' of object");
  }

  private static PropertyDescriptor own(JSHeapContext ctx, long o, Object key) {
    if (key instanceof Long index) {
      return ctx.model().getOwnProperty(o, Long.toString(index));
    }
    return ctx.model().getOwnProperty(o, key);
  }
}
