package org.jsheap.gc;

import java.util.BitSet;

/**
 * Observes collections. Both callbacks are called on the mutator thread, inside the pause of the
 * collection that triggers them (the heap is consistent, but a collection is in progress): they
 * must not allocate in the heap or start a collection (both throw {@link IllegalStateException},
 * the fast allocation path included), and should defer heavier work, such as closing handles, until
 * after the collection. A callback that throws ends the pause and reaches the caller of the
 * allocation or collection.
 */
public interface GcListener {
  /**
   * Called at the end of every collection (not after an incremental marking step that does not
   * finish its cycle), still inside its pause, with its kind and the statistics as they now stand.
   */
  default void afterCollection(CollectionKind kind, GcStatistics statistics) {}

  /**
   * Called at the end of every full marking (stop-the-world or incremental) with the set of
   * hidden-class ids that some live object carries. A VM uses it to drop unused hidden classes.
   */
  default void liveClassIds(BitSet classIds) {}
}
