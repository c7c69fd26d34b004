package org.jsheap.bench.shapes;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.jsheap.shapes.ObjectModel;

/**
 * Builds benchmark receivers in a {@link JSHeapBenchLanguage.HeapContext}: every object is pushed
 * on the context's root value stack (so it survives, and is updated by, the collections that
 * building may cause), then {@link #pin} runs a full collection, which promotes every survivor to
 * the non-moving old generation, and returns their addresses. A loop that does not allocate may
 * keep those in a {@code long[]}; the value stack still keeps the objects alive.
 */
final class JSHeapFixtures {
  final ObjectModel model;
  private final Heap heap;
  private final ValueStack roots;

  JSHeapFixtures(JSHeapBenchLanguage.HeapContext context) {
    this.model = context.model;
    this.heap = context.heap;
    this.roots = context.roots;
  }

  /** A new object with {@code proto} (a root index, or -1 for null); returns its root index. */
  int newObject(int proto) {
    long p = proto < 0 ? ValueCodec.NULL : roots.get(proto);
    roots.push(model.newObject(p));
    return roots.size() - 1;
  }

  /** A new array of {@code length} ints {@code a[k] = k}; returns its root index. */
  int newIntArray(int length) {
    roots.push(model.newArray(ValueCodec.NULL, length));
    int h = roots.size() - 1;
    for (int k = 0; k < length; k++) {
      model.putElement(roots.get(h), k, ValueCodec.fromInt(k));
    }
    check(model.arrayLength(roots.get(h)) == length, "array length");
    return h;
  }

  /** The context's root value stack (for loops that allocate and must root what they keep). */
  ValueStack roots() {
    return roots;
  }

  /** {@code object[key] = value} for the object at root index {@code h}. */
  void put(int h, String key, int value) {
    check(model.put(roots.get(h), key, ValueCodec.fromInt(value)), "put " + key);
  }

  boolean isDictionaryMode(int h) {
    return model.isDictionaryMode(roots.get(h));
  }

  /**
   * Collects fully (promoting every survivor) and returns the references at the given root indices,
   * checking that each now lies in the old generation, where objects do not move.
   */
  long[] pin(int... handles) {
    heap.collectFull();
    long[] refs = new long[handles.length];
    for (int i = 0; i < handles.length; i++) {
      refs[i] = roots.get(handles[i]);
      check(heap.isOld(ObjectModel.address(refs[i])), "receiver " + i + " is not old");
    }
    return refs;
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark fixture: " + what);
    }
  }
}
