package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.Shape;

/**
 * {@code delete receiver[key]}. Cached cases: the key is absent (true, nothing to do) and the key
 * is the configurable last-added property (back to the parent shape, no dictionary switch).
 * Everything else, including the switch to dictionary mode, is generic.
 */
@Introspectable
public abstract class DeletePropertyNode extends PropertyAccessNode {
  protected DeletePropertyNode(ObjectModel model, Object key) {
    super(model, key);
  }

  public static DeletePropertyNode create(ObjectModel model, Object key) {
    return DeletePropertyNodeGen.create(model, key);
  }

  public abstract boolean execute(long receiver);

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "ownAbsent"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doAbsent(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("isOwnAbsent(receiver, cachedShape)") boolean ownAbsent) {
    return true;
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "parent != null"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doLastAdded(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("ownFastData(cachedShape)") Property property,
      @Cached("deletableParent(cachedShape, property)") Shape parent) {
    long a = addr(receiver);
    model.writeLocation(a, property.location(), ValueCodec.UNDEFINED);
    model.setShape(a, parent);
    return true;
  }

  @Specialization(replaces = {"doAbsent", "doLastAdded"})
  protected boolean doGeneric(long receiver) {
    return model.delete(receiver, key);
  }

  protected final Shape deletableParent(Shape shape, Property property) {
    if (property == null || !property.isConfigurable()) {
      return null;
    }
    return shape.parentIfLastAdded(key);
  }
}
