package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Shape;

/**
 * {@code key in receiver}. Cached per shape: own presence is a property of the shape (fast) or
 * stable under its assumption (dictionary); inherited presence under the chain's assumptions.
 */
@Introspectable
public abstract class HasPropertyNode extends PropertyAccessNode {
  protected HasPropertyNode(ObjectModel model, Object key) {
    super(model, key);
  }

  public static HasPropertyNode create(ObjectModel model, Object key) {
    return HasPropertyNodeGen.create(model, key);
  }

  public abstract boolean execute(long receiver);

  @Specialization(
      guards = {"isNamed()", "classId(receiver) == cachedShape.id()", "!ownAbsent"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doOwn(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("isOwnAbsent(receiver, cachedShape)") boolean ownAbsent) {
    return true;
  }

  @Specialization(
      guards = {"isNamed()", "classId(receiver) == cachedShape.id()", "ownAbsent", "lookup.usable"},
      assumptions = {"cachedShape.getValidAssumption()", "lookup.assumptions"},
      limit = "CACHE_LIMIT")
  protected boolean doChain(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("isOwnAbsent(receiver, cachedShape)") boolean ownAbsent,
      @Cached("lookupChain(cachedShape)") ChainLookup lookup) {
    return lookup.found;
  }

  @Specialization(replaces = {"doOwn", "doChain"})
  protected boolean doGeneric(long receiver) {
    return model.has(receiver, key);
  }
}
