package org.jsheap.shapes;

import java.util.Arrays;
import java.util.List;
import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Indexed properties: the elements store (tagged, packed or holey, with the elements kind in the
 * shape as type feedback), dictionary elements for sparse or non-default-attribute elements, and
 * array {@code length}.
 */
final class Elements {
  /** An own element: its value (an accessor pair for accessors) and its flags. */
  record OwnElement(long value, int flags) {}

  private final ObjectLayout layout;
  private final Heap heap;
  private final Accessors accessors;
  private final ObjectAllocator allocator;

  Elements(ObjectLayout layout, Accessors accessors, ObjectAllocator allocator) {
    this.layout = layout;
    this.heap = layout.heap;
    this.accessors = accessors;
    this.allocator = allocator;
  }

  /** A new array with length 0 and room for {@code capacity} elements. May collect. */
  long newArray(long proto, int capacity) {
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(allocator.newObject(proto, ObjectKind.ARRAY, 0));
      if (capacity > 0) {
        grow(scope, ho, capacity);
      }
      return scope.get(ho);
    }
  }

  private static int elementFlags(Shape s) {
    if (s.elementsFrozen()) {
      return Property.ENUMERABLE;
    }
    return s.elementsSealed() ? Property.WRITABLE | Property.ENUMERABLE : Property.DEFAULT;
  }

  long arrayLength(long array) {
    return layout.lengthOf(ObjectLayout.addr(array));
  }

  /** The own element {@code index} of the object at {@code a} with shape {@code s}, or null. */
  OwnElement own(long a, Shape s, long index) {
    if (s.kind() == ObjectKind.ARRAY && index >= layout.lengthOf(a)) {
      return null;
    }
    long store = layout.elementsStore(a);
    if (store == ValueCodec.UNDEFINED) {
      return null;
    }
    long st = ObjectLayout.addr(store);
    if (s.elementsKind().isDictionary()) {
      int e = Dictionary.find(heap, st, Dictionary.indexKey(index));
      return e < 0
          ? null
          : new OwnElement(Dictionary.value(heap, st, e), Dictionary.flags(heap, st, e));
    }
    if (index >= heap.taggedSlotCount(st)) {
      return null;
    }
    long v = heap.getSlot(st, (int) index);
    return v == ValueCodec.HOLE ? null : new OwnElement(v, elementFlags(s));
  }

  boolean hasOwn(long a, Shape s, long index) {
    return own(a, s, index) != null;
  }

  /** {@code obj[index]}: own or inherited element, calling a getter; undefined when absent. */
  long get(long obj, long index) {
    long cur = obj;
    while (true) {
      Shape s = layout.shapeOf(cur);
      OwnElement own = own(ObjectLayout.addr(cur), s, index);
      if (own != null) {
        return (own.flags() & Property.ACCESSOR) != 0
            ? accessors.callGetter(own.value(), obj)
            : own.value();
      }
      cur = s.prototype();
      if (cur == ValueCodec.NULL) {
        return ValueCodec.UNDEFINED;
      }
    }
  }

  /** {@code obj[index] = value} with [[Set]] semantics; extends array length. May collect. */
  boolean put(long obj, long index, long value) {
    checkIndex(index);
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    OwnElement own = own(a, s, index);
    if (own != null) {
      if ((own.flags() & Property.ACCESSOR) != 0) {
        return accessors.callSetter(own.value(), obj, value);
      }
      if ((own.flags() & Property.WRITABLE) == 0) {
        return false;
      }
      writeOwn(a, s, index, value);
      return true;
    }
    for (long p = s.prototype(); p != ValueCodec.NULL; ) {
      Shape ps = layout.shapeOf(p);
      OwnElement inherited = own(ObjectLayout.addr(p), ps, index);
      if (inherited != null) {
        if ((inherited.flags() & Property.ACCESSOR) != 0) {
          return accessors.callSetter(inherited.value(), obj, value);
        }
        if ((inherited.flags() & Property.WRITABLE) == 0) {
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
      add(scope, scope.add(obj), index, scope.add(value), Property.DEFAULT);
    }
    return true;
  }

  private static void checkIndex(long index) {
    if (index < 0 || index > PropertyKeys.MAX_ARRAY_INDEX) {
      throw ObjectModelException.withDetail(
          ObjectModelException.Kind.INVALID_ARRAY_INDEX, "not an array index: ", index);
    }
  }

  private void writeOwn(long a, Shape s, long index, long value) {
    long st = ObjectLayout.addr(layout.elementsStore(a));
    ElementsKind ek = s.elementsKind();
    if (ek.isDictionary()) {
      Dictionary.setValue(heap, st, Dictionary.find(heap, st, Dictionary.indexKey(index)), value);
      return;
    }
    if (!ek.fits(value)) {
      changeKind(a, s, ek.withValue(value));
    }
    heap.setSlot(st, (int) index, value);
  }

  private void changeKind(long a, Shape s, ElementsKind ek) {
    if (s.isDictionary()) {
      s.setElementsKindInPlace(ek);
    } else {
      layout.setShape(a, s.withElementsKind(ek));
    }
  }

  /** Adds an absent element. May collect. */
  private void add(HandleScope scope, int ho, long index, int hv, int flags) {
    Shape s = layout.shapeOf(scope.get(ho));
    ElementsKind ek = s.elementsKind();
    boolean isArray = s.kind() == ObjectKind.ARRAY;
    if (!ek.isDictionary()) {
      int capacity = layout.elementsCapacity(ObjectLayout.addr(scope.get(ho)));
      if (flags != Property.DEFAULT || index - capacity > ObjectModel.MAX_ELEMENT_GAP) {
        normalize(scope, ho);
      } else {
        if (index >= capacity) {
          grow(scope, ho, (int) Math.max(index + 1, capacity + capacity / 2 + 16));
        }
        long a = ObjectLayout.addr(scope.get(ho));
        s = layout.shapeOf(scope.get(ho));
        long value = scope.get(hv);
        ElementsKind next = ek.withValue(value);
        if (!isArray || index > layout.lengthOf(a)) {
          next = next.toHoley();
        }
        if (next != ek) {
          changeKind(a, s, next);
        }
        heap.setSlot(ObjectLayout.addr(layout.elementsStore(a)), (int) index, value);
        if (isArray && index >= layout.lengthOf(a)) {
          layout.setLength(a, index + 1);
        }
        return;
      }
    }
    ensureDictionaryRoom(scope, ho);
    long a = ObjectLayout.addr(scope.get(ho));
    long st = ObjectLayout.addr(layout.elementsStore(a));
    Dictionary.insert(heap, st, Dictionary.indexKey(index), scope.get(hv), flags);
    if (isArray && index >= layout.lengthOf(a)) {
      layout.setLength(a, index + 1);
    }
  }

  /** Replaces the elements store with one of {@code capacity} (copying, holes after). */
  private void grow(HandleScope scope, int ho, int capacity) {
    long n = layout.allocateElements(capacity);
    long a = ObjectLayout.addr(scope.get(ho));
    int old = layout.elementsCapacity(a);
    int copy = Math.min(old, capacity);
    if (copy > 0) {
      long st = ObjectLayout.addr(layout.elementsStore(a));
      for (int i = 0; i < copy; i++) {
        heap.setSlot(n, i, heap.getSlot(st, i));
      }
    }
    for (int i = copy; i < capacity; i++) {
      heap.setSlot(n, i, ValueCodec.HOLE);
    }
    layout.setElementsStore(a, ValueCodec.fromReference(n));
  }

  private void normalize(HandleScope scope, int ho) {
    long a = ObjectLayout.addr(scope.get(ho));
    Shape s = layout.shapeOf(scope.get(ho));
    if (s.elementsKind().isDictionary()) {
      return;
    }
    int capacity = layout.elementsCapacity(a);
    int count = 0;
    long limit = s.kind() == ObjectKind.ARRAY ? Math.min(capacity, layout.lengthOf(a)) : capacity;
    if (capacity > 0) {
      long st = ObjectLayout.addr(layout.elementsStore(a));
      for (int i = 0; i < limit; i++) {
        count += heap.getSlot(st, i) != ValueCodec.HOLE ? 1 : 0;
      }
    }
    long t = Dictionary.allocate(heap, Dictionary.capacityFor(count + 1));
    a = ObjectLayout.addr(scope.get(ho));
    int flags = elementFlags(s);
    if (capacity > 0) {
      long st = ObjectLayout.addr(layout.elementsStore(a));
      for (int i = 0; i < limit; i++) {
        long v = heap.getSlot(st, i);
        if (v != ValueCodec.HOLE) {
          Dictionary.insert(heap, t, Dictionary.indexKey(i), v, flags);
        }
      }
    }
    layout.setElementsStore(a, ValueCodec.fromReference(t));
    changeKind(a, layout.shapeOf(scope.get(ho)), ElementsKind.DICTIONARY);
  }

  private void ensureDictionaryRoom(HandleScope scope, int ho) {
    long t = ObjectLayout.addr(layout.elementsStore(ObjectLayout.addr(scope.get(ho))));
    if (Dictionary.hasRoom(heap, t)) {
      return;
    }
    long n = Dictionary.allocate(heap, Dictionary.capacityFor(Dictionary.count(heap, t) * 2 + 1));
    long a = ObjectLayout.addr(scope.get(ho));
    Dictionary.copyInto(heap, ObjectLayout.addr(layout.elementsStore(a)), n);
    layout.setElementsStore(a, ValueCodec.fromReference(n));
  }

  /** {@code delete obj[index]}. */
  boolean delete(long obj, long index) {
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    OwnElement own = own(a, s, index);
    if (own == null) {
      return true;
    }
    if ((own.flags() & Property.CONFIGURABLE) == 0) {
      return false;
    }
    long st = ObjectLayout.addr(layout.elementsStore(a));
    if (s.elementsKind().isDictionary()) {
      Dictionary.remove(heap, st, Dictionary.find(heap, st, Dictionary.indexKey(index)));
    } else {
      heap.setSlot(st, (int) index, ValueCodec.HOLE);
      changeKind(a, s, s.elementsKind().toHoley());
    }
    return true;
  }

  /** Defines an own element with {@code flags}; non-default flags use dictionary elements. */
  boolean define(long obj, long index, long value, int flags) {
    checkIndex(index);
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    OwnElement cur = own(a, s, index);
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(obj);
      int hv = scope.add(value);
      if (cur == null) {
        if (!s.isExtensible()) {
          return false;
        }
        add(scope, ho, index, hv, flags);
        return true;
      }
      if (!DescriptorRules.redefinitionAllowed(cur.flags(), cur.value(), flags, value)) {
        return false;
      }
      if (!s.elementsKind().isDictionary() && flags == elementFlags(s)) {
        writeOwn(a, s, index, value);
        return true;
      }
      normalize(scope, ho);
      a = ObjectLayout.addr(scope.get(ho));
      long st = ObjectLayout.addr(layout.elementsStore(a));
      int e = Dictionary.find(heap, st, Dictionary.indexKey(index));
      Dictionary.setFlags(heap, st, e, flags);
      Dictionary.setValue(heap, st, e, scope.get(hv));
      return true;
    }
  }

  /** Appends the own element indices of {@code obj}, ascending, as keys. */
  void appendIndexKeys(long obj, long a, Shape s, List<String> out) {
    long store = layout.elementsStore(a);
    if (store == ValueCodec.UNDEFINED) {
      return;
    }
    long st = ObjectLayout.addr(store);
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

  /** See {@link ObjectModel#setArrayLength}. May collect. */
  boolean setArrayLength(long array, long newLength) {
    long a = ObjectLayout.addr(array);
    Shape s = layout.shapeOf(array);
    if (s.kind() != ObjectKind.ARRAY) {
      throw new ObjectModelException(ObjectModelException.Kind.NOT_AN_ARRAY, "not an array");
    }
    long length = layout.lengthOf(a);
    if (newLength == length) {
      return true;
    }
    if (s.elementsFrozen()) {
      return false;
    }
    if (newLength > length) {
      if (!s.elementsKind().isDictionary()) {
        changeKind(a, s, s.elementsKind().toHoley());
      }
      layout.setLength(a, newLength);
      return true;
    }
    long store = layout.elementsStore(a);
    if (store == ValueCodec.UNDEFINED) {
      layout.setLength(a, newLength);
      return true;
    }
    long st = ObjectLayout.addr(store);
    if (s.elementsKind().isDictionary()) {
      long floor = truncateDictionary(st, newLength);
      layout.setLength(a, floor);
      return floor == newLength;
    }
    int cap = heap.taggedSlotCount(st);
    long end = Math.min(length, cap);
    long floor = s.elementsSealed() ? lastElementBelow(st, end, newLength) : newLength;
    for (long i = floor; i < end; i++) {
      heap.setSlot(st, (int) i, ValueCodec.HOLE);
    }
    layout.setLength(a, floor);
    if (floor == 0) {
      layout.setElementsStore(a, ValueCodec.UNDEFINED);
    } else if (cap > 32 && floor < cap / 4) {
      try (HandleScope scope = heap.openHandleScope()) {
        grow(scope, scope.add(array), (int) (floor + floor / 2 + 8));
      }
    }
    return floor == newLength;
  }

  /**
   * Removes the dictionary elements at or above {@code newLength}, stopping above the highest
   * non-configurable one; returns the resulting length.
   */
  private long truncateDictionary(long st, long newLength) {
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
    return floor;
  }

  /**
   * Sealed elements cannot be deleted: the length stops above the last one at or past newLength.
   */
  private long lastElementBelow(long st, long end, long newLength) {
    for (long i = end - 1; i >= newLength; i--) {
      if (heap.getSlot(st, (int) i) != ValueCodec.HOLE) {
        return i + 1;
      }
    }
    return newLength;
  }
}
