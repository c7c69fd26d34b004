package org.jsheap.bench.truffle;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;
import java.lang.invoke.MethodHandles;

/**
 * A Truffle {@link DynamicObject} with a few in-object slots, as a JS object of a Truffle language
 * would have; the peer of a JSHeap object in the object-model benchmarks.
 */
final class BaselineObject extends DynamicObject {
  /** Lets the object model reach the {@code @DynamicField} slots below. */
  static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  // The object model reads and writes these through LOOKUP; javac sees no use of them.
  @DynamicField private Object o0;
  @DynamicField private Object o1;
  @DynamicField private long p0;
  @DynamicField private long p1;

  BaselineObject(Shape shape) {
    super(shape);
  }
}
