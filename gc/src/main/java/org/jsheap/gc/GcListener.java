package org.jsheap.gc;

import java.util.BitSet;

/**
 * Observes collections. Listeners are called on the mutator thread, inside the collection that
 * triggers them (the heap is consistent, but a collection is in progress): they must not allocate
 * in the heap or start a collection (both throw {@link IllegalStateException}), and should defer
 * heavier work, such as closing handles, until after the collection.
 */
public interface GcListener {
  /** Called after every collection with its kind and the statistics as they now stand. */
  default void afterCollection(CollectionKind kind, GcStatistics statistics) {}

  /**
   * Called at the end of every full marking (stop-the-world or incremental) with the set of
   * hidden-class ids that some live object carries. A VM uses it to drop unused hidden classes.
   */
  default void liveClassIds(BitSet classIds) {}
}
