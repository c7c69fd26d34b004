package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.collections.WeakTable;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code WeakMap} and {@code WeakSet} on a {@link WeakTable} (gc ephemerons): an entry lives while
 * its key is reachable from elsewhere, and a value reachable only through its dead key dies with
 * it. Keys must be objects.
 */
final class WeakCollectionBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.constructor("WeakMap", 0, () -> new Construct(InternalSlots.WEAK_MAP, "set"));
    in.method("WeakMapPrototype", "get", 1, () -> new Op(InternalSlots.WEAK_MAP, Op.GET));
    in.method("WeakMapPrototype", "set", 2, () -> new Op(InternalSlots.WEAK_MAP, Op.SET));
    in.method("WeakMapPrototype", "has", 1, () -> new Op(InternalSlots.WEAK_MAP, Op.HAS));
    in.method("WeakMapPrototype", "delete", 1, () -> new Op(InternalSlots.WEAK_MAP, Op.DELETE));
    in.constructor("WeakSet", 0, () -> new Construct(InternalSlots.WEAK_SET, "add"));
    in.method("WeakSetPrototype", "add", 1, () -> new Op(InternalSlots.WEAK_SET, Op.SET));
    in.method("WeakSetPrototype", "has", 1, () -> new Op(InternalSlots.WEAK_SET, Op.HAS));
    in.method("WeakSetPrototype", "delete", 1, () -> new Op(InternalSlots.WEAK_SET, Op.DELETE));
  }

  static String name(int brand) {
    return brand == InternalSlots.WEAK_MAP ? "WeakMap" : "WeakSet";
  }

  /** {@code new WeakMap(iterable)} / {@code new WeakSet(iterable)}. */
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
        act.set(w, fromReference(new WeakTable(ctx.heap()).allocate()));
        InternalSlots.attach(ctx, thisIndex, brand, w, UNDEFINED);
        if (iterableIndex < 0) {
          return;
        }
        long iterable = act.get(iterableIndex);
        if (iterable == UNDEFINED || iterable == NULL) {
          return;
        }
        CollectionBuiltins.addFromIterable(
            ctx, w, thisIndex, iterable, adder, brand != InternalSlots.WEAK_SET);
      } finally {
        act.exit(w);
      }
    }
  }

  /** get / set (add) / has / delete. */
  static final class Op extends BuiltinNode {
    static final int GET = 0;
    static final int SET = 1;
    static final int HAS = 2;
    static final int DELETE = 3;
    private static final String[] NAMES = {"get", "set", "has", "delete"};

    private final int brand;
    private final int op;

    Op(int brand, int op) {
      this.brand = brand;
      this.op = op;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long value = brand == InternalSlots.WEAK_MAP ? arg(frame, 1) : TRUE;
      long r = run(ctx(), thisValue(frame), arg(frame, 0), value);
      return op == SET ? thisValue(frame) : r;
    }

    @TruffleBoundary
    private long run(JSHeapContext ctx, long receiver, long key, long value) {
      String method =
          name(brand)
              + ".prototype."
              + (op == SET && brand == InternalSlots.WEAK_SET ? "add" : NAMES[op]);
      long box = InternalSlots.require(ctx, receiver, brand, method);
      long holder = asReference(InternalSlots.payload(ctx.heap(), box));
      WeakTable weak = new WeakTable(ctx.heap());
      boolean validKey = JsValues.isObject(ctx, key);
      switch (op) {
        case GET:
          return validKey ? weak.get(holder, key) : UNDEFINED;
        case HAS:
          return fromBoolean(validKey && weak.has(holder, key));
        case DELETE:
          return fromBoolean(validKey && weak.delete(holder, key));
        default:
          if (!validKey) {
            throw JsException.typeError(
                "Invalid value used "
                    + (brand == InternalSlots.WEAK_MAP ? "as weak map key" : "in weak set"));
          }
          weak.set(holder, key, value);
          return UNDEFINED;
      }
    }
  }
}
