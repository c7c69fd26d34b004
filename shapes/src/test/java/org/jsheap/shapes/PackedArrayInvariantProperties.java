package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jsheap.gc.ValueCodec;

/**
 * The packed-array invariant the element nodes' packed fast path relies on (see {@code
 * ElementAccessNode.packedArrayStore}): after any sequence of element operations, an array whose
 * elements kind is packed has an int32 length no greater than its store's capacity, a store
 * whenever the length is positive, and no hole below the length. Checked after every step of random
 * sequences of puts (in place, appends, past the end, far past it), deletes, defines with other
 * attributes, length changes (shrink and grow), freezes, scavenges and full collections.
 */
class PackedArrayInvariantProperties {
  /** Fixed, as in {@link ObjectModelProperties}: change it to explore, CI stays reproducible. */
  static final String SEED = "20261202";

  record Op(int kind, int index, int value) {
    static final int PUT = 0;
    static final int APPEND = 1;
    static final int DELETE = 2;
    static final int DEFINE_READ_ONLY = 3;
    static final int SET_LENGTH = 4;
    static final int FREEZE = 5;
    static final int GC_YOUNG = 6;
    static final int GC_FULL = 7;
    static final int PUT_DOUBLE = 8;
  }

  @Provide
  Arbitrary<List<Op>> opLists() {
    Arbitrary<Integer> kind =
        Arbitraries.frequencyOf(
            Tuple.of(25, Arbitraries.just(Op.PUT)),
            Tuple.of(30, Arbitraries.just(Op.APPEND)),
            Tuple.of(4, Arbitraries.just(Op.DELETE)),
            Tuple.of(1, Arbitraries.just(Op.DEFINE_READ_ONLY)),
            Tuple.of(6, Arbitraries.just(Op.SET_LENGTH)),
            Tuple.of(1, Arbitraries.just(Op.FREEZE)),
            Tuple.of(3, Arbitraries.just(Op.GC_YOUNG)),
            Tuple.of(2, Arbitraries.just(Op.GC_FULL)),
            Tuple.of(4, Arbitraries.just(Op.PUT_DOUBLE)));
    Arbitrary<Integer> index =
        Arbitraries.frequencyOf(
            Tuple.of(10, Arbitraries.integers().between(0, 40)),
            Tuple.of(1, Arbitraries.integers().between(0, 5000)));
    return Combinators.combine(kind, index, Arbitraries.integers().between(-5, 5))
        .as(Op::new)
        .list()
        .ofMaxSize(80);
  }

  @Property(tries = 200, seed = SEED)
  void packedArraysKeepLengthWithinCapacityAndNoHoles(@ForAll("opLists") List<Op> ops) {
    try (HeapFixture fx = new HeapFixture()) {
      ObjectModel m = fx.model;
      int arr = fx.keep(m.newArray(ValueCodec.NULL, ops.size() % 5));
      check(fx, arr);
      for (Op op : ops) {
        long a = fx.ref(arr);
        switch (op.kind()) {
          case Op.PUT -> m.putElement(a, op.index(), ValueCodec.fromInt(op.value()));
          case Op.PUT_DOUBLE -> m.putElement(a, op.index(), ValueCodec.fromDouble(op.value() + .5));
          case Op.APPEND -> m.putElement(a, m.arrayLength(a), ValueCodec.fromInt(op.value()));
          case Op.DELETE -> m.deleteElement(a, op.index());
          case Op.DEFINE_READ_ONLY ->
              m.defineElement(a, op.index(), ValueCodec.fromInt(op.value()), 0);
          case Op.SET_LENGTH -> m.setArrayLength(a, op.index() % 50);
          case Op.FREEZE -> m.freeze(a);
          case Op.GC_YOUNG -> fx.gc(false);
          case Op.GC_FULL -> fx.gc(true);
          default -> throw new AssertionError(op);
        }
        check(fx, arr);
      }
    }
  }

  /** Asserts the invariant for the array rooted in {@code slot}, if its kind is packed. */
  static void check(HeapFixture fx, int slot) {
    ObjectModel m = fx.model;
    long ref = fx.ref(slot);
    ElementsKind kind = m.shapeOf(ref).elementsKind();
    if (kind.isHoley()) {
      return;
    }
    long a = ObjectModel.address(ref);
    long length = m.lengthValue(a);
    assertTrue(ValueCodec.isInt(length), "packed length is an int32");
    int n = ValueCodec.asInt(length);
    assertTrue(n >= 0 && n <= m.elementsCapacity(a), () -> "length " + n + " within capacity");
    if (n > 0) {
      long store = m.elementsStore(a);
      assertTrue(ValueCodec.isReference(store), "a packed array with elements has a store");
      assertEquals(n, m.arrayLength(ref));
      for (int i = 0; i < n; i++) {
        assertNotEquals(
            ValueCodec.HOLE, fx.heap.getSlot(ValueCodec.asReference(store), i), "hole at " + i);
      }
    }
  }
}
