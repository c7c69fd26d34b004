package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.Shape;

/**
 * Defines an own data property with constant attribute flags (object literals, class fields,
 * Object.defineProperty with a constant descriptor). Unlike [[Set]] it ignores the prototype chain.
 * Cached: add transition with the flags, and overwrite of an existing field that already has
 * exactly these flags and is writable.
 */
@Introspectable
public abstract class DefinePropertyNode extends PropertyAccessNode {
  protected final int flags;

  protected DefinePropertyNode(ObjectModel model, Object key, int flags) {
    super(model, key);
    this.flags = flags;
  }

  public static DefinePropertyNode create(ObjectModel model, Object key, int flags) {
    return DefinePropertyNodeGen.create(model, key, flags);
  }

  public abstract boolean execute(long receiver, long value);

  @Specialization(
      guards = {
        "classId(receiver) == cachedShape.id()",
        "property != null",
        "property.flags() == flags",
        "property.isWritable()",
        "property.representation().fits(value)"
      },
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doExisting(
      long receiver,
      long value,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("ownFastData(cachedShape)") Property property) {
    model.writeLocation(addr(receiver), property.location(), value);
    return true;
  }

  @Specialization(
      guards = {
        "classId(receiver) == cachedShape.id()",
        "transition.usable",
        "transition.fits(value)",
        "hasRoom(receiver, transition)"
      },
      assumptions = {"cachedShape.getValidAssumption()", "transition.assumptions"},
      limit = "CACHE_LIMIT")
  protected boolean doAdd(
      long receiver,
      long value,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("addTransition(receiver, cachedShape, value, flags, false)")
          AddTransition transition) {
    return applyAdd(receiver, transition, value);
  }

  @Specialization(replaces = {"doExisting", "doAdd"})
  protected boolean doGeneric(long receiver, long value) {
    return model.define(receiver, key, value, flags);
  }

  static boolean isData(int f) {
    return (f & Property.ACCESSOR) == 0;
  }
}
