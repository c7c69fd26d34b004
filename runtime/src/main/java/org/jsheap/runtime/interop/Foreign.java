package org.jsheap.runtime.interop;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsArrays;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsNull;
import org.jsheap.runtime.objects.JsStrings;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.HeapKind;
import org.jsheap.shapes.PropertyKeys;

/**
 * Foreign values (host Java objects, other languages' values) inside the heap. A foreign object is
 * a cell of kind {@link HeapKind#FOREIGN} whose slot 0 is an external reference to it (docs/gc.md,
 * "External references"): the cell keeps the Java object alive while JS can reach it. A foreign
 * executable is a JS function (so {@code typeof}, calls and {@code new} take their normal paths)
 * whose environment slot holds such a cell and whose call target is {@link ForeignCallRoot}; read
 * as a member of a foreign object, its bound-this slot holds the receiver cell and its name is the
 * member's, so {@code o.m(x)} becomes {@code invokeMember(o, "m", x)}.
 */
public final class Foreign {
  private Foreign() {}

  /** External bytes reported per foreign cell (the table entry and the cell). */
  private static final long CELL_BYTES = 48;

  /** A new foreign cell for {@code target}. May collect. */
  @TruffleBoundary
  public static long cell(JSHeapContext ctx, Object target) {
    Heap heap = ctx.heap();
    long a = heap.allocate(JsStrings.CELL_CLASS, HeapKind.FOREIGN, 1, 0);
    heap.setSlot(a, 0, heap.registerExternal(a, target, CELL_BYTES));
    return fromReference(a);
  }

  /** Whether {@code v} is a foreign cell. */
  public static boolean isForeign(JSHeapContext ctx, long v) {
    return isReference(v) && ctx.heap().kind(asReference(v)) == HeapKind.FOREIGN;
  }

  /** The foreign object of a foreign cell. */
  static Object target(JSHeapContext ctx, long cell) {
    Heap heap = ctx.heap();
    return heap.external(heap.getSlot(asReference(cell), 0));
  }

  /**
   * A JS function calling foreign executable {@code target}; {@code receiverIndex} (an absolute
   * slot, or -1) holds the foreign cell it was read from as member {@code name}. May collect.
   */
  @TruffleBoundary
  static long wrapFunction(JSHeapContext ctx, Object target, String name, int receiverIndex) {
    boolean instantiable = InteropLibrary.getUncached().isInstantiable(target);
    int flags = FunctionData.BUILTIN | (instantiable ? FunctionData.CONSTRUCTOR : 0);
    FunctionData data = new FunctionData(name, 0, flags, ctx.interop().foreignCallTarget());
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, cell(ctx, target));
      return JsFunctions.create(ctx, data, w, receiverIndex);
    } finally {
      act.exit(w);
    }
  }

  /**
   * The foreign object behind {@code v} (a foreign cell or a function wrapping a foreign
   * executable), or null.
   */
  static Object unwrap(JSHeapContext ctx, long v) {
    if (isForeign(ctx, v)) {
      return target(ctx, v);
    }
    if (JsValues.isCallable(ctx, v)
        && ctx.interop().isForeignCallTarget(JsFunctions.data(ctx.heap(), v).callTarget())) {
      return target(ctx, JsFunctions.env(ctx.heap(), v));
    }
    return null;
  }

  /**
   * Whether references {@code a} and {@code b} (not the same word) stand for the same foreign
   * object: two crossings of one host object give two cells, which {@code ===} equates.
   */
  public static boolean sameForeign(JSHeapContext ctx, long a, long b) {
    int k = ctx.heap().kind(asReference(a));
    if (k != HeapKind.FOREIGN && k != HeapKind.FUNCTION) {
      return false;
    }
    return sameForeignTarget(ctx, a, b);
  }

  @TruffleBoundary
  private static boolean sameForeignTarget(JSHeapContext ctx, long a, long b) {
    Object x = unwrap(ctx, a);
    Object y = x == null ? null : unwrap(ctx, b);
    if (x == null || y == null) {
      return false;
    }
    InteropLibrary lx = InteropLibrary.getUncached(x);
    return x == y || lx.isIdentical(x, y, InteropLibrary.getUncached(y));
  }

  /** {@code v[key]} of a foreign cell {@code v} (rooted by the caller). May collect. */
  @TruffleBoundary
  public static long read(JSHeapContext ctx, long v, Object key) {
    if (!(key instanceof String name)) {
      return UNDEFINED;
    }
    Object o = target(ctx, v);
    InteropLibrary lib = InteropLibrary.getUncached(o);
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, v);
      Object result;
      if (lib.hasArrayElements(o) && "length".equals(name)) {
        return fromNumber(lib.getArraySize(o));
      }
      long index = PropertyKeys.arrayIndex(name);
      if (index >= 0 && lib.hasArrayElements(o)) {
        if (!lib.isArrayElementReadable(o, index)) {
          return UNDEFINED;
        }
        result = lib.readArrayElement(o, index);
      } else if (lib.isMemberReadable(o, name)) {
        result = lib.readMember(o, name);
      } else {
        return UNDEFINED;
      }
      InteropLibrary rl = InteropLibrary.getUncached(result);
      if (rl.isExecutable(result) || rl.isInstantiable(result)) {
        return wrapFunction(ctx, result, name, w);
      }
      return Interop.fromHost(ctx, result);
    } catch (InteropException e) {
      throw JsException.typeError(
          "Cannot read '" + name + "' of a foreign object: " + e.getMessage());
    } finally {
      act.exit(w);
    }
  }

  /** {@code v[key] = value} on a foreign cell. Never collects (views need Java handles only). */
  @TruffleBoundary
  public static void write(JSHeapContext ctx, long v, Object key, long value) {
    if (!(key instanceof String name)) {
      throw JsException.typeError("Cannot set a symbol-keyed property of a foreign object");
    }
    Object o = target(ctx, v);
    Object hostValue = Interop.toHost(ctx, value);
    InteropLibrary lib = InteropLibrary.getUncached(o);
    try {
      long index = PropertyKeys.arrayIndex(name);
      if (index >= 0 && lib.hasArrayElements(o)) {
        lib.writeArrayElement(o, index, hostValue);
      } else {
        lib.writeMember(o, name, hostValue);
      }
    } catch (InteropException e) {
      throw JsException.typeError(
          "Cannot set '" + name + "' of a foreign object: " + e.getMessage());
    }
  }

  /**
   * A new JS array holding a copy of the elements of foreign cell {@code v} (what {@code for-of}
   * and spread iterate); {@code v} itself when it has no array elements. May collect.
   */
  @TruffleBoundary
  public static long toArray(JSHeapContext ctx, long v) {
    Object o = target(ctx, v);
    InteropLibrary lib = InteropLibrary.getUncached(o);
    if (!lib.hasArrayElements(o)) {
      return v;
    }
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      long size = lib.getArraySize(o);
      if (size > Integer.MAX_VALUE) {
        throw JsException.rangeError("Invalid array length");
      }
      act.set(w, JsArrays.newArray(ctx, (int) size));
      for (long i = 0; i < size; i++) {
        Object e = lib.isArrayElementReadable(o, i) ? lib.readArrayElement(o, i) : JsNull.UNDEFINED;
        act.set(w + 1, Interop.fromHost(ctx, e));
        ctx.model().putElement(act.get(w), i, act.get(w + 1));
      }
      return act.get(w);
    } catch (InteropException e) {
      throw JsException.typeError("Cannot iterate a foreign array: " + e.getMessage());
    } finally {
      act.exit(w);
    }
  }

  /** The display string of a foreign cell (what {@code String(v)} and {@code print} show). */
  @TruffleBoundary
  public static String display(JSHeapContext ctx, long v) {
    Object o = target(ctx, v);
    try {
      return InteropLibrary.getUncached()
          .asString(InteropLibrary.getUncached(o).toDisplayString(o));
    } catch (UnsupportedMessageException e) {
      return String.valueOf(o);
    }
  }
}
