package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.InlinedBranchProfile;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ElementsKind;
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

  /**
   * Kinds and the frozen flag are cached per shape (see {@link GetElementNode}), so {@code fits} is
   * one tag test. A packed array has no hole below its length, so an in-bounds store there needs no
   * hole check; holey and non-array stores read the old value first (a hole is an add: [[Set]]
   * consults the prototype chain). Everything else takes the profiled out-of-line path.
   */
  @Specialization(
      guards = {
        "classId(receiver) == cachedShape.id()",
        "!cachedKind.isDictionary()",
        "!frozen",
        "cachedKind.fits(value)"
      },
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  @SuppressWarnings("truffle-static-method") // uses the model and the bounds helper
  protected boolean doFast(
      long receiver,
      long index,
      long value,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("cachedShape.elementsKind()") ElementsKind cachedKind,
      @Cached("cachedShape.elementsFrozen()") boolean frozen,
      @Cached("isArray(cachedShape)") boolean array,
      @Cached("isPackedArray(cachedShape, cachedKind)") boolean packed,
      @Bind Node node,
      @Cached InlinedBranchProfile missProfile) {
    long a = ObjectModel.address(receiver);
    long st = packed ? packedArrayStore(a, index) : inBoundsStore(a, index, array);
    if (st != 0 && (packed || model.heap().getSlot(st, (int) index) != ValueCodec.HOLE)) {
      model.heap().setSlot(st, (int) index, value);
      return true;
    }
    missProfile.enter(node);
    return model.putElement(receiver, index, value);
  }

  @Specialization(replaces = "doFast")
  protected boolean doGeneric(long receiver, long index, long value) {
    return model.putElement(receiver, index, value);
  }
}
