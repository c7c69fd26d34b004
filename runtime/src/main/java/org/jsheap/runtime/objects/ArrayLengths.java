package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.shapes.ObjectModelException;

/**
 * The parts of an array's {@code length} write that the object model leaves to the language
 * (ArraySetLength, ECMA-262 10.4.2.4): converting the new value with ToUint32 and ToNumber (which
 * may run {@code valueOf}), and the RangeError when they differ. The model itself takes only a
 * number that is already a valid length and refuses anything else with {@link
 * ObjectModelException.Kind#INVALID_ARRAY_LENGTH} before it changes the array.
 */
public final class ArrayLengths {
  private ArrayLengths() {}

  /** The message of the RangeError of an invalid array length (V8's). */
  public static final String INVALID = "Invalid array length";

  /** Whether {@code n} is an array length: an integer in 0..2^32-1. */
  public static boolean isValid(double n) {
    return n >= 0 && n <= 4294967295.0 && n == Math.floor(n);
  }

  /**
   * {@code v} as an array length value: ToUint32(v), then ToNumber(v) (both convert an object, as
   * the specification does), a RangeError if they differ. May collect.
   */
  @TruffleBoundary
  public static long toLength(JSHeapContext ctx, long v) {
    if (isNumber(v)) {
      double n = asNumber(v);
      if (!isValid(n)) {
        throw JsException.rangeError(INVALID);
      }
      return v;
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, v);
      long uint32 = NumberConversions.toUint32(JsValues.toNumber(ctx, act.get(w)));
      double number = JsValues.toNumber(ctx, act.get(w));
      if (uint32 != number) {
        throw JsException.rangeError(INVALID);
      }
      return fromNumber(number);
    } finally {
      act.exit(w);
    }
  }

  /**
   * Retries a {@code put(o, key, v)} the model refused with {@code e}: an invalid length is
   * converted ({@link #toLength}) and written again; any other refusal is the JS error of {@link
   * ModelErrors#toJs}. The model changed nothing and allocated nothing before it refused, so {@code
   * o} and {@code v} are still valid here. May collect.
   */
  @TruffleBoundary
  public static boolean retryPut(
      JSHeapContext ctx, ObjectModelException e, long o, Object key, long v) {
    if (e.kind() != ObjectModelException.Kind.INVALID_ARRAY_LENGTH) {
      throw ModelErrors.toJs(e);
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, o);
      long length = toLength(ctx, v);
      return ctx.model().put(act.get(w), key, length);
    } finally {
      act.exit(w);
    }
  }
}
