package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.JsValues;

/** {@code Error} and its subclasses, with {@code message}, {@code name}, {@code stack}. */
final class ErrorBuiltins implements BuiltinSet {
  static final String[] SUBCLASSES = {
    "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError"
  };

  @Override
  public void install(Installer in) {
    in.constructor("Error", 1, () -> new ErrorConstructor("Error"));
    define(in, "Error");
    in.method("ErrorPrototype", "toString", 0, ErrorToString::new);
    for (String name : SUBCLASSES) {
      in.prototype(name + "Prototype", "ErrorPrototype");
      in.constructor(name, 1, () -> new ErrorConstructor(name));
      define(in, name);
      in.context().model().setPrototype(in.realm().intrinsic(name), in.realm().intrinsic("Error"));
    }
  }

  private static void define(Installer in, String name) {
    JSHeapContext ctx = in.context();
    in.value(name + "Prototype", "name", ctx.constantString(name), Installer.METHOD);
    in.value(name + "Prototype", "message", ctx.constantString(""), Installer.METHOD);
  }

  /** {@code new Error(message)} and {@code Error(message)}. */
  static final class ErrorConstructor extends BuiltinNode {
    private final String name;

    ErrorConstructor(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      long m = arg(frame, 0);
      String message = m == UNDEFINED ? null : JsValues.toJavaString(ctx, m);
      if (isConstruct(frame) && JsValues.isObject(ctx, thisValue(frame))) {
        ctx.realm()
            .errors()
            .initializeConstructed(thisSlot(frame), name, nameOf(ctx, thisValue(frame)), message);
        return thisValue(frame);
      }
      return ctx.realm().errors().create(name, message == null ? "" : message);
    }

    @TruffleBoundary
    private String nameOf(JSHeapContext ctx, long obj) {
      long n = ctx.model().get(obj, "name");
      return ctx.strings().isString(n) ? ctx.strings().toJava(n) : name;
    }
  }

  /** {@code Error.prototype.toString}: "name: message", or either alone. */
  static final class ErrorToString extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      return ctx.strings().fromJava(text(ctx, thisSlot(frame)));
    }

    @TruffleBoundary
    static String text(JSHeapContext ctx, int objIndex) {
      long o = ctx.activation().get(objIndex);
      if (!JsValues.isObject(ctx, o)) {
        throw org.jsheap.runtime.objects.JsException.typeError(
            "Error.prototype.toString called on a non-object");
      }
      long n = ctx.model().get(o, "name");
      String name = n == UNDEFINED ? "Error" : JsValues.toJavaString(ctx, n);
      long m = ctx.model().get(ctx.activation().get(objIndex), "message");
      String message = m == UNDEFINED ? "" : JsValues.toJavaString(ctx, m);
      if (name.isEmpty()) {
        return message;
      }
      return message.isEmpty() ? name : name + ": " + message;
    }
  }
}
