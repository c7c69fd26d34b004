package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Introspectable;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.MegamorphicCache;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.Shape;

/**
 * {@code receiver[key]} for a constant key. Specializations from fast to generic: own fast-mode
 * field, own dictionary entry, array length, inherited or absent (prototype chain cached under the
 * assumptions of every prototype's shape, so no walk; a data property of a prototype whose value
 * was not overwritten is a constant), and the megamorphic path, whose hit in the object model's
 * megamorphic cache is compiled inline (only a miss is a call).
 */
@Introspectable
public abstract class GetPropertyNode extends PropertyAccessNode {
  protected GetPropertyNode(ObjectModel model, Object key) {
    super(model, key);
  }

  public static GetPropertyNode create(ObjectModel model, Object key) {
    return GetPropertyNodeGen.create(model, key);
  }

  /** The value; {@code receiver} must be an object reference. */
  public abstract long execute(long receiver);

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "property != null"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected long doOwnField(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("ownFastData(cachedShape)") Property property) {
    return model.readLocation(addr(receiver), property.location());
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "entry >= 0"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected long doOwnDictionary(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("ownDictionaryData(receiver, cachedShape)") int entry) {
    return model.readDictionaryValue(addr(receiver), entry);
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "accessor.usable", "accessor.own"},
      assumptions = "cachedShape.getValidAssumption()",
      limit = "CACHE_LIMIT")
  protected long doOwnAccessor(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("accessorLookup(receiver, cachedShape)") ChainLookup accessor) {
    return model.callGetterOf(accessorPair(receiver, accessor), receiver);
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "isArrayLength(cachedShape)"},
      limit = "CACHE_LIMIT")
  protected long doArrayLength(long receiver, @Cached("shapeOf(receiver)") Shape cachedShape) {
    return model.lengthValue(addr(receiver));
  }

  @Specialization(
      guards = {"classId(receiver) == cachedShape.id()", "ownAbsent", "lookup.usable"},
      assumptions = {"cachedShape.getValidAssumption()", "lookup.assumptions"},
      limit = "CACHE_LIMIT")
  protected long doPrototypeChain(
      long receiver,
      @Cached("shapeOf(receiver)") Shape cachedShape,
      @Cached("isOwnAbsent(receiver, cachedShape)") boolean ownAbsent,
      @Cached("lookupChainForRead(cachedShape)") ChainLookup lookup) {
    if (!lookup.found) {
      return ValueCodec.UNDEFINED;
    }
    if (lookup.constant) {
      return lookup.constantValue;
    }
    long v = readChain(lookup);
    return lookup.isAccessor() ? model.callGetterOf(v, receiver) : v;
  }

  @Specialization(
      replaces = {
        "doOwnField",
        "doOwnDictionary",
        "doOwnAccessor",
        "doArrayLength",
        "doPrototypeChain"
      })
  protected long doMegamorphic(long receiver) {
    if (!isNamed()) {
      return model.getElement(receiver, keyIndex);
    }
    long a = addr(receiver);
    int read = model.megamorphicCache().probe(model.heap().classId(a), key, keyHash);
    if (read != MegamorphicCache.MISS) {
      return model.readCached(a, read);
    }
    return model.getMegamorphic(receiver, key);
  }
}
