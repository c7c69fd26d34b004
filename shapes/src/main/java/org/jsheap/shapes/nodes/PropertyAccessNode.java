package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Idempotent;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.Location;
import org.jsheap.shapes.ObjectKind;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;
import org.jsheap.shapes.Shape;

/**
 * Base of the property-access nodes: the object model, the canonical key, and the cache helpers the
 * DSL guards use. Inline caches key on the 32-bit class id in the object header: a cached access is
 * one header load, one compare against a constant and one slot access. Cached shapes are held
 * strongly, so their ids cannot be reclaimed and reused while a cache refers to them.
 */
public abstract class PropertyAccessNode extends Node {
  /** Shapes cached per site before it goes megamorphic. */
  public static final int CACHE_LIMIT = 4;

  protected final ObjectModel model;

  /** The key: a canonical (interned) {@link String} or a {@link org.jsheap.shapes.SymbolKey}. */
  protected final Object key;

  /** The array index the key denotes, or -1: index keys always take the element path. */
  protected final long keyIndex;

  /** {@code key.hashCode()}, a constant for the megamorphic cache's probe. */
  protected final int keyHash;

  protected PropertyAccessNode(ObjectModel model, Object key) {
    this.model = model;
    this.key = PropertyKeys.internKey(key);
    this.keyIndex = PropertyKeys.arrayIndex(key);
    this.keyHash = this.key.hashCode();
  }

  public final Object key() {
    return key;
  }

  protected final int classId(long receiver) {
    return model.heap().classId(ObjectModel.address(receiver));
  }

  protected final Shape shapeOf(long receiver) {
    return model.shapeOf(receiver);
  }

  protected static long addr(long receiver) {
    return ObjectModel.address(receiver);
  }

  @Idempotent
  protected final boolean isNamed() {
    return keyIndex < 0;
  }

  /** The own fast-mode data property for the key, or null. */
  protected final Property ownFastData(Shape shape) {
    if (shape.isDictionary() || !isNamed() || isArrayLength(shape)) {
      return null;
    }
    Property p = shape.property(key);
    return p == null || p.isAccessor() ? null : p;
  }

  @Idempotent
  protected final boolean isArrayLength(Shape shape) {
    return shape.kind() == ObjectKind.ARRAY && key == "length";
  }

  /**
   * Whether an object of {@code shape} (like {@code receiver}) has no own property for the key;
   * stable under the shape's assumption (dictionary shapes change it on every add).
   */
  protected final boolean isOwnAbsent(long receiver, Shape shape) {
    return isNamed() && !isArrayLength(shape) && !model.hasOwn(receiver, key);
  }

  /** The own dictionary entry for the key if it is a data property, else -1. */
  protected final int ownDictionaryData(long receiver, Shape shape) {
    if (!shape.isDictionary() || !isNamed() || isArrayLength(shape)) {
      return -1;
    }
    long a = addr(receiver);
    int e = model.dictionaryEntry(a, key);
    return e >= 0 && (model.dictionaryFlags(a, e) & Property.ACCESSOR) == 0 ? e : -1;
  }

  /**
   * What a prototype-chain walk for the key found, and the assumptions of every shape it passed:
   * while they hold, the same walk finds the same property in the same place, so a cached site
   * reads {@link #holder}'s prototype at {@link #location} without walking.
   */
  public static final class ChainLookup {
    static final ChainLookup UNUSABLE = new ChainLookup(false, false, null, null, 0, null);

    /**
     * Whether {@link #constantValue} is the property's value: a data property of a dictionary-mode
     * prototype whose value is not a reference (references move) and whose entry's constant
     * assumption (in {@link #assumptions}) holds, so a cached read folds to the value.
     */
    public final boolean constant;

    public final long constantValue;

    /** Whether the property is the receiver's own (then {@link #holder} is null). */
    public boolean own;

    /** Whether the lookup can be cached (no accessors, no special properties on the way). */
    public final boolean usable;

    /** Whether the key was found on the chain. */
    public final boolean found;

    /** Holder of the prototype object that has the property. */
    final org.jsheap.shapes.PrototypeHolder holder;

    final Location location;
    final int flags;

    /** Compilation-final elements: the DSL's check of the array then folds to dependencies. */
    @CompilationFinal(dimensions = 1)
    public final Assumption[] assumptions;

    ChainLookup(
        boolean usable,
        boolean found,
        org.jsheap.shapes.PrototypeHolder holder,
        Location location,
        int flags,
        Assumption[] assumptions) {
      this.usable = usable;
      this.found = found;
      this.holder = holder;
      this.location = location;
      this.flags = flags;
      this.assumptions = assumptions == null ? new Assumption[0] : assumptions;
      this.constant = false;
      this.constantValue = 0;
    }

    /** {@code base} with its value taken as a constant under {@code constantAssumption}. */
    ChainLookup(ChainLookup base, long value, Assumption constantAssumption) {
      this.usable = base.usable;
      this.found = base.found;
      this.holder = base.holder;
      this.location = base.location;
      this.flags = base.flags;
      Assumption[] all = java.util.Arrays.copyOf(base.assumptions, base.assumptions.length + 1);
      all[base.assumptions.length] = constantAssumption;
      this.assumptions = all;
      this.constant = true;
      this.constantValue = value;
    }

    /** Whether [[Set]] would add an own data property: absent, or inherited writable data. */
    public boolean isWritableOrAbsent() {
      return !found || (flags & (Property.WRITABLE | Property.ACCESSOR)) == Property.WRITABLE;
    }

    public boolean isAccessor() {
      return found && (flags & Property.ACCESSOR) != 0;
    }
  }

  /**
   * Walks the prototype chain of an object of {@code shape} that has no own property for the key.
   */
  @TruffleBoundary
  protected final ChainLookup lookupChain(Shape shape) {
    if (!isNamed() || isArrayLength(shape)) {
      return ChainLookup.UNUSABLE;
    }
    List<Assumption> assumptions = new ArrayList<>();
    Shape s = shape;
    while (true) {
      long proto = s.prototype();
      if (proto == ValueCodec.NULL) {
        return new ChainLookup(true, false, null, null, 0, assumptions.toArray(new Assumption[0]));
      }
      Shape ps = model.shapeOf(proto);
      assumptions.add(ps.getValidAssumption());
      if (isArrayLength(ps)) {
        return ChainLookup.UNUSABLE;
      }
      Location loc;
      int flags;
      if (ps.isDictionary()) {
        long pa = addr(proto);
        int e = model.dictionaryEntry(pa, key);
        loc = e < 0 ? null : Location.dictionaryEntry(e);
        flags = e < 0 ? 0 : model.dictionaryFlags(pa, e);
      } else {
        Property p = ps.property(key);
        loc = p == null ? null : p.location();
        flags = p == null ? 0 : p.flags();
      }
      if (loc != null) {
        return new ChainLookup(
            true, true, s.prototypeHolder(), loc, flags, assumptions.toArray(new Assumption[0]));
      }
      s = ps;
    }
  }

  /**
   * {@link #lookupChain} for a cached read: when the property is a data property in a
   * dictionary-mode prototype's entry, its value is not a reference and the entry was not
   * overwritten while taken as a constant before, the lookup carries the value and the entry's
   * constant assumption (any value write to the entry invalidates it, see {@link
   * Shape#dictionaryValueWritten}), so the read is a constant (V8's constant prototype properties).
   * Otherwise the lookup reads the holder.
   */
  @TruffleBoundary
  protected final ChainLookup lookupChainForRead(Shape shape) {
    ChainLookup lookup = lookupChain(shape);
    if (!lookup.usable
        || !lookup.found
        || lookup.isAccessor()
        || lookup.location.kind() != Location.Kind.DICTIONARY_ENTRY) {
      return lookup;
    }
    long proto = lookup.holder.get();
    Shape holderShape = model.shapeOf(proto);
    long value = model.readLocation(addr(proto), lookup.location);
    if (!holderShape.isDictionary() || ValueCodec.isReference(value)) {
      return lookup;
    }
    Assumption constant = holderShape.constantEntryAssumption(lookup.location.index());
    return constant == null ? lookup : new ChainLookup(lookup, value, constant);
  }

  /**
   * A cached add-property transition: from the cached shape to {@link #newShape} with the value in
   * {@link #location}. Usable only when adding is what [[Set]] would do: the object is extensible,
   * fast, below the dictionary limit, and nothing on the prototype chain is read-only or an
   * accessor (the chain's assumptions guard that).
   */
  public static final class AddTransition {
    public final boolean usable;
    public final Shape newShape;
    final Location location;
    final org.jsheap.shapes.Representation representation;

    /** Compilation-final elements: the DSL's check of the array then folds to dependencies. */
    @CompilationFinal(dimensions = 1)
    public final Assumption[] assumptions;

    AddTransition(boolean usable, Shape newShape, Assumption[] chain) {
      this.usable = usable;
      this.newShape = newShape;
      Property p = usable ? newShape.properties().get(newShape.propertyCount() - 1) : null;
      this.location = p == null ? null : p.location();
      this.representation = p == null ? null : p.representation();
      List<Assumption> all = new ArrayList<>(List.of(chain));
      all.add(newShape.getValidAssumption());
      this.assumptions = all.toArray(new Assumption[0]);
    }

    /** Whether the value fits the new field's representation (the specialization on it). */
    public boolean fits(long value) {
      return representation.fits(value);
    }
  }

  @TruffleBoundary
  protected final AddTransition addTransition(
      long receiver, Shape shape, long value, int flags, boolean consultChain) {
    if (shape.isDictionary()
        || !shape.isExtensible()
        || !isOwnAbsent(receiver, shape)
        || shape.propertyCount() >= ObjectModel.MAX_FAST_PROPERTIES) {
      return new AddTransition(false, shape, new Assumption[0]);
    }
    Assumption[] chain = new Assumption[0];
    if (consultChain) {
      ChainLookup lookup = lookupChain(shape);
      if (!lookup.usable || !lookup.isWritableOrAbsent()) {
        return new AddTransition(false, shape, new Assumption[0]);
      }
      chain = lookup.assumptions;
    }
    Shape next = shape.addProperty(key, flags, org.jsheap.shapes.Representation.forValue(value));
    return new AddTransition(true, next, chain);
  }

  /** Whether the object has room for the new property without allocating. */
  protected final boolean hasRoom(long receiver, AddTransition t) {
    return t.location.isInObject()
        || t.location.index() < model.propertyArrayCapacity(addr(receiver));
  }

  /** Performs a cached add: shape transition in place, then the (barriered) store. */
  protected final boolean applyAdd(long receiver, AddTransition t, long value) {
    long a = addr(receiver);
    model.setShape(a, t.newShape);
    model.writeLocation(a, t.location, value);
    return true;
  }

  /**
   * The accessor property for the key: the receiver's own (fast or dictionary), or else an
   * inherited one; unusable if the key is a data property or absent.
   */
  @TruffleBoundary
  protected final ChainLookup accessorLookup(long receiver, Shape shape) {
    if (!isNamed() || isArrayLength(shape)) {
      return ChainLookup.UNUSABLE;
    }
    if (!isOwnAbsent(receiver, shape)) {
      Location loc;
      int flags;
      if (shape.isDictionary()) {
        long a = addr(receiver);
        int e = model.dictionaryEntry(a, key);
        loc = Location.dictionaryEntry(e);
        flags = model.dictionaryFlags(a, e);
      } else {
        Property p = shape.property(key);
        loc = p.location();
        flags = p.flags();
      }
      if ((flags & Property.ACCESSOR) == 0) {
        return ChainLookup.UNUSABLE;
      }
      ChainLookup own = new ChainLookup(true, true, null, loc, flags, null);
      own.own = true;
      return own;
    }
    ChainLookup inherited = lookupChain(shape);
    return inherited.usable && inherited.isAccessor() ? inherited : ChainLookup.UNUSABLE;
  }

  /** The accessor pair an accessor lookup points at. */
  protected final long accessorPair(long receiver, ChainLookup lookup) {
    return lookup.own ? model.readLocation(addr(receiver), lookup.location) : readChain(lookup);
  }

  /** Reads the value a usable, found chain lookup points at. */
  protected final long readChain(ChainLookup lookup) {
    return model.readLocation(addr(lookup.holder.get()), lookup.location);
  }
}
