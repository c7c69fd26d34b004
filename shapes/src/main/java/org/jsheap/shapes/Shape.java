package org.jsheap.shapes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.Idempotent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hidden class. A fast-mode shape is immutable: an ordered property map (key to {@link
 * Property}), object kind, elements kind, prototype, in-object capacity and flags. Objects that
 * receive the same properties in the same order from the same root share one shape. Shapes form
 * trees: each transition (add property, change attributes, elements kind, integrity level) leads to
 * a child held weakly by its parent, so unused branches can be collected; a child holds its parent
 * strongly.
 *
 * <p>A dictionary-mode shape belongs to exactly one object and has no properties of its own (they
 * live in the object's heap hash table). Its prototype and flags may change in place; each change
 * replaces {@link #getValidAssumption()}, which is how caches on dictionary objects stay correct.
 *
 * <p>Invariants: property {@code i} of a fast shape with in-object capacity {@code c} lives in
 * object slot {@code reservedSlots + i} when {@code i < c}, else in property-array index {@code i -
 * c}, so every shape reached from one root by the same properties has the same layout and migrating
 * a deprecated shape only changes the object's class id.
 */
public final class Shape {
  static final int EXTENSIBLE = 1;
  static final int DICTIONARY = 2;
  static final int ELEMENTS_SEALED = 4;
  static final int ELEMENTS_FROZEN = 8;

  /** Linear scan below this many properties, a hash map above. */
  private static final int LINEAR_LOOKUP_LIMIT = 8;

  /** How one shape derives from its parent; the key of the parent's transition map. */
  record Transition(int type, Object key, int flags) {
    static final int ADD = 1;
    static final int ATTRIBUTES = 2;
    static final int ELEMENTS = 3;
    static final int INTEGRITY = 4;
  }

  final ClassTable table;
  private final int id;
  private final ObjectKind kind;
  private final int inObjectCapacity;
  private final Shape parent;
  private final Transition via;
  private final Shape root;
  private final Property[] properties;
  private Map<Object, Property> index;
  private Map<Transition, ClassTable.ShapeRef> transitions;

  // Mutable in place only for dictionary shapes (one object each).
  private ElementsKind elementsKind;
  private PrototypeHolder prototype;
  private int flags;
  @CompilationFinal private Assumption valid;

  /**
   * Changes whenever {@link #valid} is invalidated (structure change, deprecation): the object
   * model's {@link MegamorphicCache} records it per entry and compares it on a hit, a plain field
   * load where an assumption check would be a call.
   */
  private int cacheVersion;

  /**
   * Dictionary shapes (prototypes): per entry index, the assumption that the entry's value has not
   * been written since a cached inherited read took it as a constant; {@link
   * Assumption#NEVER_VALID} once it was (the entry is then mutable and read from the heap). Dropped
   * with the structure.
   */
  private Map<Integer, Assumption> constantEntries;

  private boolean deprecated;
  private Shape migratedTo;
  PrototypeInfo prototypeInfo;

  /** Root only: most properties any shape of this tree has had (slack tracking). */
  int maxPropertyCount;

  // Class table bookkeeping.
  boolean pinned;
  int usedEpoch = -1;

  private Shape(
      ClassTable table,
      ObjectKind kind,
      int inObjectCapacity,
      Shape parent,
      Transition via,
      Property[] properties,
      ElementsKind elementsKind,
      PrototypeHolder prototype,
      int flags) {
    this.table = table;
    this.kind = kind;
    this.inObjectCapacity = inObjectCapacity;
    this.parent = parent;
    this.via = via;
    this.root = parent == null ? this : parent.root;
    this.properties = properties;
    this.elementsKind = elementsKind;
    this.prototype = prototype;
    this.flags = flags;
    this.id = table.register(this);
    if (parent != null && properties.length > root.maxPropertyCount) {
      root.maxPropertyCount = properties.length;
    }
  }

  static Shape newRoot(
      ClassTable table,
      ObjectKind kind,
      int inObjectCapacity,
      PrototypeHolder prototype,
      ElementsKind elementsKind) {
    return new Shape(
        table,
        kind,
        inObjectCapacity,
        null,
        null,
        new Property[0],
        elementsKind,
        prototype,
        EXTENSIBLE);
  }

  /** A fresh dictionary-mode shape for one object that had shape {@code from}. */
  static Shape newDictionary(Shape from) {
    return new Shape(
        from.table,
        from.kind,
        from.inObjectCapacity,
        null,
        null,
        new Property[0],
        from.elementsKind,
        from.prototype,
        (from.flags | DICTIONARY));
  }

  // ---- queries

  /** The 32-bit hidden-class id objects of this shape carry in their header. */
  public int id() {
    return id;
  }

  public ObjectKind kind() {
    return kind;
  }

  @Idempotent
  public ElementsKind elementsKind() {
    return elementsKind;
  }

  public PrototypeHolder prototypeHolder() {
    return prototype;
  }

  /** The prototype of objects of this shape (a reference or null). */
  public long prototype() {
    return prototype.get();
  }

  public int inObjectCapacity() {
    return inObjectCapacity;
  }

  public boolean isDictionary() {
    return (flags & DICTIONARY) != 0;
  }

  public boolean isExtensible() {
    return (flags & EXTENSIBLE) != 0;
  }

  /** Whether elements are sealed (non-configurable). */
  public boolean elementsSealed() {
    return (flags & ELEMENTS_SEALED) != 0;
  }

  /** Whether elements are frozen (non-writable, non-configurable). */
  @Idempotent
  public boolean elementsFrozen() {
    return (flags & ELEMENTS_FROZEN) != 0;
  }

  public boolean isDeprecated() {
    return deprecated;
  }

  public Shape parent() {
    return parent;
  }

  public Shape root() {
    return root;
  }

  /** Number of properties (0 for dictionary shapes: theirs live in the heap). */
  public int propertyCount() {
    return properties.length;
  }

  /** Properties in insertion order (a copy). */
  public List<Property> properties() {
    return List.of(properties);
  }

  Property propertyAt(int i) {
    return properties[i];
  }

  /** Number of slots the out-of-object property array must have. */
  public int outOfObjectCount() {
    return Math.max(0, properties.length - inObjectCapacity);
  }

  /**
   * The property with {@code key}, or null. {@code key} must be canonical (an interned string or a
   * {@link SymbolKey}).
   */
  public Property property(Object key) {
    if (properties.length <= LINEAR_LOOKUP_LIMIT) {
      for (Property p : properties) {
        if (p.key() == key) {
          return p;
        }
      }
      return null;
    }
    return lookupSlow(key);
  }

  @TruffleBoundary
  private Property lookupSlow(Object key) {
    Map<Object, Property> map = index;
    if (map == null) {
      map = new HashMap<>(properties.length * 2);
      for (Property p : properties) {
        map.put(p.key(), p);
      }
      index = map;
    }
    return map.get(key);
  }

  /**
   * Valid while this shape describes its objects as cached: fast shapes stay valid until deprecated
   * by a representation generalisation; a dictionary shape's assumption is replaced on every
   * structural change of its object.
   */
  public Assumption getValidAssumption() {
    Assumption a = valid;
    if (a == null) {
      a = deprecated ? Assumption.NEVER_VALID : Truffle.getRuntime().createAssumption("shape");
      valid = a;
    }
    return a;
  }

  private void invalidate() {
    Assumption a = valid;
    if (a != null) {
      a.invalidate();
    }
    valid = null;
    cacheVersion++;
    if (constantEntries != null) {
      for (Assumption c : constantEntries.values()) {
        c.invalidate();
      }
      constantEntries = null;
    }
  }

  /** See {@link #cacheVersion}: equal versions mean nothing a cache recorded has changed. */
  int cacheVersion() {
    return cacheVersion;
  }

  /**
   * Dictionary shapes: an assumption that the value of entry {@code entry} stays what it is now, or
   * null if it was overwritten while such an assumption existed (then it is not constant).
   */
  @TruffleBoundary
  public Assumption constantEntryAssumption(int entry) {
    assert isDictionary() && !deprecated;
    if (constantEntries == null) {
      constantEntries = new HashMap<>();
    }
    Assumption a = constantEntries.get(entry);
    if (a == Assumption.NEVER_VALID) {
      return null;
    }
    if (a == null || !a.isValid()) {
      a = Truffle.getRuntime().createAssumption("constant prototype property");
      constantEntries.put(entry, a);
    }
    return a;
  }

  /**
   * Dictionary shapes: the value of entry {@code entry} is about to be written. A field load and a
   * branch unless a cached read took that entry as a constant.
   */
  public void dictionaryValueWritten(int entry) {
    if (constantEntries != null) {
      constantEntryWritten(entry);
    }
  }

  @TruffleBoundary
  private void constantEntryWritten(int entry) {
    Assumption a = constantEntries.get(entry);
    if (a != null && a != Assumption.NEVER_VALID) {
      a.invalidate();
      constantEntries.put(entry, Assumption.NEVER_VALID);
    }
  }

  /** Dictionary shapes: the object's structure changed; caches on it must re-check. */
  void structureChanged() {
    assert isDictionary();
    invalidate();
  }

  void setPrototypeInPlace(PrototypeHolder holder) {
    assert isDictionary();
    prototype = holder;
    invalidate();
  }

  void setFlagsInPlace(int newFlags) {
    assert isDictionary();
    flags = newFlags | DICTIONARY;
    invalidate();
  }

  void setElementsKindInPlace(ElementsKind kind) {
    assert isDictionary();
    elementsKind = kind;
    invalidate();
  }

  int flags() {
    return flags;
  }

  // ---- transitions

  private Location locationFor(int i) {
    return i < inObjectCapacity
        ? Location.inObject(kind.reservedSlots() + i)
        : Location.outOfObject(i - inObjectCapacity);
  }

  private Shape cached(Transition t) {
    if (transitions == null) {
      return null;
    }
    ClassTable.ShapeRef ref = transitions.get(t);
    return ref == null ? null : ref.get();
  }

  private Shape remember(Transition t, Shape child) {
    if (transitions == null) {
      transitions = new HashMap<>(4);
    }
    transitions.put(t, table.newShapeRef(child, this, t));
    return child;
  }

  void forgetTransition(Transition t, ClassTable.ShapeRef ref) {
    if (transitions != null) {
      transitions.remove(t, ref);
    }
  }

  /** Number of live transitions from this shape (for tests of reclamation). */
  public int transitionCount() {
    if (transitions == null) {
      return 0;
    }
    int n = 0;
    for (ClassTable.ShapeRef r : transitions.values()) {
      if (r.get() != null) {
        n++;
      }
    }
    return n;
  }

  private Shape child(Transition t, Property[] props, ElementsKind ek, int newFlags) {
    return new Shape(table, kind, inObjectCapacity, this, t, props, ek, prototype, newFlags);
  }

  /**
   * The shape after adding {@code key} with {@code flags} and a value of representation {@code
   * rep}. Reuses the existing transition for (key, flags), generalising its representation if the
   * new value does not fit.
   */
  @TruffleBoundary
  public Shape addProperty(Object key, int flags, Representation rep) {
    assert !isDictionary() && property(key) == null : key;
    checkUsable();
    Transition t = new Transition(Transition.ADD, key, flags);
    Shape existing = cached(t);
    if (existing != null) {
      Representation have = existing.properties[properties.length].representation();
      if (have.generalize(rep) == have) {
        return existing;
      }
      rep = have.generalize(rep);
      existing.deprecateSubtree();
    }
    Property[] props = Arrays.copyOf(properties, properties.length + 1);
    Representation r = (flags & Property.ACCESSOR) != 0 ? Representation.ANY : rep;
    props[properties.length] = new Property(key, locationFor(properties.length), flags, r);
    return remember(t, child(t, props, elementsKind, this.flags));
  }

  /** The shape after changing the flags (attributes, data/accessor) of an existing property. */
  @TruffleBoundary
  public Shape changeFlags(Object key, int newFlags) {
    checkUsable();
    Property p = property(key);
    assert p != null && !isDictionary();
    if (p.flags() == newFlags) {
      return this;
    }
    Transition t = new Transition(Transition.ATTRIBUTES, key, newFlags);
    Shape existing = cached(t);
    if (existing != null) {
      return existing;
    }
    Property[] props = properties.clone();
    for (int i = 0; i < props.length; i++) {
      if (props[i].key() == key) {
        props[i] = p.withFlags(newFlags);
      }
    }
    return remember(t, child(t, props, elementsKind, this.flags));
  }

  /** The shape after the elements kind moved to {@code ek}. */
  @TruffleBoundary
  public Shape withElementsKind(ElementsKind ek) {
    checkUsable();
    if (ek == elementsKind) {
      return this;
    }
    Transition t = new Transition(Transition.ELEMENTS, ek, 0);
    Shape existing = cached(t);
    return existing != null ? existing : remember(t, child(t, properties, ek, flags));
  }

  /** Integrity levels: 0 prevent extensions, 1 seal, 2 freeze. */
  @TruffleBoundary
  Shape withIntegrity(int level) {
    checkUsable();
    Transition t = new Transition(Transition.INTEGRITY, null, level);
    Shape existing = cached(t);
    if (existing != null) {
      return existing;
    }
    Property[] props = properties.clone();
    int newFlags = flags & ~EXTENSIBLE;
    if (level >= 1) {
      newFlags |= ELEMENTS_SEALED;
      for (int i = 0; i < props.length; i++) {
        int f = props[i].flags() & ~Property.CONFIGURABLE;
        if (level >= 2 && !props[i].isAccessor()) {
          f &= ~Property.WRITABLE;
        }
        props[i] = props[i].withFlags(f);
      }
    }
    if (level >= 2) {
      newFlags |= ELEMENTS_FROZEN;
    }
    return remember(t, child(t, props, elementsKind, newFlags));
  }

  /**
   * The shape of an object of this shape after property {@code key} had to generalise to at least
   * {@code rep}: the branch from the property's owner down is deprecated and rebuilt.
   */
  @TruffleBoundary
  public Shape generalize(Object key, Representation rep) {
    Shape current = migrationTarget();
    Property p = current.property(key);
    if (p.representation().generalize(rep) == p.representation()) {
      return current;
    }
    Shape owner = current;
    while (!(owner.via.type() == Transition.ADD && owner.via.key() == key)) {
      owner = owner.parent;
    }
    Property added = owner.properties[owner.properties.length - 1];
    owner.parent.addProperty(key, added.flags(), p.representation().generalize(rep));
    assert owner.deprecated;
    return current.migrationTarget();
  }

  private void deprecateSubtree() {
    ArrayDeque<Shape> work = new ArrayDeque<>();
    work.push(this);
    while (!work.isEmpty()) {
      Shape s = work.pop();
      s.deprecated = true;
      s.invalidate();
      s.valid = Assumption.NEVER_VALID;
      if (s.transitions != null) {
        for (ClassTable.ShapeRef r : s.transitions.values()) {
          Shape c = r.get();
          if (c != null && !c.deprecated) {
            work.push(c);
          }
        }
      }
    }
    if (parent != null && parent.transitions != null) {
      parent.transitions.remove(via);
    }
  }

  /** This shape, or the valid shape with the same layout that replaced it. */
  @TruffleBoundary
  public Shape migrationTarget() {
    Shape s = this;
    while (s.deprecated) {
      if (s.migratedTo == null || s.migratedTo.deprecated) {
        s.migratedTo = s.replay();
      }
      s = s.migratedTo;
    }
    return s;
  }

  /**
   * The parent if this shape was reached by adding {@code key} last (so deleting it can simply go
   * back, as V8 does), else null.
   */
  public Shape parentIfLastAdded(Object key) {
    return via != null && via.type() == Transition.ADD && via.key() == key ? parent : null;
  }

  private Shape replay() {
    return rebaseOnto(root);
  }

  /** The shape reached from {@code newRoot} by this shape's transitions (set-prototype). */
  @TruffleBoundary
  Shape rebaseOnto(Shape newRoot) {
    List<Shape> path = new ArrayList<>();
    for (Shape s = this; s.parent != null; s = s.parent) {
      path.add(s);
    }
    Shape cur = newRoot;
    for (int i = path.size() - 1; i >= 0; i--) {
      Shape step = path.get(i);
      Transition t = step.via;
      cur =
          switch (t.type()) {
            case Transition.ADD -> {
              Object key = t.key();
              yield cur.addProperty(key, t.flags(), step.property(key).representation());
            }
            case Transition.ATTRIBUTES -> cur.changeFlags(t.key(), t.flags());
            case Transition.ELEMENTS -> cur.withElementsKind((ElementsKind) t.key());
            default -> cur.withIntegrity(t.flags());
          };
    }
    return cur;
  }

  private void checkUsable() {
    assert !deprecated : "transition from a deprecated shape";
  }

  @Override
  public String toString() {
    return "Shape#"
        + id
        + (isDictionary() ? "(dictionary)" : Arrays.toString(properties))
        + (deprecated ? " deprecated" : "");
  }
}
