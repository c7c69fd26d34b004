package org.jsheap.shapes;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Switching objects between fast mode (properties described by a shared shape) and dictionary mode
 * (properties in a heap {@link Dictionary}, a shape of the object's own), and growing a dictionary
 * object's table.
 */
final class DictionaryMode {
  private final ObjectLayout layout;
  private final Heap heap;
  private final ClassTable classes;

  DictionaryMode(ObjectLayout layout) {
    this.layout = layout;
    this.heap = layout.heap;
    this.classes = layout.classes;
  }

  /**
   * Switches the object at handle {@code ho} to dictionary mode (a no-op if it is): its named
   * properties move to a table with room for {@code expected} and it gets a shape of its own. May
   * collect.
   */
  void normalize(HandleScope scope, int ho, int expected) {
    Shape s = layout.shapeOf(scope.get(ho));
    if (s.isDictionary()) {
      return;
    }
    int n = s.propertyCount();
    long t = Dictionary.allocate(heap, Dictionary.capacityFor(Math.max(n, expected)));
    long a = ObjectLayout.addr(scope.get(ho));
    for (int i = 0; i < n; i++) {
      Property p = s.propertyAt(i);
      long key = Dictionary.stringKey(layout.keys.idOf(p.key()));
      Dictionary.insert(heap, t, key, layout.readLocation(a, p.location()), p.flags());
    }
    int first = s.kind().reservedSlots();
    for (int i = 0; i < s.inObjectCapacity(); i++) {
      heap.setSlot(a, first + i, ValueCodec.UNDEFINED);
    }
    layout.setPropertiesStore(a, ValueCodec.fromReference(t));
    layout.setShape(a, Shape.newDictionary(s));
  }

  /** Makes room for one more entry in the dictionary table of the object at handle ho. */
  void ensureRoom(HandleScope scope, int ho) {
    long t = layout.propertiesStore(ObjectLayout.addr(scope.get(ho)));
    if (Dictionary.hasRoom(heap, t)) {
      return;
    }
    int capacity = Dictionary.capacityFor(Dictionary.count(heap, t) * 2 + 1);
    long n = Dictionary.allocate(heap, capacity);
    long a = ObjectLayout.addr(scope.get(ho));
    Dictionary.copyInto(heap, layout.propertiesStore(a), n);
    layout.setPropertiesStore(a, ValueCodec.fromReference(n));
  }

  /** See {@link ObjectModel#toFastMode}. May collect. */
  boolean toFastMode(long obj) {
    Shape s = layout.shapeOf(obj);
    if (!s.isDictionary() || s.prototypeInfo != null) {
      return false;
    }
    long t = layout.propertiesStore(ObjectLayout.addr(obj));
    int[] entries = Dictionary.entriesInOrder(heap, t);
    if (entries.length > ObjectModel.MAX_FAST_PROPERTIES) {
      return false;
    }
    long proto = s.prototype();
    Shape f =
        proto == ValueCodec.NULL
            ? classes.nullRoot(s.kind(), s.inObjectCapacity())
            : classes.prototypeRoot(layout.shapeOf(proto), proto, s.kind(), s.inObjectCapacity());
    for (int e : entries) {
      Object key = layout.keys.keyOf(ValueCodec.immediatePayload(Dictionary.key(heap, t, e)));
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
        array = ValueCodec.fromReference(layout.allocatePropertyArray(f.outOfObjectCount()));
      }
      long a = ObjectLayout.addr(scope.get(ho));
      t = layout.propertiesStore(a);
      layout.setPropertiesStore(a, array);
      for (int i = 0; i < entries.length; i++) {
        layout.writeLocation(a, f.propertyAt(i).location(), Dictionary.value(heap, t, entries[i]));
      }
      s.structureChanged();
      layout.setShape(a, f);
    }
    return true;
  }
}
