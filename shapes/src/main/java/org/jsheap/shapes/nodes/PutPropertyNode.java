package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.shapes.MegamorphicCache;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.Shape;

/**
 * {@code receiver[key] = value} ([[Set]]) for a constant key; returns false where strict code
 * throws. Specializations: existing writable field whose representation fits the value (the
 * representation is a compile-time constant, so the check is one tag test), add-property
 * transition, existing dictionary entry, and the generic path (which also generalises
 * representations and switches to dictionary mode).
 */
@Introspectable
public abstract class PutPropertyNode extends PropertyAccessNode {
  protected PutPropertyNode(ObjectModel model, Object key) {
    super(model, key);
  }

  public static PutPropertyNode create(ObjectModel model, Object key) {
    return PutPropertyNodeGen.create(model, key);
  }

  public abstract boolean execute(long receiver, long value);

  @Specialization(
      guards = {
        "classId(receiver) == cachedShape.id()",
        "property != null",
        "property.isWritable()",
        "property.representation().fits(value)"
      },
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doExistingField(
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
  protected boolean doAddField(
      long receiver,
      long value,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("addTransition(receiver, cachedShape, value, DEFAULT_FLAGS, true)")
          AddTransition transition) {
    return applyAdd(receiver, transition, value);
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "entry >= 0", "writable"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected boolean doDictionaryEntry(
      long receiver,
      long value,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("ownDictionaryData(receiver, cachedShape)") int entry,
      @Cached("isWritableEntry(receiver, entry)") boolean writable) {
    model.writeDictionaryValue(addr(receiver), cachedShape, entry, value);
    return true;
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "accessor.usable"},
      assumptions = {"cachedShape.getValidAssumption()", "accessor.assumptions"},
      limit = "CACHE_LIMIT")
  protected boolean doAccessor(
      long receiver,
      long value,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("accessorLookup(receiver, cachedShape)") ChainLookup accessor) {
    return model.callSetterOf(accessorPair(receiver, accessor), receiver, value);
  }

  @Specialization(replaces = {"doExistingField", "doAddField", "doDictionaryEntry", "doAccessor"})
  protected boolean doGeneric(long receiver, long value) {
    if (isNamed()) {
      long a = addr(receiver);
      int write = model.megamorphicCache().probeWrite(model.heap().classId(a), key, keyHash, value);
      if (write != MegamorphicCache.MISS) {
        model.writeCached(a, write, value);
        return true;
      }
    }
    return model.put(receiver, key, value);
  }

  protected static final int DEFAULT_FLAGS = Property.DEFAULT;

  protected final boolean isWritableEntry(long receiver, int entry) {
    return entry >= 0 && (model.dictionaryFlags(addr(receiver), entry) & Property.WRITABLE) != 0;
  }
}
