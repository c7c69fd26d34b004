package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.collections.OrderedHashTable;
import org.jsheap.runtime.collections.TableCursor;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code Map} and {@code Set}: constructors (from an iterable), prototype methods, {@code size},
 * {@code forEach} and iterators, on an {@link OrderedHashTable} in the gc heap held in the object's
 * {@linkplain InternalSlots box}. Iterators and {@code forEach} walk a {@link TableCursor}, so they
 * see entries added while they run and skip deleted ones, as the spec requires.
 */
final class CollectionBuiltins implements BuiltinSet {
  static final int KEYS = 0;
  static final int VALUES = 1;
  static final int ENTRIES = 2;

  @Override
  public void install(Installer in) {
    in.constructor("Map", 0, () -> new Construct(InternalSlots.MAP, "set"));
    in.method("MapPrototype", "get", 1, Get::new);
    in.method("MapPrototype", "set", 2, () -> new Put(InternalSlots.MAP));
    in.method("MapPrototype", "has", 1, () -> new Has(InternalSlots.MAP));
    in.method("MapPrototype", "delete", 1, () -> new Delete(InternalSlots.MAP));
    in.method("MapPrototype", "clear", 0, () -> new Clear(InternalSlots.MAP));
    in.getter("MapPrototype", "size", () -> new Size(InternalSlots.MAP));
    in.method("MapPrototype", "forEach", 1, () -> new ForEach(InternalSlots.MAP));
    in.method("MapPrototype", "keys", 0, () -> new NewIterator(InternalSlots.MAP, KEYS));
    in.method("MapPrototype", "values", 0, () -> new NewIterator(InternalSlots.MAP, VALUES));
    in.method("MapPrototype", "entries", 0, () -> new NewIterator(InternalSlots.MAP, ENTRIES));
    alias(in, "MapPrototype", "entries");

    in.constructor("Set", 0, () -> new Construct(InternalSlots.SET, "add"));
    in.method("SetPrototype", "add", 1, () -> new Put(InternalSlots.SET));
    in.method("SetPrototype", "has", 1, () -> new Has(InternalSlots.SET));
    in.method("SetPrototype", "delete", 1, () -> new Delete(InternalSlots.SET));
    in.method("SetPrototype", "clear", 0, () -> new Clear(InternalSlots.SET));
    in.getter("SetPrototype", "size", () -> new Size(InternalSlots.SET));
    in.method("SetPrototype", "forEach", 1, () -> new ForEach(InternalSlots.SET));
    in.method("SetPrototype", "values", 0, () -> new NewIterator(InternalSlots.SET, VALUES));
    in.method("SetPrototype", "entries", 0, () -> new NewIterator(InternalSlots.SET, ENTRIES));
    in.value(
        "SetPrototype",
        "keys",
        in.context().model().get(in.realm().intrinsic("SetPrototype"), "values"),
        Installer.METHOD);
    alias(in, "SetPrototype", "values");

    Iterators.install(in);
  }

  /** {@code P[Symbol.iterator]} is the same function object as {@code P[name]}. */
  private static void alias(Installer in, String holder, String name) {
    long f = in.context().model().get(in.realm().intrinsic(holder), name);
    in.value(holder, in.realm().symbolIterator(), f, Installer.METHOD);
  }

  static OrderedHashTable tables(JSHeapContext ctx) {
    return new OrderedHashTable(ctx.heap(), new JsKeys(ctx.strings()));
  }

  static String name(int brand) {
    return brand == InternalSlots.MAP ? "Map" : "Set";
  }

  /** {@code new Map(iterable)} / {@code new Set(iterable)}. */
  static final class Construct extends BuiltinNode {
    private final int brand;
    private final String adder;

    Construct(int brand, String adder) {
      this.brand = brand;
      this.adder = adder;
    }

    @Override
    public long execute(VirtualFrame frame) {
      if (!isConstruct(frame)) {
        throw JsException.typeError("Constructor " + name(brand) + " requires 'new'");
      }
      construct(ctx(), thisSlot(frame), argc(frame) > 0 ? argSlot(frame, 0) : -1);
      return thisValue(frame);
    }

    @TruffleBoundary
    private void construct(JSHeapContext ctx, int thisIndex, int iterableIndex) {
      Activation act = ctx.activation();
      int w = act.enter(6);
      try {
        act.set(w, fromReference(tables(ctx).allocate()));
        InternalSlots.attach(ctx, thisIndex, brand, w, UNDEFINED);
        if (iterableIndex < 0) {
          return;
        }
        long iterable = act.get(iterableIndex);
        if (iterable == UNDEFINED || iterable == NULL) {
          return;
        }
        addFromIterable(ctx, w, thisIndex, iterable, adder, brand != InternalSlots.SET);
      } finally {
        act.exit(w);
      }
    }
  }

  /** The table of the receiver, or a TypeError. Never allocates. */
  static long table(JSHeapContext ctx, long receiver, int brand, String method) {
    long box = InternalSlots.require(ctx, receiver, brand, name(brand) + ".prototype." + method);
    return asReference(InternalSlots.payload(ctx.heap(), box));
  }

  /** {@code Map.prototype.get(key)}. */
  static final class Get extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      return get(ctx(), thisValue(frame), arg(frame, 0));
    }

    @TruffleBoundary
    private static long get(JSHeapContext ctx, long receiver, long key) {
      return tables(ctx).get(table(ctx, receiver, InternalSlots.MAP, "get"), key);
    }
  }

  /** {@code Map.prototype.set(key, value)} / {@code Set.prototype.add(value)}. */
  static final class Put extends BuiltinNode {
    private final int brand;

    Put(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long value = brand == InternalSlots.MAP ? arg(frame, 1) : arg(frame, 0);
      put(ctx(), thisValue(frame), arg(frame, 0), value, brand);
      return thisValue(frame);
    }

    @TruffleBoundary
    private static void put(JSHeapContext ctx, long receiver, long key, long value, int brand) {
      String method = brand == InternalSlots.MAP ? "set" : "add";
      long box = InternalSlots.require(ctx, receiver, brand, name(brand) + ".prototype." + method);
      Heap heap = ctx.heap();
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, fromReference(box));
        long t = tables(ctx).set(asReference(InternalSlots.payload(heap, box)), key, value);
        InternalSlots.setPayload(heap, asReference(act.get(w)), fromReference(t));
      } finally {
        act.exit(w);
      }
    }
  }

  /** {@code has(key)}. */
  static final class Has extends BuiltinNode {
    private final int brand;

    Has(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return fromBoolean(has(ctx(), thisValue(frame), arg(frame, 0), brand));
    }

    @TruffleBoundary
    private static boolean has(JSHeapContext ctx, long receiver, long key, int brand) {
      return tables(ctx).has(table(ctx, receiver, brand, "has"), key);
    }
  }

  /** {@code delete(key)}: a tombstone, then a compaction when the table got sparse. */
  static final class Delete extends BuiltinNode {
    private final int brand;

    Delete(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return fromBoolean(delete(ctx(), thisValue(frame), arg(frame, 0), brand));
    }

    @TruffleBoundary
    private static boolean delete(JSHeapContext ctx, long receiver, long key, int brand) {
      long box = InternalSlots.require(ctx, receiver, brand, name(brand) + ".prototype.delete");
      Heap heap = ctx.heap();
      OrderedHashTable tables = tables(ctx);
      long t = asReference(InternalSlots.payload(heap, box));
      if (!tables.delete(t, key)) {
        return false;
      }
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, fromReference(box));
        long n = tables.shrinkIfSparse(t);
        InternalSlots.setPayload(heap, asReference(act.get(w)), fromReference(n));
      } finally {
        act.exit(w);
      }
      return true;
    }
  }

  /** {@code clear()}. */
  static final class Clear extends BuiltinNode {
    private final int brand;

    Clear(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      clear(ctx(), thisValue(frame), brand);
      return UNDEFINED;
    }

    @TruffleBoundary
    private static void clear(JSHeapContext ctx, long receiver, int brand) {
      long box = InternalSlots.require(ctx, receiver, brand, name(brand) + ".prototype.clear");
      Heap heap = ctx.heap();
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, fromReference(box));
        long n = tables(ctx).clear(asReference(InternalSlots.payload(heap, box)));
        InternalSlots.setPayload(heap, asReference(act.get(w)), fromReference(n));
      } finally {
        act.exit(w);
      }
    }
  }

  /** The {@code size} getter. */
  static final class Size extends BuiltinNode {
    private final int brand;

    Size(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return fromInt(size(ctx(), thisValue(frame), brand));
    }

    @TruffleBoundary
    private static int size(JSHeapContext ctx, long receiver, int brand) {
      return tables(ctx).size(table(ctx, receiver, brand, "size"));
    }
  }

  /** {@code forEach(callback, thisArg)}: callback(value, key, collection) per live entry. */
  static final class ForEach extends BuiltinNode {
    private final int brand;

    ForEach(int brand) {
      this.brand = brand;
    }

    @Override
    public long execute(VirtualFrame frame) {
      forEach(ctx(), thisSlot(frame), arg(frame, 0), arg(frame, 1), brand);
      return UNDEFINED;
    }

    @TruffleBoundary
    private static void forEach(
        JSHeapContext ctx, int thisIndex, long callback, long thisArg, int brand) {
      long t = table(ctx, ctx.activation().get(thisIndex), brand, "forEach");
      if (!JsValues.isCallable(ctx, callback)) {
        throw JsException.typeError(JsCalls.describeForError(ctx, callback) + " is not a function");
      }
      Activation act = ctx.activation();
      int w = act.enter(5);
      try {
        act.set(w, callback);
        act.set(w + 1, thisArg);
        OrderedHashTable tables = tables(ctx);
        TableCursor cursors = new TableCursor(tables);
        act.set(w + 2, fromReference(cursors.allocate(t)));
        while (true) {
          long c = asReference(act.get(w + 2));
          int e = cursors.next(c);
          if (e < 0) {
            return;
          }
          long ct = cursors.table(c);
          act.set(w + 3, tables.key(ct, e));
          act.set(w + 4, brand == InternalSlots.MAP ? tables.value(ct, e) : tables.key(ct, e));
          JsCalls.call(
              ctx, act.get(w), act.get(w + 1), act.get(w + 4), act.get(w + 3), act.get(thisIndex));
        }
      } finally {
        act.exit(w);
      }
    }
  }

  /** {@code keys()}, {@code values()}, {@code entries()}: a new iterator. */
  static final class NewIterator extends BuiltinNode {
    private final int brand;
    private final int kind;

    NewIterator(int brand, int kind) {
      this.brand = brand;
      this.kind = kind;
    }

    @Override
    public long execute(VirtualFrame frame) {
      String method = kind == KEYS ? "keys" : kind == VALUES ? "values" : "entries";
      long t = table(ctx(), thisValue(frame), brand, method);
      return Iterators.create(ctx(), t, brand, kind);
    }
  }

  /**
   * The constructors' loop over {@code iterable} (not undefined or null): calls the collection's
   * {@code adder} (looked up on the object in absolute slot {@code thisIndex}) with each value, or
   * with each entry's key and value when {@code pairs} (AddEntriesFromIterable), closing the
   * iterator when a step of ours throws. Uses the six activation slots from {@code w}. May collect.
   */
  static void addFromIterable(
      JSHeapContext ctx, int w, int thisIndex, long iterable, String adder, boolean pairs) {
    Activation act = ctx.activation();
    act.set(w, ctx.model().get(act.get(thisIndex), adder));
    if (!JsValues.isCallable(ctx, act.get(w))) {
      throw JsException.typeError("'" + adder + "' is not a function");
    }
    act.set(w + 1, iterable);
    Iteration.open(ctx, w + 1);
    while (Iteration.step(ctx, w + 1, w + 3)) {
      try {
        if (!pairs) {
          JsCalls.call(ctx, act.get(w), act.get(thisIndex), act.get(w + 3));
          continue;
        }
        long item = act.get(w + 3);
        if (!JsValues.isObject(ctx, item)) {
          throw JsException.typeError(
              "Iterator value " + JsCalls.describeForError(ctx, item) + " is not an entry object");
        }
        act.set(w + 4, ctx.model().getElement(item, 0));
        act.set(w + 5, ctx.model().getElement(act.get(w + 3), 1));
        JsCalls.call(ctx, act.get(w), act.get(thisIndex), act.get(w + 4), act.get(w + 5));
      } catch (JsException e) {
        Iteration.close(ctx, w + 1, true); // an abrupt step of ours closes the iterator
        throw e;
      }
    }
  }
}
