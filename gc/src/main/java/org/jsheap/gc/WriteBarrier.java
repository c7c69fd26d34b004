package org.jsheap.gc;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.SlotSet;

/**
 * The reference part of the write barrier, run by {@link Heap#setSlot} after a store of a reference
 * (a store of a non-reference needs no barrier). Generational: a young target stored into an old
 * holder records the slot in the remembered set. Incremental: while marking, an old target stored
 * into an old holder goes to {@link Marker#barrier} (Dijkstra insertion barrier).
 *
 * <p>The fast path ({@link #referenceStored}, inlined at every reference store) is two compares
 * against one constant and one flag: the young generation is the lowest range of heap addresses
 * ({@code [RESERVED_PREFIX_BYTES, youngEnd)}, checked in the constructor), so "is young" is {@code
 * address < youngEnd}. Only a store that has something to record (an old holder, and a young target
 * or an active marking cycle) reaches {@link #recordSlow}, which does what the barrier did before
 * this filter existed: a young holder needs nothing (the marker ignores young holders too).
 */
final class WriteBarrier {
  private final long youngEnd;
  private final SlotSet rememberedSet;
  private final Marker marker;

  WriteBarrier(SemiSpace young, SlotSet rememberedSet, Marker marker) {
    if (young.start() != Heap.RESERVED_PREFIX_BYTES) {
      // The filter's "address < youngEnd means young" needs nothing allocatable below young.
      throw new IllegalArgumentException(
          "the young generation must start the heap's address range: " + young.start());
    }
    this.youngEnd = young.end();
    this.rememberedSet = rememberedSet;
    this.marker = marker;
  }

  /** {@code value}, a reference, was just stored into {@code slot} of {@code holder}. */
  void referenceStored(long holder, long slot, long value) {
    long target = ValueCodec.asReference(value);
    if (holder >= youngEnd && (target < youngEnd || marker.isMarking())) {
      recordSlow(holder, slot, target);
    }
  }

  /**
   * An old holder got a young target, or any target while marking. A boundary: Truffle-compiled
   * stores keep only the filter inline (a compiled reference-store loop was 2128 IR nodes after
   * partial evaluation with this inlined, against 83 for an int store).
   */
  @TruffleBoundary
  private void recordSlow(long holder, long slot, long target) {
    if (target < youngEnd) {
      rememberedSet.record(slot);
    } else {
      marker.barrier(holder, slot, target);
    }
  }
}
