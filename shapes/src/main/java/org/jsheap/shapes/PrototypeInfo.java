package org.jsheap.shapes;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-prototype data attached to the (unique, dictionary-mode) shape of an object that is used as a
 * prototype: the holder of references to it and the roots of the shape trees of objects that
 * inherit from it. Both are held weakly: the prototype's own shape is pinned while the prototype
 * lives, and a strong edge here would keep the prototype alive through its own handle.
 */
final class PrototypeInfo {
  WeakReference<PrototypeHolder> holder = new WeakReference<>(null);
  final Map<Long, WeakReference<Shape>> roots = new HashMap<>();
}
