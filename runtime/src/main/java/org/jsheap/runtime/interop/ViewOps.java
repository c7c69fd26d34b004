package org.jsheap.runtime.interop;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.call.CallNodes;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.HeapKind;
import org.jsheap.shapes.PropertyKeys;

/**
 * The interop messages of {@link JsObjectView}, on the context's thread (Truffle enters it). GC
 * discipline as everywhere: the view's value is read from its handle after every operation that may
 * collect, and converted arguments wait in an activation window.
 */
final class ViewOps {
  private ViewOps() {}

  @TruffleBoundary
  static boolean isObject(JsObjectView v) {
    return JsValues.isObject(v.context(), v.value());
  }

  @TruffleBoundary
  static boolean isArray(JsObjectView v) {
    return JsValues.isArray(v.context(), v.value());
  }

  @TruffleBoundary
  static boolean isCallable(JsObjectView v) {
    return JsValues.isCallable(v.context(), v.value());
  }

  @TruffleBoundary
  static boolean isConstructor(JsObjectView v) {
    JSHeapContext ctx = v.context();
    return JsValues.isCallable(ctx, v.value())
        && JsFunctions.data(ctx.heap(), v.value()).is(FunctionData.CONSTRUCTOR);
  }

  /** JS's own string for the value when side effects are allowed, else a fixed description. */
  @TruffleBoundary
  static String display(JsObjectView v, boolean allowSideEffects) {
    JSHeapContext ctx = v.context();
    long x = v.value();
    if (ctx.strings().isSymbol(x)) {
      return String.valueOf(ctx.strings().symbolKey(x)); // SymbolKey prints as Symbol(desc)
    }
    if (allowSideEffects && JsValues.isObject(ctx, x)) {
      try {
        return JsValues.toJavaString(ctx, x);
      } catch (JsException e) {
        // fall through to the description
      }
    }
    return "[object " + metaName(v) + "]";
  }

  /** The type name of a view's value, by heap kind (never runs JS code). */
  @TruffleBoundary
  static String metaName(JsObjectView v) {
    JSHeapContext ctx = v.context();
    long x = v.value();
    if (!isReference(x)) {
      return "Object";
    }
    return switch (ctx.heap().kind(asReference(x))) {
      case HeapKind.ARRAY -> "Array";
      case HeapKind.FUNCTION -> "Function";
      case HeapKind.SYMBOL -> "Symbol";
      default -> "Object";
    };
  }

  static Object metaObject(JsObjectView v) throws UnsupportedMessageException {
    if (!isObject(v)) {
      throw UnsupportedMessageException.create();
    }
    return new JsMetaObject(metaName(v));
  }

  @TruffleBoundary
  static String[] keys(JsObjectView v) {
    JSHeapContext ctx = v.context();
    long x = v.value();
    if (!JsValues.isObject(ctx, x)) {
      return new String[0];
    }
    List<String> out = new ArrayList<>();
    for (String k : ctx.model().ownKeys(x)) {
      if (PropertyKeys.arrayIndex(k) < 0) {
        out.add(k);
      }
    }
    return out.toArray(new String[0]);
  }

  @TruffleBoundary
  static boolean has(JsObjectView v, String member) {
    JSHeapContext ctx = v.context();
    long x = v.value();
    return JsValues.isObject(ctx, x)
        && (PropertyKeys.arrayIndex(member) >= 0 || ctx.model().has(x, member));
  }

  @TruffleBoundary
  static boolean hasOwn(JsObjectView v, String member) {
    JSHeapContext ctx = v.context();
    long x = v.value();
    return JsValues.isObject(ctx, x)
        && PropertyKeys.arrayIndex(member) < 0
        && ctx.model().hasOwn(x, member);
  }

  @TruffleBoundary
  static Object readMember(JsObjectView v, String member)
      throws UnknownIdentifierException, UnsupportedMessageException {
    if (!isObject(v)) {
      throw UnsupportedMessageException.create();
    }
    if (!has(v, member)) {
      throw UnknownIdentifierException.create(member);
    }
    JSHeapContext ctx = v.context();
    long index = PropertyKeys.arrayIndex(member);
    long r =
        guard(
            () ->
                index >= 0
                    ? ctx.model().getElement(v.value(), index)
                    : ctx.model().get(v.value(), member));
    return Interop.toHost(ctx, r);
  }

  @TruffleBoundary
  static void writeMember(JsObjectView v, String member, Object value)
      throws UnsupportedMessageException {
    if (!isObject(v)) {
      throw UnsupportedMessageException.create();
    }
    JSHeapContext ctx = v.context();
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      guard(
          () -> {
            act.set(w, Interop.fromHost(ctx, value));
            long index = PropertyKeys.arrayIndex(member);
            if (index >= 0) {
              ctx.model().putElement(v.value(), index, act.get(w));
            } else {
              ctx.model().put(v.value(), member, act.get(w));
            }
            return UNDEFINED;
          });
    } finally {
      act.exit(w);
    }
  }

  @TruffleBoundary
  static void removeMember(JsObjectView v, String member)
      throws UnknownIdentifierException, UnsupportedMessageException {
    if (!hasOwn(v, member)) {
      throw UnknownIdentifierException.create(member);
    }
    JSHeapContext ctx = v.context();
    if (!ctx.model().delete(v.value(), member)) {
      throw UnsupportedMessageException.create();
    }
  }

  @TruffleBoundary
  static boolean isMemberInvocable(JsObjectView v, String member) {
    JSHeapContext ctx = v.context();
    return has(v, member)
        && PropertyKeys.arrayIndex(member) < 0
        && JsValues.isCallable(ctx, ctx.model().get(v.value(), member));
  }

  @TruffleBoundary
  static Object invokeMember(JsObjectView v, String member, Object[] args)
      throws UnknownIdentifierException, UnsupportedMessageException {
    if (!has(v, member)) {
      throw UnknownIdentifierException.create(member);
    }
    JSHeapContext ctx = v.context();
    Activation act = ctx.activation();
    int b = act.enter(2 + args.length);
    try {
      act.set(b + 1, v.value());
      act.set(b, guard(() -> ctx.model().get(act.get(b + 1), member)));
      if (!JsValues.isCallable(ctx, act.get(b))) {
        throw UnsupportedMessageException.create();
      }
      return callPrepared(ctx, b, args, false);
    } finally {
      act.exit(b);
    }
  }

  @TruffleBoundary
  static Object call(JsObjectView v, Object[] args, boolean construct)
      throws UnsupportedMessageException {
    JSHeapContext ctx = v.context();
    if (!(construct ? isConstructor(v) : isCallable(v))) {
      throw UnsupportedMessageException.create();
    }
    Activation act = ctx.activation();
    int b = act.enter(2 + args.length);
    try {
      act.set(b, v.value());
      if (construct) {
        act.set(b + 1, guard(() -> CallNodes.allocateReceiver(ctx, act.get(b))));
      }
      return callPrepared(ctx, b, args, construct);
    } finally {
      act.exit(b);
    }
  }

  /** Converts {@code args} into the window at {@code b} (callee and this set) and calls. */
  private static Object callPrepared(JSHeapContext ctx, int b, Object[] args, boolean construct) {
    Activation act = ctx.activation();
    long r =
        guard(
            () -> {
              for (int i = 0; i < args.length; i++) {
                act.set(b + 2 + i, Interop.fromHost(ctx, args[i]));
              }
              FunctionData data = JsFunctions.data(ctx.heap(), act.get(b));
              if (!construct && data.is(FunctionData.CLASS_CONSTRUCTOR)) {
                throw JsException.typeError(
                    "Class constructor " + data.name() + " cannot be invoked without 'new'");
              }
              long result =
                  JsCalls.callPrepared(ctx, b, args.length, construct ? JsCalls.CONSTRUCT : 0);
              if (construct && !JsValues.isObject(ctx, result) && !Foreign.isForeign(ctx, result)) {
                return act.get(b + 1);
              }
              return result;
            });
    return Interop.toHost(ctx, r);
  }

  @TruffleBoundary
  static long arraySize(JsObjectView v) throws UnsupportedMessageException {
    if (!isArray(v)) {
      throw UnsupportedMessageException.create();
    }
    return v.context().model().arrayLength(v.value());
  }

  @TruffleBoundary
  static long arraySizeOrZero(JsObjectView v) {
    return isArray(v) ? v.context().model().arrayLength(v.value()) : 0;
  }

  @TruffleBoundary
  static Object readElement(JsObjectView v, long index)
      throws InvalidArrayIndexException, UnsupportedMessageException {
    if (index < 0 || index >= arraySize(v)) {
      throw InvalidArrayIndexException.create(index);
    }
    JSHeapContext ctx = v.context();
    return Interop.toHost(ctx, guard(() -> ctx.model().getElement(v.value(), index)));
  }

  @TruffleBoundary
  static void writeElement(JsObjectView v, long index, Object value)
      throws InvalidArrayIndexException, UnsupportedMessageException {
    arraySize(v);
    if (index < 0 || index > PropertyKeys.MAX_ARRAY_INDEX) {
      throw InvalidArrayIndexException.create(index);
    }
    JSHeapContext ctx = v.context();
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      guard(
          () -> {
            act.set(w, Interop.fromHost(ctx, value));
            ctx.model().putElement(v.value(), index, act.get(w));
            return UNDEFINED;
          });
    } finally {
      act.exit(w);
    }
  }

  @TruffleBoundary
  static void removeElement(JsObjectView v, long index)
      throws InvalidArrayIndexException, UnsupportedMessageException {
    if (index < 0 || index >= arraySize(v)) {
      throw InvalidArrayIndexException.create(index);
    }
    if (!v.context().model().deleteElement(v.value(), index)) {
      throw UnsupportedMessageException.create();
    }
  }

  @TruffleBoundary
  static int identityHash(JsObjectView v) {
    return v.context().heap().identityHash(asReference(v.value()));
  }

  /** An operation that may run JS or allocate; the heap or stack running out is a RangeError. */
  private interface HeapOp {
    long run();
  }

  private static long guard(HeapOp op) {
    try {
      return op.run();
    } catch (StackOverflowError e) {
      throw JsException.rangeError("Maximum call stack size exceeded");
    } catch (RuntimeException e) {
      if (JsValues.isResourceExhaustion(e)) {
        throw JsException.rangeError("Out of memory: JS heap exhausted");
      }
      throw e;
    }
  }
}
