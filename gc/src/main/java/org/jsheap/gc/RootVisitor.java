package org.jsheap.gc;

/**
 * Visits one root during a collection. The visitor returns the value the root must hold from now
 * on: the same value, or the moved object's new reference. Non-reference values are returned
 * unchanged.
 */
@FunctionalInterface
public interface RootVisitor {
  long visit(long value);
}
