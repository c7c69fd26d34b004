package org.jsheap.gc;

import java.util.BitSet;

/** Observes collections. Listeners must not allocate in the heap. */
public interface GcListener {
  /** Called after every collection with its kind and the statistics as they now stand. */
  default void afterCollection(CollectionKind kind, GcStatistics statistics) {}

  /**
   * Called at the end of every full marking (stop-the-world or incremental) with the set of
   * hidden-class ids that some live object carries. A VM uses it to drop unused hidden classes.
   */
  default void liveClassIds(BitSet classIds) {}
}
