package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Idempotent;
import com.oracle.truffle.api.nodes.Node;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ElementsKind;
import org.jsheap.shapes.ObjectKind;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Shape;

/** Base of the keyed element nodes: cache helpers over the elements store. */
public abstract class ElementAccessNode extends Node {
  /** Shapes cached per site before it goes generic. */
  public static final int CACHE_LIMIT = PropertyAccessNode.CACHE_LIMIT;

  protected final ObjectModel model;

  protected ElementAccessNode(ObjectModel model) {
    this.model = model;
  }

  protected final int classId(long receiver) {
    return model.heap().classId(ObjectModel.address(receiver));
  }

  protected final Shape shapeOf(long receiver) {
    return model.shapeOf(receiver);
  }

  @Idempotent
  protected static boolean isArray(Shape shape) {
    return shape.kind() == ObjectKind.ARRAY;
  }

  /**
   * Whether a cached shape's elements are a packed array: then {@link #packedArrayStore} may skip
   * the capacity load.
   */
  @Idempotent
  protected static boolean isPackedArray(Shape shape, ElementsKind kind) {
    return shape.kind() == ObjectKind.ARRAY && !kind.isHoley() && !kind.isDictionary();
  }

  /**
   * {@link #inBoundsStore} for a packed array: the store's address if {@code index} is below the
   * length, else 0. Two loads (length, store) and one compare: the store's header (capacity) is not
   * read, the store slot is not tested for undefined, and the callers do not test the element for a
   * hole.
   *
   * <p>SAFETY: relies on the packed-array invariant that {@code Elements} keeps (and
   * PackedArrayInvariantProperties checks after every step of random element-operation sequences):
   * an array whose elements kind is packed has an int32 length no greater than its store's
   * capacity, a store whenever the length is positive, and no hole below the length (anything that
   * would break one of these makes the kind holey or dictionary first, which changes the shape and
   * so misses the caller's class-id guard). If it broke, the slot index could pass the store's end:
   * in checked heap mode (every test run) the slot access throws (ElementNodesTest corrupts a
   * length to show it); unchecked, it would read or write the next object. A hole below the length
   * would be returned as a value.
   */
  protected final long packedArrayStore(long a, long index) {
    long length = model.lengthValue(a);
    if (ValueCodec.isInt(length) && index >= 0 && index < ValueCodec.asInt(length)) {
      return ValueCodec.asReference(model.elementsStore(a));
    }
    return 0;
  }

  /**
   * The address of the fast elements store of the object at {@code a} if {@code index} is below
   * both its capacity and (for arrays) the length, else 0. The length is read as an int: a length
   * that is not an int32 is at least 2^31, above any store's capacity, so the capacity decides. The
   * caller has checked the shape: fast elements kind, so the slot holds a store or undefined.
   */
  protected final long inBoundsStore(long a, long index, boolean array) {
    Heap heap = model.heap();
    long store = model.elementsStore(a);
    if (!ValueCodec.isReference(store)) {
      return 0;
    }
    long st = ValueCodec.asReference(store);
    long bound = heap.taggedSlotCount(st);
    if (array) {
      long length = model.lengthValue(a);
      if (ValueCodec.isInt(length)) {
        bound = Math.min(bound, ValueCodec.asInt(length));
      }
    }
    return index >= 0 && index < bound ? st : 0;
  }
}
