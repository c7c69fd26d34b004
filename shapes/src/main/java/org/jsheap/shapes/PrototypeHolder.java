package org.jsheap.shapes;

import org.jsheap.gc.RootVisitor;
import org.jsheap.gc.ValueCodec;

/**
 * Holds the prototype of every shape of one shape tree. Shapes are Java objects and prototypes are
 * heap objects that move; the reference is a class edge ({@link org.jsheap.gc.ClassEdges}), not a
 * root: the collector traces it from every object whose class has this holder, updates it in
 * scavenges and clears it (to {@code undefined}) when marking finds the prototype dead, which
 * happens only once no live object inherits from it. So a prototype that reaches its own instances
 * is collected with them. A cleared holder belongs to shapes no live object carries; a cache that
 * keeps such a shape sees {@code undefined}, never the prototype of another object.
 */
public final class PrototypeHolder {
  /** The holder of {@code null}. */
  static final PrototypeHolder NULL = new PrototypeHolder(ValueCodec.NULL);

  /**
   * The prototype: a reference value, {@link ValueCodec#NULL}, or {@code undefined} once cleared.
   */
  // SAFETY: written only on the mutator thread (by the collector's class-edge callbacks, which run
  // there, inside collections), so plain accesses suffice.
  private long prototype;

  PrototypeHolder(long prototype) {
    this.prototype = prototype;
  }

  /** The prototype: a reference value, or {@link ValueCodec#NULL}. */
  public long get() {
    return prototype;
  }

  /** The collector's update of the class edge (see {@link ClassTable#updateClassEdges}). */
  void updateEdge(RootVisitor visitor) {
    if (ValueCodec.isReference(prototype)) {
      prototype = visitor.visit(prototype);
    }
  }

  @Override
  public String toString() {
    return "proto:" + ValueCodec.describe(prototype);
  }
}
