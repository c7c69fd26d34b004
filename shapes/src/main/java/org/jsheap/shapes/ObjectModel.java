package org.jsheap.shapes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;

/**
 * JavaScript objects in the gc heap: the object model's public API, a facade over its parts (as in
 * Truffle's object model):
 *
 * <ul>
 *   <li>{@link ObjectLayout}: reserved slots, property locations, dictionary entries, internal
 *       storage objects; every read and write of an object goes through it;
 *   <li>{@link ObjectAllocator}: root shapes, slack tracking, allocation;
 *   <li>{@link NamedProperties}: [[Get]], [[Set]], [[HasProperty]], [[Delete]],
 *       [[DefineOwnProperty]], [[GetOwnProperty]], [[OwnPropertyKeys]];
 *   <li>{@link Elements}: indexed properties and array length;
 *   <li>{@link DictionaryMode}, {@link Prototypes}, {@link IntegrityLevels}, {@link Accessors}.
 * </ul>
 *
 * The access nodes in {@code org.jsheap.shapes.nodes} cache what these compute. Heap kind bytes are
 * owned by {@link HeapKind}.
 *
 * <p>Property keys ({@code Object key} parameters) are a {@link String} or a {@link SymbolKey}; any
 * equal string will do (the model canonicalises it, see {@link PropertyKeys#canonical}), and a
 * string that is an array index addresses an element. Anything else, like a non-object where an
 * object is due or an array length that is not an integer in 0..2^32-1, is an {@link
 * ObjectModelException} (its kind names the condition), thrown before anything changes.
 *
 * <p>GC discipline: every method takes and returns tagged values. A method that may allocate keeps
 * the references it holds in a {@link HandleScope} and re-reads them after the allocation; no
 * address survives an allocation in a Java local. The caller must root returned references.
 *
 * <p>Not thread-safe: one object model per mutator thread (like the heap's value stacks).
 */
public final class ObjectModel {
  /**
   * More named properties than this switch an object to dictionary mode. A fast shape copies its
   * property array on every add (quadratic in the chain length) and each distinct key order is a
   * separate shape, so objects past a few dozen properties are usually used as maps; V8's limit for
   * named-store-created fast properties (kMaxNumberOfDescriptors aside) is in the same range.
   */
  public static final int MAX_FAST_PROPERTIES = 64;

  /** In-object slots for objects allocated without an allocation site. */
  public static final int DEFAULT_IN_OBJECT_CAPACITY = 4;

  /** A write this far past the elements capacity makes the elements a dictionary (V8: 1024). */
  public static final int MAX_ELEMENT_GAP = 1024;

  private final Heap heap;
  private final ClassTable classes;
  private final MegamorphicCache megamorphic = new MegamorphicCache();
  private final ObjectLayout layout;
  private final Accessors accessors;
  private final DictionaryMode dictionaryMode;
  private final Prototypes prototypes;
  private final ObjectAllocator allocator;
  private final Elements elements;
  private final NamedProperties named;
  private final IntegrityLevels integrity;

  public ObjectModel(Heap heap) {
    this.heap = heap;
    this.classes = new ClassTable(heap);
    this.layout = new ObjectLayout(heap, classes, new PropertyKeys());
    this.accessors = new Accessors(layout);
    this.dictionaryMode = new DictionaryMode(layout);
    this.prototypes = new Prototypes(layout, dictionaryMode);
    this.allocator = new ObjectAllocator(layout, prototypes, dictionaryMode);
    this.elements = new Elements(layout, accessors, allocator);
    this.named = new NamedProperties(layout, megamorphic, accessors, dictionaryMode, elements);
    this.integrity = new IntegrityLevels(layout, named);
  }

  public Heap heap() {
    return heap;
  }

  public ClassTable classTable() {
    return classes;
  }

  /** This model's megamorphic cache (one per model, like the model one per mutator thread). */
  public MegamorphicCache megamorphicCache() {
    return megamorphic;
  }

  public void setAccessorInvoker(AccessorInvoker invoker) {
    accessors.setInvoker(invoker);
  }

  // ---- addresses and shapes

  static long addr(long ref) {
    return ObjectLayout.addr(ref);
  }

  /** The address of an object reference (throws for non-references). */
  public static long address(long ref) {
    return ObjectLayout.addr(ref);
  }

  /** Whether {@code value} is a reference to a JavaScript object of this model. */
  public boolean isObject(long value) {
    return layout.isObject(value);
  }

  /** The current shape of an object, migrating it first if its shape was deprecated. */
  public Shape shapeOf(long ref) {
    return layout.shapeOf(ref);
  }

  /** Gives the object at {@code a} shape {@code s} (a transition in place). */
  public void setShape(long a, Shape s) {
    layout.setShape(a, s);
  }

  // ---- allocation

  /** A new ordinary object with {@code proto} (an object or null). May collect. */
  public long newObject(long proto) {
    return allocator.newObject(proto, ObjectKind.ORDINARY, DEFAULT_IN_OBJECT_CAPACITY);
  }

  /** A new ordinary object sized by the slack tracking of {@code site}. May collect. */
  public long newObject(AllocationSite site, long proto) {
    return allocator.newObject(site, proto);
  }

  /**
   * The root shape of the next ordinary object from {@code site} (null: no site) with {@code
   * proto}, for an allocation node to cache once the site's slack tracking is complete; null if
   * {@code proto} is an object not yet in prototype mode (the first {@link
   * #newObject(AllocationSite, long)} with it switches it). Never allocates.
   */
  @TruffleBoundary
  public Shape settledRoot(AllocationSite site, long proto) {
    return allocator.settledRoot(site, proto);
  }

  /**
   * A new object with the root shape {@code root} through the heap's slow path (may collect): the
   * out-of-line half of an allocation node.
   */
  @TruffleBoundary
  public long newObjectWithRoot(Shape root) {
    return allocator.allocate(root);
  }

  /** A new array with length 0 and room for {@code capacity} elements. May collect. */
  public long newArray(long proto, int capacity) {
    return elements.newArray(proto, capacity);
  }

  /**
   * A new object for a literal with {@code propertyCount} properties: a dictionary-mode object when
   * that is more than {@link #MAX_FAST_PROPERTIES}, so a huge literal never builds a long shape
   * chain.
   */
  public long newObjectLiteral(long proto, int propertyCount) {
    return allocator.newObjectLiteral(proto, propertyCount);
  }

  /**
   * A new object of {@code kind} (ordinary, array or function) under {@code proto} (an object or
   * null) with {@code capacity} in-object slots. May collect.
   */
  public long newObject(long proto, ObjectKind kind, int capacity) {
    return allocator.newObject(proto, kind, capacity);
  }

  // ---- slot access by location (the nodes' fast paths)

  /** Reads a property value at {@code loc} of the object at address {@code a}. */
  public long readLocation(long a, Location loc) {
    return layout.readLocation(a, loc);
  }

  /** Writes a property value at {@code loc} (through the write barrier). */
  public void writeLocation(long a, Location loc, long value) {
    layout.writeLocation(a, loc, value);
  }

  /** Reads the value of dictionary entry {@code e} of the dictionary-mode object at {@code a}. */
  public long readDictionaryValue(long a, int e) {
    return layout.readDictionaryValue(a, e);
  }

  /**
   * Writes the value of dictionary entry {@code e} (through the write barrier), first telling the
   * object's shape, which invalidates a cached read that took the value as a constant.
   */
  public void writeDictionaryValue(long a, int e, long value) {
    layout.writeDictionaryValue(a, e, value);
  }

  /** {@link #writeDictionaryValue(long, int, long)} where the caller knows the shape. */
  public void writeDictionaryValue(long a, Shape s, int e, long value) {
    layout.writeDictionaryValue(a, s, e, value);
  }

  /**
   * Reads the value a {@link MegamorphicCache} read descriptor points at in the object at {@code
   * a}: a switch on two bits, no {@link Location} object.
   */
  public long readCached(long a, int read) {
    return layout.readCached(a, read);
  }

  /**
   * Writes {@code value} where a {@link MegamorphicCache#probeWrite} descriptor points in the
   * object at {@code a} (through the write barrier; a dictionary entry tells its shape first).
   */
  public void writeCached(long a, int write, long value) {
    layout.writeCached(a, write, value);
  }

  /** The raw length slot of the array at {@code a}. */
  public long lengthValue(long a) {
    return layout.lengthValue(a);
  }

  /** The elements store slot of the object at {@code a}: a reference or undefined. */
  public long elementsStore(long a) {
    return layout.elementsStore(a);
  }

  /** Capacity of the out-of-object property array of the object at {@code a}. */
  public int propertyArrayCapacity(long a) {
    return layout.propertyArrayCapacity(a);
  }

  /** Capacity of the (non-dictionary) elements store of the object at {@code a}. */
  public int elementsCapacity(long a) {
    return layout.elementsCapacity(a);
  }

  /** The dictionary entry of own property {@code key} of a dictionary-mode object, or -1. */
  public int dictionaryEntry(long a, Object key) {
    return layout.dictionaryEntry(a, key);
  }

  /** Flags of dictionary entry {@code e} of the object at {@code a}. */
  public int dictionaryFlags(long a, int e) {
    return layout.dictionaryFlags(a, e);
  }

  /**
   * The megamorphic get's miss path (a hit is {@link MegamorphicCache#probe} and {@link
   * #readCached}, compiled inline by the node): fills this model's cache entry for the object's
   * current shape and {@code key} (an own data property, fast or dictionary), then reads;
   * everything else takes the generic path.
   */
  @TruffleBoundary
  public long getMegamorphic(long obj, Object key) {
    return named.getMegamorphic(obj, key);
  }

  // ---- [[Get]], [[Set]], [[HasProperty]], [[Delete]], [[DefineOwnProperty]]

  /** {@code obj[key]}: own or inherited value, calling a getter; undefined when absent. */
  @TruffleBoundary
  public long get(long obj, Object key) {
    return named.get(obj, key);
  }

  /** Calls the getter of accessor pair {@code pair} (undefined if it has none). */
  public long callGetterOf(long pair, long receiver) {
    return accessors.callGetter(pair, receiver);
  }

  /** Calls the setter of accessor pair {@code pair}; false if it has none. */
  public boolean callSetterOf(long pair, long receiver, long value) {
    return accessors.callSetter(pair, receiver, value);
  }

  /**
   * {@code obj[key] = value} with JavaScript [[Set]] semantics: writes an own writable property,
   * calls an own or inherited setter, fails on a read-only (own or inherited) property or a
   * non-extensible object, else adds an own property. Returns false where strict code throws. May
   * collect.
   */
  @TruffleBoundary
  public boolean put(long obj, Object key, long value) {
    return named.put(obj, key, value);
  }

  /** {@code key in obj}: own or inherited. */
  @TruffleBoundary
  public boolean has(long obj, Object key) {
    return named.has(obj, key);
  }

  /** Whether {@code obj} has an own property {@code key}. */
  @TruffleBoundary
  public boolean hasOwn(long obj, Object key) {
    return named.hasOwn(obj, key);
  }

  /**
   * {@code delete obj[key]}: false for a non-configurable property. Deleting the last-added
   * property goes back to the parent shape; deleting any other switches to dictionary mode. May
   * collect.
   */
  @TruffleBoundary
  public boolean delete(long obj, Object key) {
    return named.delete(obj, key);
  }

  /**
   * Defines (or redefines) an own data property with {@code flags} (Object.defineProperty with a
   * complete descriptor). Returns false where the redefinition is not allowed: a non-extensible
   * object, or a non-configurable property whose kind, enumerability or configurability would
   * change, or whose non-writable value would change. May collect.
   */
  @TruffleBoundary
  public boolean define(long obj, Object key, long value, int flags) {
    return named.define(obj, key, value, flags);
  }

  /** ECMAScript SameValue on tagged values. */
  public static boolean sameValue(long x, long y) {
    return DescriptorRules.sameValue(x, y);
  }

  /**
   * Defines an accessor property whose getter and setter (functions, or undefined) the {@link
   * AccessorInvoker} calls. May collect.
   */
  @TruffleBoundary
  public boolean defineAccessor(long obj, Object key, long getter, long setter, int flags) {
    return named.defineAccessor(obj, key, getter, setter, flags);
  }

  /** The own property {@code key} of {@code obj}, or null. */
  @TruffleBoundary
  public PropertyDescriptor getOwnProperty(long obj, Object key) {
    return named.getOwnProperty(obj, key);
  }

  /**
   * Own string keys in JavaScript order: array indices ascending, then ({@code length} for arrays
   * and) string keys in insertion order (Object.getOwnPropertyNames). Symbol keys are not listed.
   */
  @TruffleBoundary
  public List<String> ownKeys(long obj) {
    return named.ownKeys(obj);
  }

  /** Own symbol keys in insertion order (Object.getOwnPropertySymbols). */
  @TruffleBoundary
  public List<SymbolKey> ownSymbolKeys(long obj) {
    return named.ownSymbolKeys(obj);
  }

  /** [[OwnPropertyKeys]]: {@link #ownKeys} followed by {@link #ownSymbolKeys}. */
  @TruffleBoundary
  public List<Object> ownPropertyKeys(long obj) {
    return named.ownPropertyKeys(obj);
  }

  /** This model's property keys (key ids, canonical strings). */
  PropertyKeys keys() {
    return layout.keys;
  }

  // ---- dictionary mode

  public boolean isDictionaryMode(long obj) {
    return shapeOf(obj).isDictionary();
  }

  /** Switches an object to dictionary mode (a no-op if it is). May collect. */
  @TruffleBoundary
  public void toDictionaryMode(long obj) {
    try (HandleScope scope = heap.openHandleScope()) {
      dictionaryMode.normalize(scope, scope.add(obj), 0);
    }
  }

  /**
   * Returns a dictionary-mode object to fast mode when that is natural: it has at most {@link
   * #MAX_FAST_PROPERTIES} properties and is not a prototype (prototypes stay in dictionary mode).
   * Returns whether it did. May collect.
   */
  @TruffleBoundary
  public boolean toFastMode(long obj) {
    return dictionaryMode.toFastMode(obj);
  }

  // ---- prototypes

  public long getPrototype(long obj) {
    return prototypes.getPrototype(obj);
  }

  /**
   * Object.setPrototypeOf: false for a non-extensible object or a cycle. A fast-mode object moves
   * to the equivalent shape under the new prototype's root. May collect.
   */
  @TruffleBoundary
  public boolean setPrototype(long obj, long proto) {
    return prototypes.setPrototype(obj, proto);
  }

  // ---- integrity levels

  /** Object.preventExtensions. */
  @TruffleBoundary
  public void preventExtensions(long obj) {
    integrity.setIntegrity(obj, IntegrityLevels.PREVENT_EXTENSIONS);
  }

  /** Object.seal. */
  @TruffleBoundary
  public void seal(long obj) {
    integrity.setIntegrity(obj, IntegrityLevels.SEALED);
  }

  /** Object.freeze. */
  @TruffleBoundary
  public void freeze(long obj) {
    integrity.setIntegrity(obj, IntegrityLevels.FROZEN);
  }

  public boolean isExtensible(long obj) {
    return integrity.isExtensible(obj);
  }

  /** Object.isSealed. */
  @TruffleBoundary
  public boolean isSealed(long obj) {
    return integrity.testIntegrity(obj, false);
  }

  /** Object.isFrozen. */
  @TruffleBoundary
  public boolean isFrozen(long obj) {
    return integrity.testIntegrity(obj, true);
  }

  // ---- elements

  /** The length of an array. */
  public long arrayLength(long array) {
    return elements.arrayLength(array);
  }

  /** {@code obj[index]}: own or inherited element, calling a getter; undefined when absent. */
  @TruffleBoundary
  public long getElement(long obj, long index) {
    return elements.get(obj, index);
  }

  /** {@code obj[index] = value} with [[Set]] semantics; extends array length. May collect. */
  @TruffleBoundary
  public boolean putElement(long obj, long index, long value) {
    return elements.put(obj, index, value);
  }

  /** {@code delete obj[index]}. */
  @TruffleBoundary
  public boolean deleteElement(long obj, long index) {
    return elements.delete(obj, index);
  }

  /** Defines an own element with {@code flags}; non-default flags use dictionary elements. */
  @TruffleBoundary
  public boolean defineElement(long obj, long index, long value, int flags) {
    return elements.define(obj, index, value, flags);
  }

  /**
   * Sets an array's length as JavaScript does: growing only changes the length (the new tail is
   * holes); shrinking deletes the elements past it, stopping (and returning false) above a
   * non-configurable one; a frozen array's length cannot change. Shrinks the store when most of it
   * is unused. May collect.
   */
  @TruffleBoundary
  public boolean setArrayLength(long array, long newLength) {
    return elements.setArrayLength(array, newLength);
  }
}
