package org.jsheap.shapes;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * The JavaScript internal methods on property keys, uncached: [[Get]], [[Set]], [[HasProperty]],
 * [[Delete]], [[DefineOwnProperty]], [[GetOwnProperty]] and [[OwnPropertyKeys]]. Keys that are
 * array indices go to {@link Elements}; named properties live in a fast shape's locations or a
 * dictionary table. The property-access nodes cache what these compute.
 */
final class NamedProperties {
  private static final String LENGTH = "length";

  /** An own named property: where it is (null: an array's length slot) and its flags. */
  record Own(Location location, int flags) {}

  private static final Own ARRAY_LENGTH = new Own(null, Property.WRITABLE);
  private static final Own FROZEN_ARRAY_LENGTH = new Own(null, 0);

  private final ObjectLayout layout;
  private final Heap heap;
  private final MegamorphicCache megamorphic;
  private final Accessors accessors;
  private final DictionaryMode dictionaryMode;
  private final Elements elements;

  NamedProperties(
      ObjectLayout layout,
      MegamorphicCache megamorphic,
      Accessors accessors,
      DictionaryMode dictionaryMode,
      Elements elements) {
    this.layout = layout;
    this.heap = layout.heap;
    this.megamorphic = megamorphic;
    this.accessors = accessors;
    this.dictionaryMode = dictionaryMode;
    this.elements = elements;
  }

  // ---- own property lookup

  private Own findOwn(long a, Shape s, Object key) {
    if (s.kind() == ObjectKind.ARRAY && key == LENGTH) {
      return s.elementsFrozen() ? FROZEN_ARRAY_LENGTH : ARRAY_LENGTH;
    }
    if (!s.isDictionary()) {
      Property p = megamorphic.lookup(s, key);
      return p == MegamorphicCache.ABSENT ? null : new Own(p.location(), p.flags());
    }
    int e = layout.dictionaryEntry(a, key);
    return e < 0 ? null : new Own(Location.dictionaryEntry(e), layout.dictionaryFlags(a, e));
  }

  private long readOwn(long a, Own own) {
    return own.location() == null ? layout.lengthValue(a) : layout.readLocation(a, own.location());
  }

  /**
   * The megamorphic get's miss path: fills the object model's megamorphic cache entry for the
   * object's current shape and {@code key} (an own data property, fast or dictionary), then reads;
   * everything else takes the generic path.
   */
  long getMegamorphic(long obj, Object key) {
    Shape s = layout.shapeOf(obj);
    long a = ObjectLayout.addr(obj);
    if (s.kind() == ObjectKind.ARRAY && key == LENGTH) {
      return get(obj, key);
    }
    if (!s.isDictionary()) {
      Property p = megamorphic.lookup(s, key);
      if (p != MegamorphicCache.ABSENT && !p.isAccessor()) {
        return layout.readLocation(a, p.location());
      }
    } else {
      int e = layout.dictionaryEntry(a, key);
      int flags = e < 0 ? 0 : layout.dictionaryFlags(a, e);
      if (e >= 0 && (flags & Property.ACCESSOR) == 0) {
        megamorphic.recordDictionaryEntry(s, key, e, (flags & Property.WRITABLE) != 0);
        return layout.readDictionaryValue(a, e);
      }
    }
    return get(obj, key);
  }

  // ---- [[Get]], [[Set]], [[HasProperty]], [[Delete]], [[DefineOwnProperty]]

  long get(long obj, Object key) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return elements.get(obj, index);
    }
    key = layout.keys.canonical(key);
    long cur = obj;
    while (true) {
      long a = ObjectLayout.addr(cur);
      Shape s = layout.shapeOf(cur);
      Own own = findOwn(a, s, key);
      if (own != null) {
        long v = readOwn(a, own);
        return (own.flags() & Property.ACCESSOR) != 0 ? accessors.callGetter(v, obj) : v;
      }
      cur = s.prototype();
      if (cur == ValueCodec.NULL) {
        return ValueCodec.UNDEFINED;
      }
    }
  }

  boolean put(long obj, Object key, long value) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return elements.put(obj, index, value);
    }
    key = layout.keys.canonical(key);
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    Own own = findOwn(a, s, key);
    if (own != null) {
      if ((own.flags() & Property.ACCESSOR) != 0) {
        return accessors.callSetter(readOwn(a, own), obj, value);
      }
      if ((own.flags() & Property.WRITABLE) == 0) {
        return false;
      }
      if (own.location() == null) {
        return elements.setArrayLength(obj, DescriptorRules.toArrayLength(value));
      }
      writeOwnData(a, s, key, own.location(), value);
      return true;
    }
    for (long cur = s.prototype(); cur != ValueCodec.NULL; ) {
      long pa = ObjectLayout.addr(cur);
      Shape ps = layout.shapeOf(cur);
      Own inherited = findOwn(pa, ps, key);
      if (inherited != null) {
        if ((inherited.flags() & Property.ACCESSOR) != 0) {
          return accessors.callSetter(readOwn(pa, inherited), obj, value);
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

  private void writeOwnData(long a, Shape s, Object key, Location loc, long value) {
    if (!s.isDictionary()) {
      Property p = s.property(key);
      if (!p.representation().fits(value)) {
        layout.setShape(a, s.generalize(key, Representation.forValue(value)));
      }
    }
    layout.writeLocation(a, loc, value);
  }

  /** Adds an own property known to be absent. May collect. */
  private void addOwn(HandleScope scope, int ho, Object key, int hv, int flags) {
    Shape s = layout.shapeOf(scope.get(ho));
    if (!s.isDictionary() && s.propertyCount() >= ObjectModel.MAX_FAST_PROPERTIES) {
      dictionaryMode.normalize(scope, ho, s.propertyCount() + 1);
      s = layout.shapeOf(scope.get(ho));
    }
    if (s.isDictionary()) {
      dictionaryMode.ensureRoom(scope, ho);
      long a = ObjectLayout.addr(scope.get(ho));
      Dictionary.insert(
          heap,
          layout.propertiesStore(a),
          Dictionary.stringKey(layout.keys.idOf(key)),
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
    long a = ObjectLayout.addr(scope.get(ho));
    layout.setShape(a, next);
    layout.writeLocation(a, loc, scope.get(hv));
  }

  private void ensurePropertyArray(HandleScope scope, int ho, int needed) {
    int capacity = layout.propertyArrayCapacity(ObjectLayout.addr(scope.get(ho)));
    if (needed <= capacity) {
      return;
    }
    int newCapacity = Math.max(needed, capacity + Math.max(4, capacity / 2));
    long n = layout.allocatePropertyArray(newCapacity);
    long a = ObjectLayout.addr(scope.get(ho));
    if (capacity > 0) {
      long old = layout.propertiesStore(a);
      for (int i = 0; i < capacity; i++) {
        heap.setSlot(n, i, heap.getSlot(old, i));
      }
    }
    layout.setPropertiesStore(a, ValueCodec.fromReference(n));
  }

  boolean has(long obj, Object key) {
    for (long cur = obj; cur != ValueCodec.NULL; cur = layout.shapeOf(cur).prototype()) {
      if (hasOwn(cur, key)) {
        return true;
      }
    }
    return false;
  }

  boolean hasOwn(long obj, Object key) {
    long index = PropertyKeys.arrayIndex(key);
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    if (index >= 0) {
      return elements.hasOwn(a, s, index);
    }
    return findOwn(a, s, layout.keys.canonical(key)) != null;
  }

  boolean delete(long obj, Object key) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return elements.delete(obj, index);
    }
    key = layout.keys.canonical(key);
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
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
        layout.writeLocation(a, own.location(), ValueCodec.UNDEFINED);
        layout.setShape(a, parent);
        return true;
      }
      try (HandleScope scope = heap.openHandleScope()) {
        int ho = scope.add(obj);
        dictionaryMode.normalize(scope, ho, s.propertyCount());
        obj = scope.get(ho);
      }
      a = ObjectLayout.addr(obj);
      s = layout.shapeOf(obj);
    }
    int e = layout.dictionaryEntry(a, key);
    Dictionary.remove(heap, layout.propertiesStore(a), e);
    s.structureChanged();
    return true;
  }

  boolean define(long obj, Object key, long value, int flags) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      return elements.define(obj, index, value, flags);
    }
    key = layout.keys.canonical(key);
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
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
    if (!DescriptorRules.redefinitionAllowed(own.flags(), readOwn(a, own), flags, value)) {
      return false;
    }
    if (own.location() == null) {
      return (flags & Property.ACCESSOR) == 0
          && elements.setArrayLength(obj, DescriptorRules.toArrayLength(value));
    }
    if (!s.isDictionary()) {
      Shape next = s.changeFlags(key, flags);
      if (next != s) {
        layout.setShape(a, next);
      }
      writeOwnData(a, next, key, own.location(), value);
    } else {
      long t = layout.propertiesStore(a);
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

  /** Defines an accessor property (getter and setter: functions or undefined). May collect. */
  boolean defineAccessor(long obj, Object key, long getter, long setter, int flags) {
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(obj);
      long pair = accessors.newPair(getter, setter);
      return define(scope.get(ho), key, pair, flags | Property.ACCESSOR);
    }
  }

  PropertyDescriptor getOwnProperty(long obj, Object key) {
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      Elements.OwnElement own = elements.own(a, s, index);
      return own == null ? null : accessors.describe(own.value(), own.flags());
    }
    Own own = findOwn(a, s, layout.keys.canonical(key));
    return own == null ? null : accessors.describe(readOwn(a, own), own.flags());
  }

  /**
   * Own string keys in JavaScript order: array indices ascending, then ({@code length} for arrays
   * and) string keys in insertion order. Symbol keys are left out ({@link #ownSymbolKeys}).
   */
  List<String> ownKeys(long obj) {
    List<String> out = new ArrayList<>();
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    elements.appendIndexKeys(obj, a, s, out);
    if (s.kind() == ObjectKind.ARRAY) {
      out.add(LENGTH);
    }
    appendNamedKeys(a, s, String.class, out);
    return out;
  }

  /** Own symbol keys in insertion order (Object.getOwnPropertySymbols). */
  List<SymbolKey> ownSymbolKeys(long obj) {
    List<SymbolKey> out = new ArrayList<>();
    appendNamedKeys(ObjectLayout.addr(obj), layout.shapeOf(obj), SymbolKey.class, out);
    return out;
  }

  /** [[OwnPropertyKeys]]: {@link #ownKeys}, then {@link #ownSymbolKeys}. */
  List<Object> ownPropertyKeys(long obj) {
    List<Object> out = new ArrayList<>(ownKeys(obj));
    out.addAll(ownSymbolKeys(obj));
    return out;
  }

  /**
   * Appends the object's named keys of type {@code type} in insertion order, private keys left out.
   */
  private <K> void appendNamedKeys(long a, Shape s, Class<K> type, List<? super K> out) {
    if (s.isDictionary()) {
      long t = layout.propertiesStore(a);
      for (int e : Dictionary.entriesInOrder(heap, t)) {
        Object key = layout.keys.keyOf(ValueCodec.immediatePayload(Dictionary.key(heap, t, e)));
        if (listed(type, key)) {
          out.add(type.cast(key));
        }
      }
    } else {
      for (int i = 0; i < s.propertyCount(); i++) {
        Object key = s.propertyAt(i).key();
        if (listed(type, key)) {
          out.add(type.cast(key));
        }
      }
    }
  }

  private static boolean listed(Class<?> type, Object key) {
    return type.isInstance(key) && !(key instanceof SymbolKey k && k.isPrivate());
  }
}
