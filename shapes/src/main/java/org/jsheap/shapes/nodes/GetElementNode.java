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

  /**
   * The elements kind and object kind are cached per shape (a dictionary shape may change its kind
   * in place, but only after invalidating its assumption, which drops this cache entry), so the
   * guard is the class-id compare and the kind tests fold. A packed array is read after one compare
   * of the index with its length, and its value is not tested for a hole (see {@link
   * #packedArrayStore}). Holes and reads out of bounds take the profiled out-of-line path
   * (prototype chain, undefined).
   */
  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "!cachedKind.isDictionary()"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  @SuppressWarnings("truffle-static-method") // uses the model and the bounds helper
  protected long doFast(
      long receiver,
      long index,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("cachedShape.elementsKind()") ElementsKind cachedKind,
      @Cached("isArray(cachedShape)") boolean array,
      @Cached("isPackedArray(cachedShape, cachedKind)") boolean packed,
      @Bind Node node,
      @Cached InlinedBranchProfile missProfile) {
    long a = ObjectModel.address(receiver);
    long st = packed ? packedArrayStore(a, index) : inBoundsStore(a, index, array);
    if (st != 0) {
      long v = model.heap().getSlot(st, (int) index);
      // A packed array has no hole below its length (the invariant packedArrayStore relies on).
      if (packed || v != ValueCodec.HOLE) {
        return v;
      }
    }
    missProfile.enter(node);
    return model.getElement(receiver, index);
  }

  @Specialization(replaces = "doFast")
  protected long doGeneric(long receiver, long index) {
    return model.getElement(receiver, index);
  }
}
