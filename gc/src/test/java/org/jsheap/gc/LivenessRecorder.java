package org.jsheap.gc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Records what the collector reports through {@link GcListener}: the live class ids of the last
 * full marking and the kinds of collection seen. Tests give objects unique class ids and use this
 * to observe liveness without relying on addresses.
 */
final class LivenessRecorder implements GcListener {
  private BitSet lastLiveClassIds;
  private int markings;
  final List<CollectionKind> kinds = new ArrayList<>();

  @Override
  public void afterCollection(CollectionKind kind, GcStatistics statistics) {
    kinds.add(kind);
  }

  @Override
  public void liveClassIds(BitSet classIds) {
    lastLiveClassIds = (BitSet) classIds.clone();
    markings++;
  }

  /** Number of full markings reported so far. */
  int markings() {
    return markings;
  }

  /** The live class ids of the last full marking; fails if no marking has been reported. */
  BitSet lastLiveClassIds() {
    if (lastLiveClassIds == null) {
      throw new AssertionError("no full marking has reported live class ids yet");
    }
    return lastLiveClassIds;
  }

  boolean lastMarkingSawClass(int classId) {
    return lastLiveClassIds().get(classId);
  }
}
