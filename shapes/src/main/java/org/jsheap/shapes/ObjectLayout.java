package org.jsheap.shapes;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Where things are in a JavaScript object: the reserved slots, property locations, dictionary
 * entries, and the internal storage objects (property arrays, elements stores, accessor pairs).
 * Every other part of the object model reads and writes objects through this class.
 *
 * <pre>
 *   slot 0      properties: out-of-object property array | dictionary table | undefined
 *   slot 1      elements: elements store | dictionary table | undefined
 *   slot 2      (arrays only) length, a number
 *   slot r..    in-object properties (r = ObjectKind.reservedSlots(), count = shape capacity)
 * </pre>
 *
 * <p>Reads and writes only; allocating methods say so (they may collect and return addresses the
 * caller must use before its next allocation).
 */
final class ObjectLayout {
  static final int PROPERTIES_SLOT = 0;
  static final int ELEMENTS_SLOT = 1;
  static final int LENGTH_SLOT = 2;

  final Heap heap;
  final ClassTable classes;
  final PropertyKeys keys;

  ObjectLayout(Heap heap, ClassTable classes, PropertyKeys keys) {
    this.heap = heap;
    this.classes = classes;
    this.keys = keys;
  }

  static long addr(long ref) {
    if (!ValueCodec.isReference(ref)) {
      throw ObjectModelException.describing(
          ObjectModelException.Kind.NOT_AN_OBJECT, "not an object: ", ref);
    }
    return ValueCodec.asReference(ref);
  }

  boolean isObject(long value) {
    return ValueCodec.isReference(value)
        && classes.shape(heap.classId(ValueCodec.asReference(value))) != null;
  }

  /** The current shape of an object, migrating it first if its shape was deprecated. */
  Shape shapeOf(long ref) {
    long a = addr(ref);
    Shape s = classes.shape(heap.classId(a));
    if (s == null) {
      throw ObjectModelException.describing(
          ObjectModelException.Kind.NOT_AN_OBJECT, "not a JavaScript object: ", ref);
    }
    if (s.isDeprecated()) {
      s = s.migrationTarget();
      setShape(a, s);
    }
    return s;
  }

  void setShape(long a, Shape s) {
    classes.touch(s);
    heap.setClassId(a, s.id());
  }

  // ---- named properties

  long readLocation(long a, Location loc) {
    return switch (loc.kind()) {
      case IN_OBJECT -> heap.getSlot(a, loc.index());
      case OUT_OF_OBJECT -> heap.getSlot(propertiesStore(a), loc.index());
      case DICTIONARY_ENTRY -> Dictionary.value(heap, propertiesStore(a), loc.index());
    };
  }

  void writeLocation(long a, Location loc, long value) {
    switch (loc.kind()) {
      case IN_OBJECT -> heap.setSlot(a, loc.index(), value);
      case OUT_OF_OBJECT -> heap.setSlot(propertiesStore(a), loc.index(), value);
      case DICTIONARY_ENTRY -> writeDictionaryValue(a, loc.index(), value);
    }
  }

  long readDictionaryValue(long a, int e) {
    return Dictionary.value(heap, propertiesStore(a), e);
  }

  void writeDictionaryValue(long a, int e, long value) {
    writeDictionaryValue(a, classes.shape(heap.classId(a)), e, value);
  }

  /** Tells the shape first: that invalidates a cached read that took the value as a constant. */
  void writeDictionaryValue(long a, Shape s, int e, long value) {
    s.dictionaryValueWritten(e);
    Dictionary.setValue(heap, propertiesStore(a), e, value);
  }

  long readCached(long a, int read) {
    int index = MegamorphicCache.descriptorIndex(read);
    return switch (MegamorphicCache.descriptorKind(read)) {
      case MegamorphicCache.IN_OBJECT -> heap.getSlot(a, index);
      case MegamorphicCache.OUT_OF_OBJECT -> heap.getSlot(propertiesStore(a), index);
      default -> Dictionary.value(heap, propertiesStore(a), index);
    };
  }

  void writeCached(long a, int write, long value) {
    int index = MegamorphicCache.descriptorIndex(write);
    switch (MegamorphicCache.descriptorKind(write)) {
      case MegamorphicCache.IN_OBJECT -> heap.setSlot(a, index, value);
      case MegamorphicCache.OUT_OF_OBJECT -> heap.setSlot(propertiesStore(a), index, value);
      default -> writeDictionaryValue(a, index, value);
    }
  }

  /** The address of the property array or dictionary table (the slot must hold one). */
  long propertiesStore(long a) {
    return addr(heap.getSlot(a, PROPERTIES_SLOT));
  }

  void setPropertiesStore(long a, long value) {
    heap.setSlot(a, PROPERTIES_SLOT, value);
  }

  int propertyArrayCapacity(long a) {
    long p = heap.getSlot(a, PROPERTIES_SLOT);
    return p == ValueCodec.UNDEFINED ? 0 : heap.taggedSlotCount(addr(p));
  }

  /** The dictionary entry of own property {@code key} (canonical) of a dictionary object, or -1. */
  int dictionaryEntry(long a, Object key) {
    int id = keys.idIfPresent(key);
    if (id < 0) {
      return -1;
    }
    return Dictionary.find(heap, propertiesStore(a), Dictionary.stringKey(id));
  }

  int dictionaryFlags(long a, int e) {
    return Dictionary.flags(heap, propertiesStore(a), e);
  }

  // ---- elements and length

  /** The elements store slot: a reference or undefined. */
  long elementsStore(long a) {
    return heap.getSlot(a, ELEMENTS_SLOT);
  }

  void setElementsStore(long a, long value) {
    heap.setSlot(a, ELEMENTS_SLOT, value);
  }

  int elementsCapacity(long a) {
    long store = heap.getSlot(a, ELEMENTS_SLOT);
    return store == ValueCodec.UNDEFINED ? 0 : heap.taggedSlotCount(addr(store));
  }

  long lengthValue(long a) {
    return heap.getSlot(a, LENGTH_SLOT);
  }

  long lengthOf(long a) {
    return (long) ValueCodec.asNumber(heap.getSlot(a, LENGTH_SLOT));
  }

  void setLength(long a, long length) {
    heap.setSlot(a, LENGTH_SLOT, ValueCodec.fromNumber((double) length));
  }

  // ---- internal storage objects (each allocation may collect)

  /** A new property array of {@code capacity} undefined slots; returns its address. */
  long allocatePropertyArray(int capacity) {
    return heap.allocate(ClassTable.PROPERTY_ARRAY_CLASS, HeapKind.PROPERTY_ARRAY, capacity, 0);
  }

  /** A new elements store of {@code capacity} slots (undefined: the caller fills holes). */
  long allocateElements(int capacity) {
    return heap.allocate(ClassTable.ELEMENTS_CLASS, HeapKind.ELEMENTS, capacity, 0);
  }

  /** A new accessor pair with undefined getter and setter; returns its address. */
  long allocateAccessorPair() {
    return heap.allocate(ClassTable.ACCESSOR_PAIR_CLASS, HeapKind.ACCESSOR_PAIR, 2, 0);
  }
}
