package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;
import org.jsheap.shapes.SymbolKey;

/**
 * The parameter map of a sloppy-mode arguments object: a bit mask (bit {@code i}: element {@code i}
 * aliases parameter {@code i}) under a private key no script can name. Deleting a mapped element or
 * redefining it as an accessor or read-only clears its bit, for good. Masks cover the first 31
 * parameters.
 */
public final class ArgumentsMap {
  private ArgumentsMap() {}

  /** The private key of the mask. */
  public static final SymbolKey KEY = SymbolKey.privateKey("[[ParameterMap]]");

  /** The largest number of mapped parameters. */
  public static final int MAX = 31;

  /** Maps the first {@code n} elements of a new arguments object. Never collects. */
  @TruffleBoundary
  public static void attach(JSHeapContext ctx, long args, int n) {
    int mask = n >= MAX ? -1 >>> 1 : (1 << n) - 1;
    ctx.model().define(args, KEY, fromInt(mask), Property.WRITABLE);
  }

  /** Whether {@code mask} (the value under {@link #KEY}) maps {@code index}. */
  public static boolean maps(long mask, int index) {
    return isInt(mask) && index < MAX && (asInt(mask) & (1 << index)) != 0;
  }

  /** Unmaps element {@code key} of {@code obj} if it is a mapped arguments object. */
  @TruffleBoundary
  public static void unmap(JSHeapContext ctx, long obj, Object key) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      unmap(ctx, obj, index);
    }
  }

  /** Unmaps element {@code index} of {@code obj} if it is a mapped arguments object. */
  @TruffleBoundary
  public static void unmap(JSHeapContext ctx, long obj, long index) {
    if (index >= MAX || !JsValues.isObject(ctx, obj)) {
      return;
    }
    long mask = ctx.model().get(obj, KEY);
    if (maps(mask, (int) index)) {
      ctx.model().put(obj, KEY, fromInt(asInt(mask) & ~(1 << index)));
    }
  }
}
