package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.nodes.Node;
import org.jsheap.gc.ValueCodec;
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

  /**
   * The element {@code index} if it is in bounds of a fast store (and of the length, for arrays)
   * and not a hole; else {@link ValueCodec#HOLE}.
   */
  protected final long fastElement(long a, Shape shape, long index, boolean holey) {
    long store = model.elementsStore(a);
    if (store == ValueCodec.UNDEFINED || index < 0) {
      return ValueCodec.HOLE;
    }
    long st = ObjectModel.address(store);
    if (index >= model.heap().taggedSlotCount(st)) {
      return ValueCodec.HOLE;
    }
    if (shape.kind() == ObjectKind.ARRAY
        && index >= (long) ValueCodec.asNumber(model.lengthValue(a))) {
      return ValueCodec.HOLE;
    }
    long v = model.heap().getSlot(st, (int) index);
    return holey || v != ValueCodec.HOLE ? v : ValueCodec.HOLE;
  }
}
