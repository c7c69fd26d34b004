package org.jsheap.bench.shapes;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;
import java.lang.invoke.MethodHandles;

/**
 * A Truffle {@link DynamicObject} with four in-object slots, as many as a JSHeap object allocated
 * without an allocation site ({@code ObjectModel.DEFAULT_IN_OBJECT_CAPACITY}).
 */
final class BenchObject extends DynamicObject {
  /** Lets the object model reach the {@code @DynamicField} slots below. */
  static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  // The object model reads and writes these through LOOKUP; javac sees no use of them.
  @DynamicField private Object o0;
  @DynamicField private Object o1;
  @DynamicField private long p0;
  @DynamicField private long p1;

  BenchObject(Shape shape) {
    super(shape);
  }
}
