package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.collections.OrderedHashTable;
import org.jsheap.runtime.collections.TableCursor;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.shapes.ObjectModel;

/**
 * {@code %MapIteratorPrototype%} and {@code %SetIteratorPrototype%} (under {@code
 * %IteratorPrototype%}, whose {@code [Symbol.iterator]} returns {@code this}): an iterator is an
 * ordinary object whose box holds a {@link TableCursor} (payload) and its kind (extra).
 */
final class Iterators {
  private Iterators() {}

  static void install(Installer in) {
    in.prototype("IteratorPrototype", "ObjectPrototype");
    ObjectModel m = in.context().model();
    if (!m.hasOwn(in.realm().intrinsic("IteratorPrototype"), in.realm().symbolIterator())) {
      in.method(
          "IteratorPrototype",
          in.realm().symbolIterator(),
          "[Symbol.iterator]",
          0,
          ReturnThis::new);
    }
    in.prototype("MapIteratorPrototype", "IteratorPrototype");
    in.method("MapIteratorPrototype", "next", 0, () -> new Next(InternalSlots.MAP_ITERATOR));
    in.prototype("SetIteratorPrototype", "IteratorPrototype");
    in.method("SetIteratorPrototype", "next", 0, () -> new Next(InternalSlots.SET_ITERATOR));
  }

  /** A new iterator over table {@code t}. May collect. */
  @TruffleBoundary
  static long create(JSHeapContext ctx, long t, int collectionBrand, int kind) {
    boolean map = collectionBrand == InternalSlots.MAP;
    Activation act = ctx.activation();
    int w = act.enter(2);
    try {
      TableCursor cursors = new TableCursor(CollectionBuiltins.tables(ctx));
      act.set(w, fromReference(cursors.allocate(t)));
      long proto = ctx.realm().intrinsic(map ? "MapIteratorPrototype" : "SetIteratorPrototype");
      act.set(w + 1, ctx.model().newObject(proto));
      InternalSlots.attach(
          ctx,
          w + 1,
          map ? InternalSlots.MAP_ITERATOR : InternalSlots.SET_ITERATOR,
          w,
          fromInt(kind));
      return act.get(w + 1);
    } finally {
      act.exit(w);
    }
  }

  /** {@code %IteratorPrototype%[Symbol.iterator]}. */
  static final class ReturnThis extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      return thisValue(frame);
    }
  }

  /** {@code next()}: {@code {value, done}}. */
  static final class Next extends BuiltinNode {
    private final int brand;

    Next(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return next(ctx(), thisValue(frame), brand);
    }

    @TruffleBoundary
    private static long next(JSHeapContext ctx, long receiver, int brand) {
      String name = brand == InternalSlots.MAP_ITERATOR ? "Map Iterator" : "Set Iterator";
      long box = InternalSlots.require(ctx, receiver, brand, name + ".prototype.next");
      Heap heap = ctx.heap();
      OrderedHashTable tables = CollectionBuiltins.tables(ctx);
      TableCursor cursors = new TableCursor(tables);
      long c = asReference(InternalSlots.payload(heap, box));
      int kind = asInt(InternalSlots.extra(heap, box));
      int e = cursors.next(c);
      Activation act = ctx.activation();
      int w = act.enter(4);
      try {
        if (e < 0) {
          return result(ctx, w, UNDEFINED, true);
        }
        long t = cursors.table(c);
        act.set(w, tables.key(t, e));
        act.set(w + 1, brand == InternalSlots.MAP_ITERATOR ? tables.value(t, e) : act.get(w));
        if (kind == CollectionBuiltins.KEYS) {
          return result(ctx, w + 2, act.get(w), false);
        } else if (kind == CollectionBuiltins.VALUES) {
          return result(ctx, w + 2, act.get(w + 1), false);
        }
        ObjectModel m = ctx.model();
        act.set(w + 2, m.newArray(ctx.realm().arrayPrototype(), 2));
        m.defineElement(act.get(w + 2), 0, act.get(w), org.jsheap.shapes.Property.DEFAULT);
        m.defineElement(act.get(w + 2), 1, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
        return result(ctx, w, act.get(w + 2), false);
      } finally {
        act.exit(w);
      }
    }
  }

  /**
   * A new {@code {value, done}} object; {@code scratch} and {@code scratch + 1} are free absolute
   * slots of the caller's window (the value is rooted there across the allocations). May collect.
   */
  static long result(JSHeapContext ctx, int scratch, long value, boolean done) {
    Activation act = ctx.activation();
    act.set(scratch, value);
    ObjectModel m = ctx.model();
    act.set(scratch + 1, m.newObject(ctx.realm().objectPrototype()));
    m.put(act.get(scratch + 1), "value", act.get(scratch));
    m.put(act.get(scratch + 1), "done", fromBoolean(done));
    return act.get(scratch + 1);
  }
}
