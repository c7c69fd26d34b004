package org.jsheap.gc;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.util.MarkBitmap;

/**
 * The heap's registered {@link ClassEdges}: what the marker, scavenger and verifier call to trace,
 * update and clear class edges.
 */
final class ClassEdgeRegistry {
  private final List<ClassEdges> registered = new ArrayList<>();

  void add(ClassEdges edges) {
    registered.add(edges);
  }

  void remove(ClassEdges edges) {
    registered.remove(edges);
  }

  void clear() {
    registered.clear();
  }

  /** Passes the class's edge targets to {@code visitor}. */
  void visit(int classId, RootVisitor visitor) {
    for (int i = 0; i < registered.size(); i++) {
      registered.get(i).visitClassEdges(classId, visitor);
    }
  }

  /** Scavenge: every class edge is an updatable root. */
  void update(RootVisitor visitor) {
    for (int i = 0; i < registered.size(); i++) {
      registered.get(i).updateClassEdges(visitor);
    }
  }

  /** End of marking: edges whose target is unmarked become {@code undefined}. */
  void clearDead(MarkBitmap marks) {
    update(
        value ->
            ValueCodec.isReference(value) && !marks.isMarked(ValueCodec.asReference(value))
                ? ValueCodec.UNDEFINED
                : value);
  }
}
