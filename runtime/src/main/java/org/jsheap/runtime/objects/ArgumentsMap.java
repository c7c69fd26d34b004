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
 * redefining it as an accessor or read-only (or freezing the object) clears its bit, for good, and
 * records the element's value as the parameter's until the parameter is next assigned. Masks cover
 * the first 31 parameters.
 */
public final class ArgumentsMap {
  private ArgumentsMap() {}

  /** The private key of the mask. */
  public static final SymbolKey KEY = SymbolKey.privateKey("[[ParameterMap]]");

  /** The largest number of mapped parameters. */
  public static final int MAX = 31;

  /**
   * Maps the first {@code n} elements of a new arguments object, and reserves its (writable) record
   * of stale parameters, so that unmapping works on a sealed or non-extensible object and settling
   * on a frozen one. May collect.
   */
  @TruffleBoundary
  public static void attach(JSHeapContext ctx, long args, int n) {
    int mask = n >= MAX ? -1 >>> 1 : (1 << n) - 1;
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, args);
      ctx.model().define(args, KEY, fromInt(mask), Property.WRITABLE);
      ctx.model().define(act.get(w), RECORD, UNDEFINED, Property.WRITABLE);
    } finally {
      act.exit(w);
    }
  }

  /** Whether {@code mask} (the value under {@link #KEY}) maps {@code index}. */
  public static boolean maps(long mask, int index) {
    return isInt(mask) && index < MAX && (asInt(mask) & (1 << index)) != 0;
  }

  /**
   * The bit of the mask set once any element has been unmapped: only then may a parameter's binding
   * be stale (see {@link #pending}).
   */
  public static final int UNMAPPED = 1 << 31;

  /**
   * The private key of a mapped arguments object's record of stale parameters: a plain object (made
   * on the first unmapping) holding the mask under {@link #STALE} and the values under {@link
   * #VALUES}. A separate object, so freezing the arguments object does not freeze it.
   */
  private static final SymbolKey RECORD = SymbolKey.privateKey("[[StaleRecord]]");

  /** The private key of the mask of unmapped elements whose parameter binding is stale. */
  private static final SymbolKey STALE = SymbolKey.privateKey("[[StaleParameters]]");

  /** The private keys of the values of stale parameters, by index. */
  private static final SymbolKey[] VALUES = new SymbolKey[MAX];

  static {
    for (int i = 0; i < MAX; i++) {
      VALUES[i] = SymbolKey.privateKey("[[UnmappedValue" + i + "]]");
    }
  }

  /** Whether element {@code index} of {@code obj} is mapped. Never collects. */
  @TruffleBoundary
  public static boolean isMapped(JSHeapContext ctx, long obj, long index) {
    return index >= 0
        && index < MAX
        && JsValues.isObject(ctx, obj)
        && maps(ctx.model().get(obj, KEY), (int) index);
  }

  /**
   * Unmaps element {@code key} of {@code obj} if it is a mapped arguments object; {@code value}
   * becomes the parameter's value. May collect.
   */
  @TruffleBoundary
  public static void unmap(JSHeapContext ctx, long obj, Object key, long value) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      unmap(ctx, obj, index, value);
    }
  }

  /**
   * Unmaps element {@code index} of {@code obj} if it is a mapped arguments object; {@code value}
   * (the element's value when it was unmapped) becomes the parameter's value until the parameter is
   * next assigned. May collect.
   */
  @TruffleBoundary
  public static void unmap(JSHeapContext ctx, long obj, long index, long value) {
    if (!isMapped(ctx, obj, index)) {
      return;
    }
    var m = ctx.model();
    int bit = 1 << index;
    Activation act = ctx.activation();
    int w = act.enter(3);
    try {
      act.set(w, obj);
      act.set(w + 1, value);
      long mask = m.get(obj, KEY);
      m.put(obj, KEY, fromInt((asInt(mask) & ~bit) | UNMAPPED));
      act.set(w + 2, m.get(obj, RECORD));
      if (!JsValues.isObject(ctx, act.get(w + 2))) {
        act.set(w + 2, m.newObject(NULL));
        m.put(act.get(w), RECORD, act.get(w + 2));
      }
      long stale = m.get(act.get(w + 2), STALE);
      m.define(
          act.get(w + 2),
          STALE,
          fromInt(isInt(stale) ? asInt(stale) | bit : bit),
          Property.WRITABLE);
      m.define(act.get(w + 2), VALUES[(int) index], act.get(w + 1), Property.WRITABLE);
    } finally {
      act.exit(w);
    }
  }

  /** Unmaps every mapped element of {@code obj} ({@code Object.freeze}). May collect. */
  @TruffleBoundary
  public static void unmapAll(JSHeapContext ctx, long obj) {
    if (!JsValues.isObject(ctx, obj) || !isInt(ctx.model().get(obj, KEY))) {
      return;
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, obj);
      for (int i = 0; i < MAX; i++) {
        if (isMapped(ctx, act.get(w), i)) {
          unmap(ctx, act.get(w), i, ctx.model().getElement(act.get(w), i));
        }
      }
    } finally {
      act.exit(w);
    }
  }

  /**
   * The value of unmapped parameter {@code index} if its binding is stale, else {@link
   * JsValues#TDZ}. Never collects.
   */
  @TruffleBoundary
  public static long pending(JSHeapContext ctx, long args, int index) {
    long record = ctx.model().get(args, RECORD);
    if (!JsValues.isObject(ctx, record)) {
      return JsValues.TDZ;
    }
    long stale = ctx.model().get(record, STALE);
    if (index < MAX && isInt(stale) && (asInt(stale) & (1 << index)) != 0) {
      return ctx.model().get(record, VALUES[index]);
    }
    return JsValues.TDZ;
  }

  /** Marks parameter {@code index}'s binding current (it was just assigned). Never collects. */
  @TruffleBoundary
  public static void settle(JSHeapContext ctx, long args, int index) {
    long record = ctx.model().get(args, RECORD);
    if (!JsValues.isObject(ctx, record)) {
      return;
    }
    long stale = ctx.model().get(record, STALE);
    if (index < MAX && isInt(stale) && (asInt(stale) & (1 << index)) != 0) {
      ctx.model().put(record, STALE, fromInt(asInt(stale) & ~(1 << index)));
    }
  }
}
