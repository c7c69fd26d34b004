package org.jsheap.bench.activation;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.Heap;

/**
 * Allocation of the loops' two-slot objects as an interpreter compiles it: the young bump inline
 * (it never collects), everything else behind a boundary. {@link #mayHaveCollected} tells a caller
 * whether it must reload its references from their roots.
 */
final class BenchAllocation {
  private BenchAllocation() {}

  /** Fast-path allocations that never collect are by far the common case. */
  private static final double SLOW_PATH_PROBABILITY = 0.001;

  /** Allocates an object of two tagged slots and returns its address. May collect. */
  static long allocate(Heap heap) {
    long a =
        heap.tryAllocateYoung(ActivationBenchLanguage.CLASS_ID, ActivationBenchLanguage.KIND, 2);
    if (CompilerDirectives.injectBranchProbability(SLOW_PATH_PROBABILITY, a == 0)) {
      return allocateSlow(heap);
    }
    return a;
  }

  @TruffleBoundary
  static long allocateSlow(Heap heap) {
    return heap.allocate(ActivationBenchLanguage.CLASS_ID, ActivationBenchLanguage.KIND, 2, 0);
  }
}
