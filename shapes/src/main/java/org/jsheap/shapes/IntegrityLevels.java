package org.jsheap.shapes;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Object.preventExtensions, seal and freeze, and their tests. A fast object moves to the
 * integrity-level transition of its shape; a dictionary object restricts its entries and changes
 * its own shape's flags in place.
 */
final class IntegrityLevels {
  static final int PREVENT_EXTENSIONS = 0;
  static final int SEALED = 1;
  static final int FROZEN = 2;

  private final ObjectLayout layout;
  private final Heap heap;
  private final NamedProperties named;

  IntegrityLevels(ObjectLayout layout, NamedProperties named) {
    this.layout = layout;
    this.heap = layout.heap;
    this.named = named;
  }

  void setIntegrity(long obj, int level) {
    long a = ObjectLayout.addr(obj);
    Shape s = layout.shapeOf(obj);
    if (s.elementsKind().isDictionary() && level > PREVENT_EXTENSIONS) {
      long store = layout.elementsStore(a);
      if (store != ValueCodec.UNDEFINED) {
        restrictEntries(ObjectLayout.addr(store), level);
      }
    }
    if (s.isDictionary()) {
      if (level > PREVENT_EXTENSIONS) {
        restrictEntries(layout.propertiesStore(a), level);
      }
      int f = s.flags() & ~Shape.EXTENSIBLE;
      f |= level >= SEALED ? Shape.ELEMENTS_SEALED : 0;
      f |= level >= FROZEN ? Shape.ELEMENTS_FROZEN : 0;
      s.setFlagsInPlace(f);
    } else {
      layout.setShape(a, s.withIntegrity(level));
    }
  }

  private void restrictEntries(long t, int level) {
    int cap = Dictionary.capacity(heap, t);
    for (int e = 0; e < cap; e++) {
      if (Dictionary.isLive(Dictionary.key(heap, t, e))) {
        int f = Dictionary.flags(heap, t, e) & ~Property.CONFIGURABLE;
        if (level >= FROZEN && (f & Property.ACCESSOR) == 0) {
          f &= ~Property.WRITABLE;
        }
        Dictionary.setFlags(heap, t, e, f);
      }
    }
  }

  boolean isExtensible(long obj) {
    return layout.shapeOf(obj).isExtensible();
  }

  /** Object.isSealed ({@code frozen} false) or Object.isFrozen. */
  boolean testIntegrity(long obj, boolean frozen) {
    if (isExtensible(obj)) {
      return false;
    }
    for (Object key : named.ownPropertyKeys(obj)) {
      PropertyDescriptor d = named.getOwnProperty(obj, key);
      if (d.isConfigurable() || (frozen && !d.isAccessor() && d.isWritable())) {
        return false;
      }
    }
    return true;
  }
}
