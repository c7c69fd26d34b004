package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ClassTable;
import org.jsheap.shapes.HeapKind;
import org.jsheap.shapes.SymbolKey;

/**
 * The internal slots of library objects ({@code Map}, {@code Set}, {@code WeakMap}, {@code
 * WeakSet}, their iterators, {@code Date}): a <em>box</em>, a three-slot heap object (brand,
 * payload, extra), held by the object under a private symbol key that no script can name (not
 * enumerable, not writable, not configurable).
 *
 * <p>Why a property and not extra object slots: {@code new F()} allocates an ordinary receiver
 * before the constructor runs (so subclasses work), and a builtin constructor must brand that very
 * object. Why a box: the property is written once at construction, so freezing the object later
 * does not stop a {@code Map} from replacing its table (it writes the box). The one owner of the
 * brand numbers.
 */
public final class InternalSlots {
  private InternalSlots() {}

  /** The private key: no own-key listing shows it, so no script can obtain it. */
  static final SymbolKey KEY = SymbolKey.privateKey("[[InternalSlots]]");

  public static final int MAP = 1;
  public static final int SET = 2;
  public static final int WEAK_MAP = 3;
  public static final int WEAK_SET = 4;
  public static final int MAP_ITERATOR = 5;
  public static final int SET_ITERATOR = 6;
  public static final int DATE = 7;
  public static final int NUMBER = 8;
  public static final int STRING = 9;
  public static final int BOOLEAN = 10;
  public static final int SYMBOL = 11;
  public static final int REGEXP = 12;

  private static final int BRAND = 0;
  private static final int PAYLOAD = 1;
  private static final int EXTRA = 2;

  /**
   * Brands the object in absolute activation slot {@code objIndex} with a new box holding {@code
   * brand} and the values in slots {@code payloadIndex} and {@code extra} (an immediate or number).
   * May collect.
   */
  static void attach(JSHeapContext ctx, int objIndex, int brand, int payloadIndex, long extra) {
    Heap heap = ctx.heap();
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      long box = heap.allocate(ClassTable.COLLECTION_STORE_CLASS, HeapKind.INTERNAL_BOX, 3, 0);
      heap.setSlot(box, BRAND, fromInt(brand));
      heap.setSlot(box, PAYLOAD, act.get(payloadIndex));
      heap.setSlot(box, EXTRA, extra);
      act.set(w, fromReference(box));
      if (ctx.model().hasOwn(act.get(objIndex), KEY)) {
        throw JsException.typeError("object is already initialized");
      }
      ctx.model().define(act.get(objIndex), KEY, act.get(w), 0);
    } finally {
      act.exit(w);
    }
  }

  /** The box address of {@code obj} if it carries {@code brand}, else 0. Never allocates. */
  static long box(JSHeapContext ctx, long obj, int brand) {
    if (!JsValues.isObject(ctx, obj) || !ctx.model().hasOwn(obj, KEY)) {
      return 0;
    }
    long b = ctx.model().get(obj, KEY);
    if (!isReference(b)) {
      return 0;
    }
    long a = asReference(b);
    return ctx.heap().getSlot(a, BRAND) == fromInt(brand) ? a : 0;
  }

  /** The brand of {@code obj} (one of the constants above), or 0 for none. Never allocates. */
  public static int brandOf(JSHeapContext ctx, long obj) {
    if (!JsValues.isObject(ctx, obj) || !ctx.model().hasOwn(obj, KEY)) {
      return 0;
    }
    long b = ctx.model().get(obj, KEY);
    return isReference(b) ? asInt(ctx.heap().getSlot(asReference(b), BRAND)) : 0;
  }

  /**
   * Brands intrinsic {@code name} (a prototype that is itself a wrapper, as {@code
   * Boolean.prototype} is a Boolean object whose value is false) with {@code payload}. May collect.
   */
  static void brandIntrinsic(JSHeapContext ctx, String name, int brand, long payload) {
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      act.set(w, ctx.realm().intrinsic(name));
      act.set(w + 1, payload);
      attach(ctx, w, brand, w + 1, UNDEFINED);
    } finally {
      act.exit(w);
    }
  }

  /** The box of {@code obj} with {@code brand}, or a TypeError naming {@code method}. */
  static long require(JSHeapContext ctx, long obj, int brand, String method) {
    long b = box(ctx, obj, brand);
    if (b == 0) {
      throw JsException.typeError(
          "Method " + method + " called on incompatible receiver " + describe(ctx, obj));
    }
    return b;
  }

  private static String describe(JSHeapContext ctx, long v) {
    return org.jsheap.runtime.objects.JsCalls.describeForError(ctx, v);
  }

  static long payload(Heap heap, long box) {
    return heap.getSlot(box, PAYLOAD);
  }

  static void setPayload(Heap heap, long box, long value) {
    heap.setSlot(box, PAYLOAD, value);
  }

  static long extra(Heap heap, long box) {
    return heap.getSlot(box, EXTRA);
  }

  static void setExtra(Heap heap, long box, long value) {
    heap.setSlot(box, EXTRA, value);
  }
}
