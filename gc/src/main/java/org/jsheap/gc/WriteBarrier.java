package org.jsheap.gc;

import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.SlotSet;

/**
 * The reference part of the write barrier, run by {@link Heap#setSlot} after a store of a reference
 * (a store of a non-reference needs no barrier). Generational: a young target stored into an old
 * holder records the slot in the remembered set. Incremental: while marking, an old target stored
 * into an old holder goes to {@link Marker#barrier} (Dijkstra insertion barrier).
 */
final class WriteBarrier {
  private final SemiSpace young;
  private final SlotSet rememberedSet;
  private final Marker marker;

  WriteBarrier(SemiSpace young, SlotSet rememberedSet, Marker marker) {
    this.young = young;
    this.rememberedSet = rememberedSet;
    this.marker = marker;
  }

  /** {@code value}, a reference, was just stored into {@code slot} of {@code holder}. */
  void referenceStored(long holder, long slot, long value) {
    long target = ValueCodec.asReference(value);
    if (young.contains(target)) {
      if (!young.contains(holder)) {
        rememberedSet.record(slot);
      }
    } else if (marker.isMarking()) {
      marker.barrier(holder, target);
    }
  }
}
