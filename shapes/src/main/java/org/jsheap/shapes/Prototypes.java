package org.jsheap.shapes;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Prototypes: the root shape of objects inheriting from a prototype, prototype mode (objects used
 * as prototypes live in dictionary mode with a shape of their own) and Object.setPrototypeOf.
 */
final class Prototypes {
  private final ObjectLayout layout;
  private final Heap heap;
  private final ClassTable classes;
  private final DictionaryMode dictionaryMode;

  Prototypes(ObjectLayout layout, DictionaryMode dictionaryMode) {
    this.layout = layout;
    this.heap = layout.heap;
    this.classes = layout.classes;
    this.dictionaryMode = dictionaryMode;
  }

  long getPrototype(long obj) {
    return layout.shapeOf(obj).prototype();
  }

  /**
   * The root shape of objects of {@code kind} inheriting from the object at handle hp (or null).
   */
  Shape rootFor(HandleScope scope, int hp, ObjectKind kind, int capacity) {
    if (scope.get(hp) == ValueCodec.NULL) {
      return classes.nullRoot(kind, capacity);
    }
    ensurePrototypeMode(scope, hp);
    long proto = scope.get(hp);
    return classes.prototypeRoot(layout.shapeOf(proto), proto, kind, capacity);
  }

  /**
   * Objects used as prototypes live in dictionary mode with a shape of their own (as V8's prototype
   * maps): the shape then identifies the prototype object, so a cached prototype-chain lookup is
   * guarded by that one shape's assumption, which changes whenever the prototype does. May collect.
   */
  void ensurePrototypeMode(HandleScope scope, int hp) {
    if (!layout.shapeOf(scope.get(hp)).isDictionary()) {
      dictionaryMode.normalize(scope, hp, 0);
    }
  }

  /** See {@link ObjectModel#setPrototype}. May collect. */
  boolean setPrototype(long obj, long proto) {
    Shape s = layout.shapeOf(obj);
    if (DescriptorRules.sameValue(s.prototype(), proto)) {
      return true;
    }
    if (!s.isExtensible()) {
      return false;
    }
    for (long p = proto; p != ValueCodec.NULL; p = layout.shapeOf(p).prototype()) {
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
        layout.shapeOf(scope.get(ho)).setPrototypeInPlace(holder);
      } else {
        Shape root = rootFor(scope, hp, s.kind(), s.inObjectCapacity());
        long a = ObjectLayout.addr(scope.get(ho));
        layout.setShape(a, layout.shapeOf(scope.get(ho)).rebaseOnto(root));
      }
    }
    return true;
  }

  private PrototypeHolder prototypeHolder(long proto) {
    Shape ps = layout.shapeOf(proto);
    if (ps.prototypeInfo == null) {
      ps.prototypeInfo = new PrototypeInfo();
    }
    return classes.holderFor(ps.prototypeInfo, proto);
  }
}
