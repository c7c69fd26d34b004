package org.jsheap.gc;

/**
 * Edges a VM attaches to a hidden class rather than to an object: the prototype of a shape, say.
 * Such an edge is traced like an object's own edge, from every object that carries the class, so a
 * prototype is kept alive by its instances (as V8 traces an object's map and the map's prototype)
 * and dies with them, cycles included. Register with {@link Heap#addClassEdges}.
 *
 * <p>The collector calls these methods inside a collection, on the mutator thread: they must not
 * allocate in the heap or start a collection, and should be cheap (plain reads of Java fields).
 */
public interface ClassEdges {
  /**
   * Passes each reference value the class {@code classId} holds to {@code visitor} (the return
   * value is meaningless here). Called during marking the first time a cycle meets an object of the
   * class (memoized per cycle by class id), and once more for every live class in the final pause
   * of a cycle, which also picks up edges changed while marking ran.
   */
  void visitClassEdges(int classId, RootVisitor visitor);

  /**
   * Passes every value the VM holds as a class edge to {@code visitor} and stores the returned
   * value back. A scavenge uses it to update (and keep) young targets; the end of a marking cycle
   * uses it to clear edges whose target died: the visitor then returns {@link ValueCodec#UNDEFINED}
   * for them. No live object carries a class whose edge was cleared.
   */
  void updateClassEdges(RootVisitor visitor);
}
