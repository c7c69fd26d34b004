package org.jsheap.shapes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack tracking for one allocation site (a constructor or literal): the first {@link
 * #TRACKING_ALLOCATIONS} objects get a generous {@link #INITIAL_CAPACITY} in-object slots; then the
 * site settles on the most properties any of them received, so later objects are exactly as big as
 * the site's objects turned out to be (V8 does the same with its construction counter). Objects
 * allocated while tracking keep their generous size; they simply have a different root.
 */
public final class AllocationSite {
  public static final int INITIAL_CAPACITY = 16;
  public static final int TRACKING_ALLOCATIONS = 8;

  private int allocations;
  private int capacity = INITIAL_CAPACITY;
  private List<Shape> trackedRoots = new ArrayList<>();
  private final Assumption tracking = Truffle.getRuntime().createAssumption("slack tracking");

  /** In-object capacity for the next object from this site. */
  int capacityForNextAllocation() {
    if (trackedRoots != null && allocations >= TRACKING_ALLOCATIONS) {
      int max = 0;
      for (Shape root : trackedRoots) {
        max = Math.max(max, root.maxPropertyCount);
      }
      capacity = max;
      trackedRoots = null;
      tracking.invalidate();
    }
    return capacity;
  }

  void recordAllocation(Shape root) {
    allocations++;
    if (trackedRoots != null && !trackedRoots.contains(root)) {
      trackedRoots.add(root);
    }
  }

  /** Whether slack tracking has finished. */
  public boolean isTrackingComplete() {
    return trackedRoots == null;
  }

  /**
   * Valid while slack tracking runs (the capacity may still change); invalidated when it finishes,
   * after which {@link #capacity()} never changes, so an allocation node may cache its root shape.
   */
  public Assumption trackingAssumption() {
    return tracking;
  }

  /** The in-object capacity this site currently gives its objects. */
  public int capacity() {
    return capacity;
  }
}
