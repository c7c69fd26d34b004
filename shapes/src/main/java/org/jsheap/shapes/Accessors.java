package org.jsheap.shapes;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * Accessor properties: the heap accessor pairs (slot 0 getter, slot 1 setter) and the calls to
 * them, which the language performs through its {@link AccessorInvoker}.
 */
final class Accessors {
  private static final int GETTER = 0;
  private static final int SETTER = 1;

  private final ObjectLayout layout;
  private final Heap heap;
  private AccessorInvoker invoker = AccessorInvoker.NONE;

  Accessors(ObjectLayout layout) {
    this.layout = layout;
    this.heap = layout.heap;
  }

  void setInvoker(AccessorInvoker invoker) {
    this.invoker = invoker;
  }

  /** Calls the getter of {@code pair} with {@code receiver}; undefined if it has none. */
  long callGetter(long pair, long receiver) {
    long getter = heap.getSlot(ObjectLayout.addr(pair), GETTER);
    return getter == ValueCodec.UNDEFINED
        ? ValueCodec.UNDEFINED
        : invoker.callGetter(getter, receiver);
  }

  /** Calls the setter of {@code pair}; false if it has none. */
  boolean callSetter(long pair, long receiver, long value) {
    long setter = heap.getSlot(ObjectLayout.addr(pair), SETTER);
    if (setter == ValueCodec.UNDEFINED) {
      return false;
    }
    invoker.callSetter(setter, receiver, value);
    return true;
  }

  /** A new pair (a reference) holding {@code getter} and {@code setter}. May collect. */
  long newPair(long getter, long setter) {
    try (HandleScope scope = heap.openHandleScope()) {
      int hg = scope.add(getter);
      int hs = scope.add(setter);
      long pair = layout.allocateAccessorPair();
      heap.setSlot(pair, GETTER, scope.get(hg));
      heap.setSlot(pair, SETTER, scope.get(hs));
      return ValueCodec.fromReference(pair);
    }
  }

  /** The descriptor of an own property with {@code flags} whose slot holds {@code value}. */
  PropertyDescriptor describe(long value, int flags) {
    if ((flags & Property.ACCESSOR) != 0) {
      long pair = ObjectLayout.addr(value);
      return new PropertyDescriptor(
          ValueCodec.UNDEFINED, heap.getSlot(pair, GETTER), heap.getSlot(pair, SETTER), flags);
    }
    return new PropertyDescriptor(value, ValueCodec.UNDEFINED, ValueCodec.UNDEFINED, flags);
  }
}
