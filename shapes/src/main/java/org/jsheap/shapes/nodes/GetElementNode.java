package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Shape;

/**
 * {@code receiver[index]}. Cached on the class id, specialised on the elements kind: a fast store
 * read in bounds; holes and out-of-bounds reads go to the generic path (prototype chain).
 */
@Introspectable
public abstract class GetElementNode extends ElementAccessNode {
  protected GetElementNode(ObjectModel model) {
    super(model);
  }

  public static GetElementNode create(ObjectModel model) {
    return GetElementNodeGen.create(model);
  }

  public abstract long execute(long receiver, long index);

  @Specialization(
      guards = {
        "classId(receiver) == cachedShape.id()",
        "!cachedShape.elementsKind().isDictionary()"
      },
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected long doFast(long receiver, long index, @Cached("shapeOf(receiver)") Shape cachedShape) {
    long v =
        fastElement(
            ObjectModel.address(receiver),
            cachedShape,
            index,
            cachedShape.elementsKind().isHoley());
    if (v != ValueCodec.HOLE) {
      return v;
    }
    return model.getElement(receiver, index);
  }

  @Specialization(replaces = "doFast")
  protected long doGeneric(long receiver, long index) {
    return model.getElement(receiver, index);
  }
}
