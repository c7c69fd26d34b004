package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.ArgumentsMap;
import org.jsheap.runtime.objects.Errors;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.stdlib.InternalSlots;

/** The tag of {@code Object.prototype.toString}. */
final class ObjectTags {
  private ObjectTags() {}

  /**
   * {@code Object.prototype.toString}: "[object Tag]", the tag a string {@code
   * this[Symbol.toStringTag]} if there is one (a primitive's found on its prototype), else the
   * builtin tag of the kind of object (Array, Function, Arguments, Error, Boolean, Number, String,
   * Date, RegExp) or Object. May collect (a getter).
   */
  static String tag(Args a) {
    JSHeapContext ctx = a.ctx();
    long o = a.thisValue();
    if (o == UNDEFINED) {
      return "[object Undefined]";
    } else if (o == NULL) {
      return "[object Null]";
    }
    String builtin = builtinTag(ctx, o);
    long t =
        JsValues.isObject(ctx, o)
            ? ctx.model().get(o, ctx.realm().symbolToStringTag())
            : JsObjects.getFromPrimitive(ctx, o, ctx.realm().symbolToStringTag());
    if (ctx.strings().isString(t)) {
      return "[object " + ctx.strings().toJava(t) + "]";
    }
    return "[object " + builtin + "]";
  }

  private static String builtinTag(JSHeapContext ctx, long o) {
    if (ctx.strings().isString(o)) {
      return "String";
    } else if (isNumber(o)) {
      return "Number";
    } else if (isBoolean(o)) {
      return "Boolean";
    } else if (!JsValues.isObject(ctx, o)) {
      return "Object";
    } else if (JsValues.isArray(ctx, o)) {
      return "Array";
    } else if (JsValues.isCallable(ctx, o)) {
      return "Function";
    }
    if (ctx.model().hasOwn(o, ArgumentsMap.KEY)) {
      return "Arguments";
    }
    switch (InternalSlots.brandOf(ctx, o)) {
      case InternalSlots.BOOLEAN:
        return "Boolean";
      case InternalSlots.NUMBER:
        return "Number";
      case InternalSlots.STRING:
        return "String";
      case InternalSlots.DATE:
        return "Date";
      case InternalSlots.REGEXP:
        return "RegExp";
      default:
        break;
    }
    if (ctx.model().hasOwn(o, Errors.ERROR_DATA)) {
      return "Error";
    }
    return "Object";
  }
}
