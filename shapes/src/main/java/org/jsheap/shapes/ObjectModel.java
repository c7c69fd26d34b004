package org.jsheap.shapes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * JavaScript objects in the gc heap: allocation, the generic (uncached) property operations with
 * JavaScript semantics, elements, dictionary mode, prototypes and integrity levels. The access
 * nodes in {@code org.jsheap.shapes.nodes} cache what this class computes.
 *
 * <p>Object layout (tagged slots after the gc header; no raw bytes):
 *
 * <pre>
 *   slot 0      properties: out-of-object property array | dictionary table | undefined
 *   slot 1      elements: elements store | dictionary table | undefined
 *   slot 2      (arrays only) length, a number
 *   slot r..    in-object properties (r = ObjectKind.reservedSlots(), count = shape capacity)
 * </pre>
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

  static final int PROPERTIES_SLOT = 0;
  static final int ELEMENTS_SLOT = 1;
  static final int LENGTH_SLOT = 2;
  static final int PROPERTY_ARRAY_KIND = 3;
  static final int ELEMENTS_KIND = 4;
  static final int ACCESSOR_PAIR_KIND = 6;

  private static final String LENGTH = "length";

  private final Heap heap;
  private final ClassTable classes;
  private final PropertyKeys keys = new PropertyKeys();
  private final MegamorphicCache megamorphic = new MegamorphicCache();
  private AccessorInvoker accessors = AccessorInvoker.NONE;

  /** Flags of the last element found by {@link #ownElement}. */
  private int foundFlags;

  public ObjectModel(Heap heap) {
    this.heap = heap;
    this.classes = new ClassTable(heap);
  }

  public Heap heap() {
    return heap;
  }

  public ClassTable classTable() {
    return classes;
  }

  public MegamorphicCache megamorphicCache() {
    return megamorphic;
  }

  public void setAccessorInvoker(AccessorInvoker invoker) {
    this.accessors = invoker;
  }

  // ---- addresses and shapes

  static long addr(long ref) {
    if (!ValueCodec.isReference(ref)) {
      throw new IllegalArgumentException("not an object: " + ValueCodec.describe(ref));
    }
    return ValueCodec.asReference(ref);
  }

  /** Whether {@code value} is a reference to a JavaScript object of this model. */
  public boolean isObject(long value) {
    return ValueCodec.isReference(value)
        && classes.shape(heap.classId(ValueCodec.asReference(value))) != null;
  }

  /** The current shape of an object, migrating it first if its shape was deprecated. */
  public Shape shapeOf(long ref) {
    long a = addr(ref);
    Shape s = classes.shape(heap.classId(a));
    if (s == null) {
      throw new IllegalArgumentException("not a JavaScript object: " + ValueCodec.describe(ref));
    }
    if (s.isDeprecated()) {
      s = s.migrationTarget();
      setShape(a, s);
    }
    return s;
  }

  /** Gives the object at {@code a} shape {@code s} (a transition in place). */
  public void setShape(long a, Shape s) {
    classes.touch(s);
    heap.setClassId(a, s.id());
  }

  // ---- allocation

  /** A new ordinary object with {@code proto} (an object or null). May collect. */
  public long newObject(long proto) {
    return newObject(proto, ObjectKind.ORDINARY, DEFAULT_IN_OBJECT_CAPACITY);
  }

  /** A new ordinary object sized by the slack tracking of {@code site}. May collect. */
  public long newObject(AllocationSite site, long proto) {
    int capacity = site.capacityForNextAllocation();
    try (HandleScope scope = heap.openHandleScope()) {
      int hp = scope.add(proto);
      Shape root = rootFor(scope, hp, ObjectKind.ORDINARY, capacity);
      site.recordAllocation(root);
      return allocate(root);
    }
  }

  /**
   * The root shape of the next ordinary object from {@code site} (null: no site) with {@code
   * proto}, for an allocation node to cache once the site's slack tracking is complete; null if
   * {@code proto} is an object not yet in prototype mode (the first {@link
   * #newObject(AllocationSite, long)} with it switches it). Never allocates.
   */
  @TruffleBoundary
  public Shape settledRoot(AllocationSite site, long proto) {
    int capacity = site == null ? DEFAULT_IN_OBJECT_CAPACITY : site.capacity();
    if (proto == ValueCodec.NULL) {
      return classes.nullRoot(ObjectKind.ORDINARY, capacity);
    }
    Shape ps = shapeOf(proto);
    if (!ps.isDictionary()) {
      return null;
    }
    return classes.prototypeRoot(ps, proto, ObjectKind.ORDINARY, capacity);
  }

  /**
   * A new object with the root shape {@code root} through the heap's slow path (may collect): the
   * out-of-line half of an allocation node.
   */
  @TruffleBoundary
  public long newObjectWithRoot(Shape root) {
    return allocate(root);
  }

  /** A new array with length 0 and room for {@code capacity} elements. May collect. */
  public long newArray(long proto, int capacity) {
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(newObject(proto, ObjectKind.ARRAY, 0));
      if (capacity > 0) {
        growElements(scope, ho, capacity);
      }
      return scope.get(ho);
    }
  }

  /**
   * A new object for a literal with {@code propertyCount} properties: a dictionary-mode object when
   * that is more than {@link #MAX_FAST_PROPERTIES}, so a huge literal never builds a long shape
   * chain.
   */
  public long newObjectLiteral(long proto, int propertyCount) {
    if (propertyCount <= MAX_FAST_PROPERTIES) {
      return newObject(proto, ObjectKind.ORDINARY, Math.min(propertyCount, 16));
    }
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(newObject(proto, ObjectKind.ORDINARY, 0));
      normalize(scope, ho, propertyCount);
      return scope.get(ho);
    }
  }

  long newObject(long proto, ObjectKind kind, int capacity) {
    if (proto != ValueCodec.NULL) {
      addr(proto);
    }
    try (HandleScope scope = heap.openHandleScope()) {
      int hp = scope.add(proto);
      return allocate(rootFor(scope, hp, kind, capacity));
    }
  }

  private long allocate(Shape root) {
    classes.touch(root);
    ObjectKind kind = root.kind();
    long a =
        heap.allocate(
            root.id(), kind.heapKind(), kind.reservedSlots() + root.inObjectCapacity(), 0);
    if (kind == ObjectKind.ARRAY) {
      heap.setSlot(a, LENGTH_SLOT, ValueCodec.fromInt(0));
    }
    return ValueCodec.fromReference(a);
  }

  private Shape rootFor(HandleScope scope, int hp, ObjectKind kind, int capacity) {
    if (scope.get(hp) == ValueCodec.NULL) {
      return classes.nullRoot(kind, capacity);
    }
    ensurePrototypeMode(scope, hp);
    long proto = scope.get(hp);
    return classes.prototypeRoot(shapeOf(proto), proto, kind, capacity);
  }

  /**
   * Objects used as prototypes live in dictionary mode with a shape of their own (as V8's prototype
   * maps): the shape then identifies the prototype object, so a cached prototype-chain lookup is
   * guarded by that one shape's assumption, which changes whenever the prototype does.
   */
  private void ensurePrototypeMode(HandleScope scope, int hp) {
    if (!shapeOf(scope.get(hp)).isDictionary()) {
      normalize(scope, hp, 0);
    }
  }

  // ---- slot access by location

  /** Reads a property value at {@code loc} of the object at address {@code a}. */
  public long readLocation(long a, Location loc) {
    return switch (loc.kind()) {
      case IN_OBJECT -> heap.getSlot(a, loc.index());
      case OUT_OF_OBJECT -> heap.getSlot(addr(heap.getSlot(a, PROPERTIES_SLOT)), loc.index());
      case DICTIONARY_ENTRY ->
          Dictionary.value(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), loc.index());
    };
  }

  /** Writes a property value at {@code loc} (through the write barrier). */
  public void writeLocation(long a, Location loc, long value) {
    switch (loc.kind()) {
      case IN_OBJECT -> heap.setSlot(a, loc.index(), value);
      case OUT_OF_OBJECT ->
          heap.setSlot(addr(heap.getSlot(a, PROPERTIES_SLOT)), loc.index(), value);
      case DICTIONARY_ENTRY -> writeDictionaryValue(a, loc.index(), value);
    }
  }

  /** Reads the value of dictionary entry {@code e} of the dictionary-mode object at {@code a}. */
  public long readDictionaryValue(long a, int e) {
    return Dictionary.value(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), e);
  }

  /**
   * Writes the value of dictionary entry {@code e} (through the write barrier), first telling the
   * object's shape, which invalidates a cached read that took the value as a constant.
   */
  public void writeDictionaryValue(long a, int e, long value) {
    writeDictionaryValue(a, classes.shape(heap.classId(a)), e, value);
  }

  /** {@link #writeDictionaryValue(long, int, long)} where the caller knows the shape. */
  public void writeDictionaryValue(long a, Shape s, int e, long value) {
    s.dictionaryValueWritten(e);
    Dictionary.setValue(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), e, value);
  }

  /**
   * Reads the value a {@link MegamorphicCache} read descriptor points at in the object at {@code
   * a}: a switch on two bits, no {@link Location} object.
   */
  public long readCached(long a, int read) {
    int index = read >>> 2;
    return switch (read & 3) {
      case MegamorphicCache.IN_OBJECT -> heap.getSlot(a, index);
      case MegamorphicCache.OUT_OF_OBJECT ->
          heap.getSlot(addr(heap.getSlot(a, PROPERTIES_SLOT)), index);
      default -> Dictionary.value(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), index);
    };
  }

  /** The address of an object reference (throws for non-references). */
  public static long address(long ref) {
    return addr(ref);
  }

  /** The raw length slot of the array at {@code a}. */
  public long lengthValue(long a) {
    return heap.getSlot(a, LENGTH_SLOT);
  }

  /** The elements store slot of the object at {@code a}: a reference or undefined. */
  public long elementsStore(long a) {
    return heap.getSlot(a, ELEMENTS_SLOT);
  }

  /**
   * The megamorphic get's miss path (a hit is {@link MegamorphicCache#probe} and {@link
   * #readCached}, compiled inline by the node): fills the engine-wide cache's entry for the
   * object's current shape and {@code key} (an own data property, fast or dictionary), then reads;
   * everything else takes the generic path.
   */
  @TruffleBoundary
  public long getMegamorphic(long obj, String key) {
    Shape s = shapeOf(obj);
    long a = addr(obj);
    if (s.kind() == ObjectKind.ARRAY && key == LENGTH) {
      return get(obj, key);
    }
    if (!s.isDictionary()) {
      Property p = megamorphic.lookup(s, key);
      if (p != MegamorphicCache.ABSENT && !p.isAccessor()) {
        return readLocation(a, p.location());
      }
    } else {
      int e = dictionaryEntry(a, key);
      int flags = e < 0 ? 0 : dictionaryFlags(a, e);
      if (e >= 0 && (flags & Property.ACCESSOR) == 0) {
        megamorphic.recordDictionaryEntry(s, key, e, (flags & Property.WRITABLE) != 0);
        return readDictionaryValue(a, e);
      }
    }
    return get(obj, key);
  }

  /**
   * Writes {@code value} where a {@link MegamorphicCache#probeWrite} descriptor points in the
   * object at {@code a} (through the write barrier; a dictionary entry tells its shape first).
   */
  public void writeCached(long a, int write, long value) {
    int index = write >>> 2;
    switch (write & 3) {
      case MegamorphicCache.IN_OBJECT -> heap.setSlot(a, index, value);
      case MegamorphicCache.OUT_OF_OBJECT ->
          heap.setSlot(addr(heap.getSlot(a, PROPERTIES_SLOT)), index, value);
      default -> writeDictionaryValue(a, index, value);
    }
  }

  /** Capacity of the out-of-object property array of the object at {@code a}. */
  public int propertyArrayCapacity(long a) {
    long p = heap.getSlot(a, PROPERTIES_SLOT);
    return p == ValueCodec.UNDEFINED ? 0 : heap.taggedSlotCount(addr(p));
  }

  /** The dictionary entry of own property {@code key} of a dictionary-mode object, or -1. */
  public int dictionaryEntry(long a, String key) {
    int id = keys.idIfPresent(key);
    if (id < 0) {
      return -1;
    }
    return Dictionary.find(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), Dictionary.stringKey(id));
  }

  /** Flags of dictionary entry {@code e} of the object at {@code a}. */
  public int dictionaryFlags(long a, int e) {
    return Dictionary.flags(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), e);
  }

  // ---- own property lookup (slow path)

  /** An own property found by {@link #findOwn}: where it is and its flags. */
  record Own(Location location, int flags) {}

  private static final Own ARRAY_LENGTH = new Own(null, Property.WRITABLE);

  private Own findOwn(long a, Shape s, String key) {
    if (s.kind() == ObjectKind.ARRAY && key == LENGTH) {
      return s.elementsFrozen() ? new Own(null, 0) : ARRAY_LENGTH;
    }
    if (!s.isDictionary()) {
      Property p = megamorphic.lookup(s, key);
      return p == MegamorphicCache.ABSENT ? null : new Own(p.location(), p.flags());
    }
    int e = dictionaryEntry(a, key);
    return e < 0 ? null : new Own(Location.dictionaryEntry(e), dictionaryFlags(a, e));
  }

  private long readOwn(long a, Own own) {
    return own.location() == null ? heap.getSlot(a, LENGTH_SLOT) : readLocation(a, own.location());
  }

  // ---- [[Get]], [[Set]], [[HasProperty]], [[Delete]], [[DefineOwnProperty]]

  /** {@code obj[key]}: own or inherited value, calling a getter; undefined when absent. */
  @TruffleBoundary
  public long get(long obj, String key) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return getElement(obj, index);
    }
    key = PropertyKeys.intern(key);
    long cur = obj;
    while (true) {
      long a = addr(cur);
      Shape s = shapeOf(cur);
      Own own = findOwn(a, s, key);
      if (own != null) {
        long v = readOwn(a, own);
        return (own.flags() & Property.ACCESSOR) != 0 ? callGetter(v, obj) : v;
      }
      cur = s.prototype();
      if (cur == ValueCodec.NULL) {
        return ValueCodec.UNDEFINED;
      }
    }
  }

  /** Calls the getter of accessor pair {@code pair} (undefined if it has none). */
  public long callGetterOf(long pair, long receiver) {
    return callGetter(pair, receiver);
  }

  /** Calls the setter of accessor pair {@code pair}; false if it has none. */
  public boolean callSetterOf(long pair, long receiver, long value) {
    return callSetter(pair, receiver, value);
  }

  private long callGetter(long pair, long receiver) {
    long getter = heap.getSlot(addr(pair), 0);
    return getter == ValueCodec.UNDEFINED
        ? ValueCodec.UNDEFINED
        : accessors.callGetter(getter, receiver);
  }

  private boolean callSetter(long pair, long receiver, long value) {
    long setter = heap.getSlot(addr(pair), 1);
    if (setter == ValueCodec.UNDEFINED) {
      return false;
    }
    accessors.callSetter(setter, receiver, value);
    return true;
  }

  /**
   * {@code obj[key] = value} with JavaScript [[Set]] semantics: writes an own writable property,
   * calls an own or inherited setter, fails on a read-only (own or inherited) property or a
   * non-extensible object, else adds an own property. Returns false where strict code throws. May
   * collect.
   */
  @TruffleBoundary
  public boolean put(long obj, String key, long value) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return putElement(obj, index, value);
    }
    key = PropertyKeys.intern(key);
    long a = addr(obj);
    Shape s = shapeOf(obj);
    Own own = findOwn(a, s, key);
    if (own != null) {
      if ((own.flags() & Property.ACCESSOR) != 0) {
        return callSetter(readOwn(a, own), obj, value);
      }
      if ((own.flags() & Property.WRITABLE) == 0) {
        return false;
      }
      if (own.location() == null) {
        return setArrayLength(obj, toArrayLength(value));
      }
      writeOwnData(a, s, key, own.location(), value);
      return true;
    }
    for (long cur = s.prototype(); cur != ValueCodec.NULL; ) {
      long pa = addr(cur);
      Shape ps = shapeOf(cur);
      Own inherited = findOwn(pa, ps, key);
      if (inherited != null) {
        if ((inherited.flags() & Property.ACCESSOR) != 0) {
          return callSetter(readOwn(pa, inherited), obj, value);
        }
        if ((inherited.flags() & Property.WRITABLE) == 0) {
          return false;
        }
        break;
      }
      cur = ps.prototype();
    }
    if (!s.isExtensible()) {
      return false;
    }
    try (HandleScope scope = heap.openHandleScope()) {
      addOwn(scope, scope.add(obj), key, scope.add(value), Property.DEFAULT);
    }
    return true;
  }

  private static long toArrayLength(long value) {
    double d = ValueCodec.isNumber(value) ? ValueCodec.asNumber(value) : Double.NaN;
    if (!(d >= 0 && d <= 0xFFFF_FFFFL && d == Math.floor(d))) {
      throw new IllegalArgumentException("invalid array length " + ValueCodec.describe(value));
    }
    return (long) d;
  }

  private void writeOwnData(long a, Shape s, String key, Location loc, long value) {
    if (!s.isDictionary()) {
      Property p = s.property(key);
      if (!p.representation().fits(value)) {
        setShape(a, s.generalize(key, Representation.forValue(value)));
      }
    }
    writeLocation(a, loc, value);
  }

  /** Adds an own property known to be absent. May collect. */
  private void addOwn(HandleScope scope, int ho, String key, int hv, int flags) {
    Shape s = shapeOf(scope.get(ho));
    if (!s.isDictionary() && s.propertyCount() >= MAX_FAST_PROPERTIES) {
      normalize(scope, ho, s.propertyCount() + 1);
      s = shapeOf(scope.get(ho));
    }
    if (s.isDictionary()) {
      ensureDictionaryRoom(scope, ho);
      long a = addr(scope.get(ho));
      Dictionary.insert(
          heap,
          addr(heap.getSlot(a, PROPERTIES_SLOT)),
          Dictionary.stringKey(keys.idOf(key)),
          scope.get(hv),
          flags);
      s.structureChanged();
      return;
    }
    Shape next = s.addProperty(key, flags, Representation.forValue(scope.get(hv)));
    Location loc = next.property(key).location();
    if (!loc.isInObject()) {
      ensurePropertyArray(scope, ho, loc.index() + 1);
    }
    long a = addr(scope.get(ho));
    setShape(a, next);
    writeLocation(a, loc, scope.get(hv));
  }

  private void ensurePropertyArray(HandleScope scope, int ho, int needed) {
    int capacity = propertyArrayCapacity(addr(scope.get(ho)));
    if (needed <= capacity) {
      return;
    }
    int newCapacity = Math.max(needed, capacity + Math.max(4, capacity / 2));
    long n = heap.allocate(ClassTable.PROPERTY_ARRAY_CLASS, PROPERTY_ARRAY_KIND, newCapacity, 0);
    long a = addr(scope.get(ho));
    if (capacity > 0) {
      long old = addr(heap.getSlot(a, PROPERTIES_SLOT));
      for (int i = 0; i < capacity; i++) {
        heap.setSlot(n, i, heap.getSlot(old, i));
      }
    }
    heap.setSlot(a, PROPERTIES_SLOT, ValueCodec.fromReference(n));
  }

  private void ensureDictionaryRoom(HandleScope scope, int ho) {
    long t = addr(heap.getSlot(addr(scope.get(ho)), PROPERTIES_SLOT));
    if (Dictionary.hasRoom(heap, t)) {
      return;
    }
    int capacity = Dictionary.capacityFor(Dictionary.count(heap, t) * 2 + 1);
    long n = Dictionary.allocate(heap, capacity);
    long a = addr(scope.get(ho));
    Dictionary.copyInto(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), n);
    heap.setSlot(a, PROPERTIES_SLOT, ValueCodec.fromReference(n));
  }

  /** {@code key in obj}: own or inherited. */
  @TruffleBoundary
  public boolean has(long obj, String key) {
    for (long cur = obj; cur != ValueCodec.NULL; cur = shapeOf(cur).prototype()) {
      if (hasOwn(cur, key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code obj} has an own property {@code key}. */
  @TruffleBoundary
  public boolean hasOwn(long obj, String key) {
    long index = PropertyKeys.arrayIndex(key);
    long a = addr(obj);
    Shape s = shapeOf(obj);
    if (index >= 0) {
      return ownElement(a, s, index) != ValueCodec.HOLE;
    }
    return findOwn(a, s, PropertyKeys.intern(key)) != null;
  }

  /**
   * {@code delete obj[key]}: false for a non-configurable property. Deleting the last-added
   * property goes back to the parent shape; deleting any other switches to dictionary mode. May
   * collect.
   */
  @TruffleBoundary
  public boolean delete(long obj, String key) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return deleteElement(obj, index);
    }
    key = PropertyKeys.intern(key);
    long a = addr(obj);
    Shape s = shapeOf(obj);
    Own own = findOwn(a, s, key);
    if (own == null) {
      return true;
    }
    if ((own.flags() & Property.CONFIGURABLE) == 0) {
      return false;
    }
    if (!s.isDictionary()) {
      Shape parent = s.parentIfLastAdded(key);
      if (parent != null) {
        writeLocation(a, own.location(), ValueCodec.UNDEFINED);
        setShape(a, parent);
        return true;
      }
      try (HandleScope scope = heap.openHandleScope()) {
        int ho = scope.add(obj);
        normalize(scope, ho, s.propertyCount());
        obj = scope.get(ho);
      }
      a = addr(obj);
      s = shapeOf(obj);
    }
    int e = dictionaryEntry(a, key);
    Dictionary.remove(heap, addr(heap.getSlot(a, PROPERTIES_SLOT)), e);
    s.structureChanged();
    return true;
  }

  /**
   * Defines (or redefines) an own data property with {@code flags} (Object.defineProperty with a
   * complete descriptor). Returns false where the redefinition is not allowed: a non-extensible
   * object, or a non-configurable property whose kind, enumerability or configurability would
   * change, or whose non-writable value would change. May collect.
   */
  @TruffleBoundary
  public boolean define(long obj, String key, long value, int flags) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return defineElement(obj, index, value, flags);
    }
    key = PropertyKeys.intern(key);
    long a = addr(obj);
    Shape s = shapeOf(obj);
    Own own = findOwn(a, s, key);
    if (own == null) {
      if (!s.isExtensible()) {
        return false;
      }
      try (HandleScope scope = heap.openHandleScope()) {
        addOwn(scope, scope.add(obj), key, scope.add(value), flags);
      }
      return true;
    }
    if (!redefinitionAllowed(own.flags(), readOwn(a, own), flags, value)) {
      return false;
    }
    if (own.location() == null) {
      return (flags & Property.ACCESSOR) == 0 && setArrayLength(obj, toArrayLength(value));
    }
    if (!s.isDictionary()) {
      Shape next = s.changeFlags(key, flags);
      if (next != s) {
        setShape(a, next);
      }
      writeOwnData(a, next, key, own.location(), value);
    } else {
      long t = addr(heap.getSlot(a, PROPERTIES_SLOT));
      int e = own.location().index();
      if (Dictionary.flags(heap, t, e) != flags) {
        Dictionary.setFlags(heap, t, e, flags);
        s.structureChanged();
      }
      s.dictionaryValueWritten(e);
      Dictionary.setValue(heap, t, e, value);
    }
    return true;
  }

  private static boolean redefinitionAllowed(int have, long current, int want, long value) {
    if ((have & Property.CONFIGURABLE) != 0) {
      return true;
    }
    int fixed = Property.CONFIGURABLE | Property.ENUMERABLE | Property.ACCESSOR;
    if ((have & fixed) != (want & fixed)) {
      return false;
    }
    if ((have & Property.ACCESSOR) != 0) {
      return current == value;
    }
    if ((have & Property.WRITABLE) == 0) {
      return (want & Property.WRITABLE) == 0 && sameValue(current, value);
    }
    return true;
  }

  /** ECMAScript SameValue on tagged values. */
  public static boolean sameValue(long x, long y) {
    if (ValueCodec.isNumber(x) && ValueCodec.isNumber(y)) {
      double dx = ValueCodec.asNumber(x);
      double dy = ValueCodec.asNumber(y);
      return Double.doubleToLongBits(dx) == Double.doubleToLongBits(dy);
    }
    return x == y;
  }

  /**
   * Defines an accessor property whose getter and setter (functions, or undefined) the {@link
   * AccessorInvoker} calls. May collect.
   */
  @TruffleBoundary
  public boolean defineAccessor(long obj, String key, long getter, long setter, int flags) {
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(obj);
      int hg = scope.add(getter);
      int hs = scope.add(setter);
      long pair = heap.allocate(ClassTable.ACCESSOR_PAIR_CLASS, ACCESSOR_PAIR_KIND, 2, 0);
      heap.setSlot(pair, 0, scope.get(hg));
      heap.setSlot(pair, 1, scope.get(hs));
      return define(scope.get(ho), key, ValueCodec.fromReference(pair), flags | Property.ACCESSOR);
    }
  }

  /** The own property {@code key} of {@code obj}, or null. */
  @TruffleBoundary
  public PropertyDescriptor getOwnProperty(long obj, String key) {
    long a = addr(obj);
    Shape s = shapeOf(obj);
    long index = PropertyKeys.arrayIndex(key);
    long v;
    int flags;
    if (index >= 0) {
      v = ownElement(a, s, index);
      if (v == ValueCodec.HOLE) {
        return null;
      }
      flags = foundFlags;
    } else {
      Own own = findOwn(a, s, PropertyKeys.intern(key));
      if (own == null) {
        return null;
      }
      v = readOwn(a, own);
      flags = own.flags();
    }
    if ((flags & Property.ACCESSOR) != 0) {
      long pair = addr(v);
      return new PropertyDescriptor(
          ValueCodec.UNDEFINED, heap.getSlot(pair, 0), heap.getSlot(pair, 1), flags);
    }
    return new PropertyDescriptor(v, ValueCodec.UNDEFINED, ValueCodec.UNDEFINED, flags);
  }

  /**
   * Own property keys in JavaScript order: array indices ascending, then ({@code length} for arrays
   * and) string keys in insertion order.
   */
  @TruffleBoundary
  public List<String> ownKeys(long obj) {
    long a = addr(obj);
    Shape s = shapeOf(obj);
    List<String> out = new ArrayList<>();
    long store = heap.getSlot(a, ELEMENTS_SLOT);
    if (store != ValueCodec.UNDEFINED) {
      long st = addr(store);
      if (s.elementsKind().isDictionary()) {
        int[] entries = Dictionary.entriesInOrder(heap, st);
        long[] indices = new long[entries.length];
        for (int i = 0; i < entries.length; i++) {
          indices[i] = (long) ValueCodec.asNumber(Dictionary.key(heap, st, entries[i]));
        }
        Arrays.sort(indices);
        for (long i : indices) {
          out.add(Long.toString(i));
        }
      } else {
        long limit = heap.taggedSlotCount(st);
        if (s.kind() == ObjectKind.ARRAY) {
          limit = Math.min(limit, arrayLength(obj));
        }
        for (int i = 0; i < limit; i++) {
          if (heap.getSlot(st, i) != ValueCodec.HOLE) {
            out.add(Integer.toString(i));
          }
        }
      }
    }
    if (s.kind() == ObjectKind.ARRAY) {
      out.add(LENGTH);
    }
    if (s.isDictionary()) {
      long t = addr(heap.getSlot(a, PROPERTIES_SLOT));
      for (int e : Dictionary.entriesInOrder(heap, t)) {
        out.add(keys.keyOf(ValueCodec.immediatePayload(Dictionary.key(heap, t, e))));
      }
    } else {
      for (int i = 0; i < s.propertyCount(); i++) {
        out.add(s.propertyAt(i).key());
      }
    }
    return out;
  }

  // ---- dictionary mode

  public boolean isDictionaryMode(long obj) {
    return shapeOf(obj).isDictionary();
  }

  /**
   * Switches the object at handle {@code ho} to dictionary mode: its named properties move to a
   * heap hash table and it gets a shape of its own. May collect.
   */
  private void normalize(HandleScope scope, int ho, int expected) {
    Shape s = shapeOf(scope.get(ho));
    if (s.isDictionary()) {
      return;
    }
    int n = s.propertyCount();
    long t = Dictionary.allocate(heap, Dictionary.capacityFor(Math.max(n, expected)));
    long a = addr(scope.get(ho));
    for (int i = 0; i < n; i++) {
      Property p = s.propertyAt(i);
      long key = Dictionary.stringKey(keys.idOf(p.key()));
      Dictionary.insert(heap, t, key, readLocation(a, p.location()), p.flags());
    }
    int first = s.kind().reservedSlots();
    for (int i = 0; i < s.inObjectCapacity(); i++) {
      heap.setSlot(a, first + i, ValueCodec.UNDEFINED);
    }
    heap.setSlot(a, PROPERTIES_SLOT, ValueCodec.fromReference(t));
    setShape(a, Shape.newDictionary(s));
  }

  /** Switches an object to dictionary mode (a no-op if it is). May collect. */
  @TruffleBoundary
  public void toDictionaryMode(long obj) {
    try (HandleScope scope = heap.openHandleScope()) {
      normalize(scope, scope.add(obj), 0);
    }
  }

  /**
   * Returns a dictionary-mode object to fast mode when that is natural: it has at most {@link
   * #MAX_FAST_PROPERTIES} properties and is not a prototype (prototypes stay in dictionary mode,
   * see {@link #ensurePrototypeMode}). Returns whether it did. May collect.
   */
  @TruffleBoundary
  public boolean toFastMode(long obj) {
    Shape s = shapeOf(obj);
    if (!s.isDictionary() || s.prototypeInfo != null) {
      return false;
    }
    long t = addr(heap.getSlot(addr(obj), PROPERTIES_SLOT));
    int[] entries = Dictionary.entriesInOrder(heap, t);
    if (entries.length > MAX_FAST_PROPERTIES) {
      return false;
    }
    long proto = s.prototype();
    Shape f =
        proto == ValueCodec.NULL
            ? classes.nullRoot(s.kind(), s.inObjectCapacity())
            : classes.prototypeRoot(shapeOf(proto), proto, s.kind(), s.inObjectCapacity());
    for (int e : entries) {
      String key = keys.keyOf(ValueCodec.immediatePayload(Dictionary.key(heap, t, e)));
      Representation rep = Representation.forValue(Dictionary.value(heap, t, e));
      f = f.addProperty(key, Dictionary.flags(heap, t, e), rep);
    }
    f = f.withElementsKind(s.elementsKind());
    if (!s.isExtensible()) {
      f = f.withIntegrity(s.elementsFrozen() ? 2 : s.elementsSealed() ? 1 : 0);
    }
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(obj);
      long array = ValueCodec.UNDEFINED;
      if (f.outOfObjectCount() > 0) {
        array =
            ValueCodec.fromReference(
                heap.allocate(
                    ClassTable.PROPERTY_ARRAY_CLASS, PROPERTY_ARRAY_KIND, f.outOfObjectCount(), 0));
      }
      long a = addr(scope.get(ho));
      t = addr(heap.getSlot(a, PROPERTIES_SLOT));
      heap.setSlot(a, PROPERTIES_SLOT, array);
      for (int i = 0; i < entries.length; i++) {
        writeLocation(a, f.propertyAt(i).location(), Dictionary.value(heap, t, entries[i]));
      }
      s.structureChanged();
      setShape(a, f);
    }
    return true;
  }

  // ---- prototypes

  public long getPrototype(long obj) {
    return shapeOf(obj).prototype();
  }

  /**
   * Object.setPrototypeOf: false for a non-extensible object or a cycle. A fast-mode object moves
   * to the equivalent shape under the new prototype's root. May collect.
   */
  @TruffleBoundary
  public boolean setPrototype(long obj, long proto) {
    Shape s = shapeOf(obj);
    if (sameValue(s.prototype(), proto)) {
      return true;
    }
    if (!s.isExtensible()) {
      return false;
    }
    for (long p = proto; p != ValueCodec.NULL; p = shapeOf(p).prototype()) {
      if (p == obj) {
        return false;
      }
    }
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(obj);
      int hp = scope.add(proto);
      if (s.isDictionary()) {
        PrototypeHolder holder = PrototypeHolder.NULL;
        if (proto != ValueCodec.NULL) {
          ensurePrototypeMode(scope, hp);
          holder = prototypeHolder(scope.get(hp));
        }
        shapeOf(scope.get(ho)).setPrototypeInPlace(holder);
      } else {
        Shape root = rootFor(scope, hp, s.kind(), s.inObjectCapacity());
        setShape(addr(scope.get(ho)), shapeOf(scope.get(ho)).rebaseOnto(root));
      }
    }
    return true;
  }

  private PrototypeHolder prototypeHolder(long proto) {
    Shape ps = shapeOf(proto);
    if (ps.prototypeInfo == null) {
      ps.prototypeInfo = new PrototypeInfo();
    }
    return classes.holderFor(ps.prototypeInfo, proto);
  }

  // ---- integrity levels

  /** Object.preventExtensions. */
  public void preventExtensions(long obj) {
    setIntegrity(obj, 0);
  }

  /** Object.seal. */
  public void seal(long obj) {
    setIntegrity(obj, 1);
  }

  /** Object.freeze. */
  public void freeze(long obj) {
    setIntegrity(obj, 2);
  }

  @TruffleBoundary
  private void setIntegrity(long obj, int level) {
    long a = addr(obj);
    Shape s = shapeOf(obj);
    if (s.elementsKind().isDictionary() && level > 0) {
      long store = heap.getSlot(a, ELEMENTS_SLOT);
      if (store != ValueCodec.UNDEFINED) {
        restrictEntries(addr(store), level);
      }
    }
    if (s.isDictionary()) {
      if (level > 0) {
        restrictEntries(addr(heap.getSlot(a, PROPERTIES_SLOT)), level);
      }
      int f = s.flags() & ~Shape.EXTENSIBLE;
      f |= level >= 1 ? Shape.ELEMENTS_SEALED : 0;
      f |= level >= 2 ? Shape.ELEMENTS_FROZEN : 0;
      s.setFlagsInPlace(f);
    } else {
      setShape(a, s.withIntegrity(level));
    }
  }

  private void restrictEntries(long t, int level) {
    int cap = Dictionary.capacity(heap, t);
    for (int e = 0; e < cap; e++) {
      if (Dictionary.isLive(Dictionary.key(heap, t, e))) {
        int f = Dictionary.flags(heap, t, e) & ~Property.CONFIGURABLE;
        if (level >= 2 && (f & Property.ACCESSOR) == 0) {
          f &= ~Property.WRITABLE;
        }
        Dictionary.setFlags(heap, t, e, f);
      }
    }
  }

  public boolean isExtensible(long obj) {
    return shapeOf(obj).isExtensible();
  }

  /** Object.isSealed. */
  public boolean isSealed(long obj) {
    return testIntegrity(obj, false);
  }

  /** Object.isFrozen. */
  public boolean isFrozen(long obj) {
    return testIntegrity(obj, true);
  }

  @TruffleBoundary
  private boolean testIntegrity(long obj, boolean frozen) {
    if (isExtensible(obj)) {
      return false;
    }
    for (String key : ownKeys(obj)) {
      PropertyDescriptor d = getOwnProperty(obj, key);
      if (d.isConfigurable() || (frozen && !d.isAccessor() && d.isWritable())) {
        return false;
      }
    }
    return true;
  }

  // ---- elements

  private static int elementFlags(Shape s) {
    if (s.elementsFrozen()) {
      return Property.ENUMERABLE;
    }
    return s.elementsSealed() ? Property.WRITABLE | Property.ENUMERABLE : Property.DEFAULT;
  }

  /** The length of an array. */
  public long arrayLength(long array) {
    return (long) ValueCodec.asNumber(heap.getSlot(addr(array), LENGTH_SLOT));
  }

  private long lengthOf(long a) {
    return (long) ValueCodec.asNumber(heap.getSlot(a, LENGTH_SLOT));
  }

  private void setLengthSlot(long a, long length) {
    heap.setSlot(a, LENGTH_SLOT, ValueCodec.fromNumber((double) length));
  }

  /** Capacity of the (non-dictionary) elements store of the object at {@code a}. */
  public int elementsCapacity(long a) {
    long store = heap.getSlot(a, ELEMENTS_SLOT);
    return store == ValueCodec.UNDEFINED ? 0 : heap.taggedSlotCount(addr(store));
  }

  /** The own element {@code index} or HOLE; sets {@link #foundFlags}. */
  private long ownElement(long a, Shape s, long index) {
    if (s.kind() == ObjectKind.ARRAY && index >= lengthOf(a)) {
      return ValueCodec.HOLE;
    }
    long store = heap.getSlot(a, ELEMENTS_SLOT);
    if (store == ValueCodec.UNDEFINED) {
      return ValueCodec.HOLE;
    }
    long st = addr(store);
    if (s.elementsKind().isDictionary()) {
      int e = Dictionary.find(heap, st, Dictionary.indexKey(index));
      if (e < 0) {
        return ValueCodec.HOLE;
      }
      foundFlags = Dictionary.flags(heap, st, e);
      return Dictionary.value(heap, st, e);
    }
    if (index >= heap.taggedSlotCount(st)) {
      return ValueCodec.HOLE;
    }
    foundFlags = elementFlags(s);
    return heap.getSlot(st, (int) index);
  }

  /** {@code obj[index]}: own or inherited element, calling a getter; undefined when absent. */
  @TruffleBoundary
  public long getElement(long obj, long index) {
    long cur = obj;
    while (true) {
      long a = addr(cur);
      Shape s = shapeOf(cur);
      long v = ownElement(a, s, index);
      if (v != ValueCodec.HOLE) {
        return (foundFlags & Property.ACCESSOR) != 0 ? callGetter(v, obj) : v;
      }
      cur = s.prototype();
      if (cur == ValueCodec.NULL) {
        return ValueCodec.UNDEFINED;
      }
    }
  }

  /** {@code obj[index] = value} with [[Set]] semantics; extends array length. May collect. */
  @TruffleBoundary
  public boolean putElement(long obj, long index, long value) {
    checkIndex(index);
    long a = addr(obj);
    Shape s = shapeOf(obj);
    long cur = ownElement(a, s, index);
    if (cur != ValueCodec.HOLE) {
      if ((foundFlags & Property.ACCESSOR) != 0) {
        return callSetter(cur, obj, value);
      }
      if ((foundFlags & Property.WRITABLE) == 0) {
        return false;
      }
      writeOwnElement(a, s, index, value);
      return true;
    }
    for (long p = s.prototype(); p != ValueCodec.NULL; ) {
      long pa = addr(p);
      Shape ps = shapeOf(p);
      long inherited = ownElement(pa, ps, index);
      if (inherited != ValueCodec.HOLE) {
        if ((foundFlags & Property.ACCESSOR) != 0) {
          return callSetter(inherited, obj, value);
        }
        if ((foundFlags & Property.WRITABLE) == 0) {
          return false;
        }
        break;
      }
      p = ps.prototype();
    }
    if (!s.isExtensible()) {
      return false;
    }
    try (HandleScope scope = heap.openHandleScope()) {
      addElement(scope, scope.add(obj), index, scope.add(value), Property.DEFAULT);
    }
    return true;
  }

  private static void checkIndex(long index) {
    if (index < 0 || index > PropertyKeys.MAX_ARRAY_INDEX) {
      throw new IllegalArgumentException("not an array index: " + index);
    }
  }

  private void writeOwnElement(long a, Shape s, long index, long value) {
    long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
    ElementsKind ek = s.elementsKind();
    if (ek.isDictionary()) {
      Dictionary.setValue(heap, st, Dictionary.find(heap, st, Dictionary.indexKey(index)), value);
      return;
    }
    if (!ek.fits(value)) {
      changeElementsKind(a, s, ek.withValue(value));
    }
    heap.setSlot(st, (int) index, value);
  }

  private void changeElementsKind(long a, Shape s, ElementsKind ek) {
    if (s.isDictionary()) {
      s.setElementsKindInPlace(ek);
    } else {
      setShape(a, s.withElementsKind(ek));
    }
  }

  /** Adds an absent element. May collect. */
  private void addElement(HandleScope scope, int ho, long index, int hv, int flags) {
    Shape s = shapeOf(scope.get(ho));
    ElementsKind ek = s.elementsKind();
    boolean isArray = s.kind() == ObjectKind.ARRAY;
    if (!ek.isDictionary()) {
      int capacity = elementsCapacity(addr(scope.get(ho)));
      if (flags != Property.DEFAULT || index - capacity > MAX_ELEMENT_GAP) {
        normalizeElements(scope, ho);
      } else {
        if (index >= capacity) {
          growElements(scope, ho, (int) Math.max(index + 1, capacity + capacity / 2 + 16));
        }
        long a = addr(scope.get(ho));
        s = shapeOf(scope.get(ho));
        long value = scope.get(hv);
        ElementsKind next = ek.withValue(value);
        if (!isArray || index > lengthOf(a)) {
          next = next.toHoley();
        }
        if (next != ek) {
          changeElementsKind(a, s, next);
        }
        heap.setSlot(addr(heap.getSlot(a, ELEMENTS_SLOT)), (int) index, value);
        if (isArray && index >= lengthOf(a)) {
          setLengthSlot(a, index + 1);
        }
        return;
      }
    }
    ensureElementDictionaryRoom(scope, ho);
    long a = addr(scope.get(ho));
    long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
    Dictionary.insert(heap, st, Dictionary.indexKey(index), scope.get(hv), flags);
    if (isArray && index >= lengthOf(a)) {
      setLengthSlot(a, index + 1);
    }
  }

  private void growElements(HandleScope scope, int ho, int capacity) {
    long n = heap.allocate(ClassTable.ELEMENTS_CLASS, ELEMENTS_KIND, capacity, 0);
    long a = addr(scope.get(ho));
    int old = elementsCapacity(a);
    int copy = Math.min(old, capacity);
    if (copy > 0) {
      long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
      for (int i = 0; i < copy; i++) {
        heap.setSlot(n, i, heap.getSlot(st, i));
      }
    }
    for (int i = copy; i < capacity; i++) {
      heap.setSlot(n, i, ValueCodec.HOLE);
    }
    heap.setSlot(a, ELEMENTS_SLOT, ValueCodec.fromReference(n));
  }

  private void normalizeElements(HandleScope scope, int ho) {
    long a = addr(scope.get(ho));
    Shape s = shapeOf(scope.get(ho));
    if (s.elementsKind().isDictionary()) {
      return;
    }
    int capacity = elementsCapacity(a);
    int count = 0;
    long limit = s.kind() == ObjectKind.ARRAY ? Math.min(capacity, lengthOf(a)) : capacity;
    if (capacity > 0) {
      long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
      for (int i = 0; i < limit; i++) {
        count += heap.getSlot(st, i) != ValueCodec.HOLE ? 1 : 0;
      }
    }
    long t = Dictionary.allocate(heap, Dictionary.capacityFor(count + 1));
    a = addr(scope.get(ho));
    int flags = elementFlags(s);
    if (capacity > 0) {
      long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
      for (int i = 0; i < limit; i++) {
        long v = heap.getSlot(st, i);
        if (v != ValueCodec.HOLE) {
          Dictionary.insert(heap, t, Dictionary.indexKey(i), v, flags);
        }
      }
    }
    heap.setSlot(a, ELEMENTS_SLOT, ValueCodec.fromReference(t));
    changeElementsKind(a, shapeOf(scope.get(ho)), ElementsKind.DICTIONARY);
  }

  private void ensureElementDictionaryRoom(HandleScope scope, int ho) {
    long t = addr(heap.getSlot(addr(scope.get(ho)), ELEMENTS_SLOT));
    if (Dictionary.hasRoom(heap, t)) {
      return;
    }
    long n = Dictionary.allocate(heap, Dictionary.capacityFor(Dictionary.count(heap, t) * 2 + 1));
    long a = addr(scope.get(ho));
    Dictionary.copyInto(heap, addr(heap.getSlot(a, ELEMENTS_SLOT)), n);
    heap.setSlot(a, ELEMENTS_SLOT, ValueCodec.fromReference(n));
  }

  /** {@code delete obj[index]}. */
  @TruffleBoundary
  public boolean deleteElement(long obj, long index) {
    long a = addr(obj);
    Shape s = shapeOf(obj);
    if (ownElement(a, s, index) == ValueCodec.HOLE) {
      return true;
    }
    if ((foundFlags & Property.CONFIGURABLE) == 0) {
      return false;
    }
    long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
    if (s.elementsKind().isDictionary()) {
      Dictionary.remove(heap, st, Dictionary.find(heap, st, Dictionary.indexKey(index)));
    } else {
      heap.setSlot(st, (int) index, ValueCodec.HOLE);
      changeElementsKind(a, s, s.elementsKind().toHoley());
    }
    return true;
  }

  /** Defines an own element with {@code flags}; non-default flags use dictionary elements. */
  @TruffleBoundary
  public boolean defineElement(long obj, long index, long value, int flags) {
    checkIndex(index);
    long a = addr(obj);
    Shape s = shapeOf(obj);
    long cur = ownElement(a, s, index);
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(obj);
      int hv = scope.add(value);
      if (cur == ValueCodec.HOLE) {
        if (!s.isExtensible()) {
          return false;
        }
        addElement(scope, ho, index, hv, flags);
        return true;
      }
      if (!redefinitionAllowed(foundFlags, cur, flags, value)) {
        return false;
      }
      if (!s.elementsKind().isDictionary() && flags == elementFlags(s)) {
        writeOwnElement(a, s, index, value);
        return true;
      }
      normalizeElements(scope, ho);
      a = addr(scope.get(ho));
      long st = addr(heap.getSlot(a, ELEMENTS_SLOT));
      int e = Dictionary.find(heap, st, Dictionary.indexKey(index));
      Dictionary.setFlags(heap, st, e, flags);
      Dictionary.setValue(heap, st, e, scope.get(hv));
      return true;
    }
  }

  /**
   * Sets an array's length as JavaScript does: growing only changes the length (the new tail is
   * holes); shrinking deletes the elements past it, stopping (and returning false) above a
   * non-configurable one; a frozen array's length cannot change. Shrinks the store when most of it
   * is unused. May collect.
   */
  @TruffleBoundary
  public boolean setArrayLength(long array, long newLength) {
    long a = addr(array);
    Shape s = shapeOf(array);
    if (s.kind() != ObjectKind.ARRAY) {
      throw new IllegalArgumentException("not an array");
    }
    long length = lengthOf(a);
    if (newLength == length) {
      return true;
    }
    if (s.elementsFrozen()) {
      return false;
    }
    if (newLength > length) {
      if (!s.elementsKind().isDictionary()) {
        changeElementsKind(a, s, s.elementsKind().toHoley());
      }
      setLengthSlot(a, newLength);
      return true;
    }
    boolean complete = true;
    long store = heap.getSlot(a, ELEMENTS_SLOT);
    if (store != ValueCodec.UNDEFINED && s.elementsKind().isDictionary()) {
      long st = addr(store);
      long floor = newLength;
      int cap = Dictionary.capacity(heap, st);
      for (int e = 0; e < cap; e++) {
        long k = Dictionary.key(heap, st, e);
        if (Dictionary.isLive(k) && (long) ValueCodec.asNumber(k) >= newLength) {
          if ((Dictionary.flags(heap, st, e) & Property.CONFIGURABLE) == 0) {
            floor = Math.max(floor, (long) ValueCodec.asNumber(k) + 1);
          }
        }
      }
      for (int e = 0; e < cap; e++) {
        long k = Dictionary.key(heap, st, e);
        if (Dictionary.isLive(k) && (long) ValueCodec.asNumber(k) >= floor) {
          Dictionary.remove(heap, st, e);
        }
      }
      complete = floor == newLength;
      newLength = floor;
    } else if (store != ValueCodec.UNDEFINED) {
      long st = addr(store);
      int cap = heap.taggedSlotCount(st);
      long end = Math.min(length, cap);
      if (s.elementsSealed()) {
        long floor = newLength;
        for (long i = end - 1; i >= newLength; i--) {
          if (heap.getSlot(st, (int) i) != ValueCodec.HOLE) {
            floor = i + 1;
            break;
          }
        }
        complete = floor == newLength;
        newLength = floor;
      }
      for (long i = newLength; i < end; i++) {
        heap.setSlot(st, (int) i, ValueCodec.HOLE);
      }
      if (newLength == 0) {
        heap.setSlot(a, ELEMENTS_SLOT, ValueCodec.UNDEFINED);
      } else if (cap > 32 && newLength < cap / 4) {
        setLengthSlot(a, newLength);
        try (HandleScope scope = heap.openHandleScope()) {
          int ho = scope.add(array);
          growElements(scope, ho, (int) (newLength + newLength / 2 + 8));
          a = addr(scope.get(ho));
        }
      }
    }
    setLengthSlot(a, newLength);
    return complete;
  }
}
