package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Shape;

/**
 * {@code receiver[index] = value}. Cached on the class id and specialised on the elements kind: an
 * in-bounds overwrite of an existing element whose value fits the kind is one store; appends,
 * holes, kind changes and growth take the generic path.
 */
@Introspectable
public abstract class PutElementNode extends ElementAccessNode {
  protected PutElementNode(ObjectModel model) {
    super(model);
  }

  public static PutElementNode create(ObjectModel model) {
    return PutElementNodeGen.create(model);
  }

  public abstract boolean execute(long receiver, long index, long value);

  @Specialization(
      guards = {
        "classId(receiver) == cachedShape.id()",
        "!cachedShape.elementsKind().isDictionary()",
        "!cachedShape.elementsFrozen()",
        "cachedShape.elementsKind().fits(value)"
      },
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doFast(
      long receiver, long index, long value, @Cached("shapeOf(receiver)") Shape cachedShape) {
    long a = ObjectModel.address(receiver);
    if (fastElement(a, cachedShape, index, false) != ValueCodec.HOLE) {
      model.heap().setSlot(ObjectModel.address(model.elementsStore(a)), (int) index, value);
      return true;
    }
    return model.putElement(receiver, index, value);
  }

  @Specialization(replaces = "doFast")
  protected boolean doGeneric(long receiver, long index, long value) {
    return model.putElement(receiver, index, value);
  }
}
