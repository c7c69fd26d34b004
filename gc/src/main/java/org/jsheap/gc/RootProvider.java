package org.jsheap.gc;

/**
 * A set of precise roots the VM holds outside the heap (a value stack, handles, a runtime's realm
 * intrinsics). During a collection the collector calls {@link #visitRoots} once; the provider
 * passes every tagged value it holds to the visitor and stores back what the visitor returns. Edges
 * that should live only as long as the objects of a hidden class, such as the prototype a class
 * table keeps per shape, are not roots: they are {@link ClassEdges}.
 *
 * <p>Contract: after {@code visitRoots} returns, every root holds the returned value; a provider
 * must not allocate in the heap while it is being visited.
 */
@FunctionalInterface
public interface RootProvider {
  void visitRoots(RootVisitor visitor);
}
