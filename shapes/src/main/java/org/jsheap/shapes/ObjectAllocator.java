package org.jsheap.shapes;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Allocation of JavaScript objects: the root shape for (prototype, kind, capacity), slack tracking
 * through {@link AllocationSite}, and the heap allocation of an object with its reserved slots.
 */
final class ObjectAllocator {
  private final ObjectLayout layout;
  private final Heap heap;
  private final ClassTable classes;
  private final Prototypes prototypes;
  private final DictionaryMode dictionaryMode;

  ObjectAllocator(ObjectLayout layout, Prototypes prototypes, DictionaryMode dictionaryMode) {
    this.layout = layout;
    this.heap = layout.heap;
    this.classes = layout.classes;
    this.prototypes = prototypes;
    this.dictionaryMode = dictionaryMode;
  }

  /** A new ordinary object sized by the slack tracking of {@code site}. May collect. */
  long newObject(AllocationSite site, long proto) {
    int capacity = site.capacityForNextAllocation();
    try (HandleScope scope = heap.openHandleScope()) {
      int hp = scope.add(proto);
      Shape root = prototypes.rootFor(scope, hp, ObjectKind.ORDINARY, capacity);
      site.recordAllocation(root);
      return allocate(root);
    }
  }

  /** See {@link ObjectModel#settledRoot}. Never allocates. */
  Shape settledRoot(AllocationSite site, long proto) {
    int capacity = site == null ? ObjectModel.DEFAULT_IN_OBJECT_CAPACITY : site.capacity();
    if (proto == ValueCodec.NULL) {
      return classes.nullRoot(ObjectKind.ORDINARY, capacity);
    }
    Shape ps = layout.shapeOf(proto);
    if (!ps.isDictionary()) {
      return null;
    }
    return classes.prototypeRoot(ps, proto, ObjectKind.ORDINARY, capacity);
  }

  /** See {@link ObjectModel#newObjectLiteral}. May collect. */
  long newObjectLiteral(long proto, int propertyCount) {
    if (propertyCount <= ObjectModel.MAX_FAST_PROPERTIES) {
      return newObject(proto, ObjectKind.ORDINARY, Math.min(propertyCount, 16));
    }
    try (HandleScope scope = heap.openHandleScope()) {
      int ho = scope.add(newObject(proto, ObjectKind.ORDINARY, 0));
      dictionaryMode.normalize(scope, ho, propertyCount);
      return scope.get(ho);
    }
  }

  /** A new object of {@code kind} with {@code capacity} in-object slots. May collect. */
  long newObject(long proto, ObjectKind kind, int capacity) {
    if (proto != ValueCodec.NULL) {
      ObjectLayout.addr(proto);
    }
    try (HandleScope scope = heap.openHandleScope()) {
      int hp = scope.add(proto);
      return allocate(prototypes.rootFor(scope, hp, kind, capacity));
    }
  }

  /** A new object with shape {@code root} through the heap's slow path. May collect. */
  long allocate(Shape root) {
    classes.touch(root);
    ObjectKind kind = root.kind();
    long a =
        heap.allocate(
            root.id(), kind.heapKind(), kind.reservedSlots() + root.inObjectCapacity(), 0);
    if (kind == ObjectKind.ARRAY) {
      heap.setSlot(a, ObjectLayout.LENGTH_SLOT, ValueCodec.fromInt(0));
    }
    return ValueCodec.fromReference(a);
  }
}
