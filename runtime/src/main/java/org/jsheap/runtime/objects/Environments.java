package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.HeapKind;

/**
 * Closure environments in the heap: only scopes with captured variables get one. Slot 0 is the
 * parent environment, slots 1.. the captured variables in the order the translator assigned.
 */
public final class Environments {
  private Environments() {}

  /**
   * A new environment of {@code size} variables whose parent is in absolute slot {@code parent}.
   */
  public static long create(JSHeapContext ctx, int size, int parentIndex) {
    Heap heap = ctx.heap();
    long a = heap.allocate(JsStrings.CELL_CLASS, HeapKind.ENVIRONMENT, 1 + size, 0);
    heap.setSlot(a, 0, ctx.activation().get(parentIndex));
    return fromReference(a);
  }

  /** A copy of environment {@code index} (per-iteration bindings of {@code for (let ...)}). */
  public static long copy(JSHeapContext ctx, int envIndex) {
    Heap heap = ctx.heap();
    int n = heap.taggedSlotCount(asReference(ctx.activation().get(envIndex)));
    long a = heap.allocate(JsStrings.CELL_CLASS, HeapKind.ENVIRONMENT, n, 0);
    long old = asReference(ctx.activation().get(envIndex));
    for (int i = 0; i < n; i++) {
      heap.setSlot(a, i, heap.getSlot(old, i));
    }
    return fromReference(a);
  }

  /** The environment {@code depth} parents up from {@code env}. */
  public static long walk(Heap heap, long env, int depth) {
    for (int i = 0; i < depth; i++) {
      env = heap.getSlot(asReference(env), 0);
    }
    return env;
  }

  public static long get(Heap heap, long env, int index) {
    return heap.getSlot(asReference(env), 1 + index);
  }

  public static void set(Heap heap, long env, int index, long value) {
    heap.setSlot(asReference(env), 1 + index, value);
  }
}
