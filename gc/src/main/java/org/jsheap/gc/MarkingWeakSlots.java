package org.jsheap.gc;

import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.LongStack;
import org.jsheap.gc.util.MarkBitmap;

/**
 * Weak slots and ephemerons during a marking cycle. The marker never marks through a weak slot: it
 * lists each scanned weak holder, and evaluates each ephemeron pair: a pair whose key is marked (or
 * is no reference) has its value marked, any other pair waits on a pending list. During the final
 * pause {@link #resolveEphemerons} marks the values of pending pairs whose keys got marked, to a
 * fix-point with the marker's drain (chains of ephemerons), then {@link #clearDead} clears pairs
 * with unmarked keys and weak slots with unmarked targets, before the sweep can free them.
 *
 * <p>Incremental marking: young objects move between steps and are marked only in the final phase,
 * so a pair with a young key waits until then. The mutator's stores into an already marked holder
 * with weak slots are not shaded by the insertion barrier (that would make them strong for the
 * cycle): a weak holder is already listed (scanned, or allocated black through {@link
 * #allocatedBlack}); a stored-into pair of a marked ephemeron table goes on the pending list. Pairs
 * and weak slots that hold young targets of old holders are found through the remembered set in the
 * final phase ({@link #rememberedSlot}). Only old holders are listed before the final phase, and
 * old objects do not move, so listed addresses stay valid for the whole cycle.
 */
final class MarkingWeakSlots {
  private final HeapMemory memory;
  private final MarkBitmap marks;
  private final SemiSpace young;
  private final Marker marker;
  private final LongStack weakHolders = new LongStack(64);
  private final LongStack pendingKeySlots = new LongStack(64);

  MarkingWeakSlots(HeapMemory memory, MarkBitmap marks, SemiSpace young, Marker marker) {
    this.memory = memory;
    this.marks = marks;
    this.young = young;
    this.marker = marker;
  }

  void start() {
    weakHolders.clear();
    pendingKeySlots.clear();
  }

  /** The marker scans a holder with weak slots (instead of marking its slots). */
  void scanHolder(long holder, long word1) {
    if (ObjectHeader.slotStrength(word1) == ObjectHeader.WEAK_SLOTS) {
      weakHolders.push(holder);
      return;
    }
    long slot = holder + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(word1);
    for (; slot + 8 < end; slot += 16) {
      if (!markValueIfKeyLive(slot)) {
        pendingKeySlots.push(slot);
      }
    }
  }

  /** An old holder with weak slots allocated (black) during marking: it will not be scanned. */
  void allocatedBlack(long holder) {
    if (ObjectHeader.slotStrength(memory.getLong(holder + 8)) == ObjectHeader.WEAK_SLOTS) {
      weakHolders.push(holder);
    }
  }

  /**
   * The insertion barrier's case for a marked holder with weak slots: nothing to shade; a pair of
   * an ephemeron table is re-evaluated at the end.
   */
  void storedIntoMarkedHolder(long holder, long word1, long slot) {
    if (ObjectHeader.slotStrength(word1) == ObjectHeader.EPHEMERON_SLOTS) {
      pendingKeySlots.push(keySlotOf(holder, slot));
    }
  }

  /** A remembered old-to-young slot of a marked old holder with weak slots (final phase). */
  void rememberedSlot(long holder, long word1, long slot) {
    storedIntoMarkedHolder(holder, word1, slot);
  }

  private static long keySlotOf(long holder, long slot) {
    return slot - ((slot - holder - ObjectHeader.SIZE) & 8);
  }

  /** Marks a pair's value when its key is live; returns whether the key is live. */
  private boolean markValueIfKeyLive(long keySlot) {
    long key = memory.getLong(keySlot);
    if (ValueCodec.isReference(key)) {
      long address = ValueCodec.asReference(key);
      boolean youngKey = young.contains(address);
      if ((youngKey && !marker.inFinalPhase()) || !marks.isMarked(address)) {
        return false;
      }
    }
    marker.markValue(memory.getLong(keySlot + 8));
    return true;
  }

  /**
   * Final phase: marks the values of pending pairs whose keys are now marked; true when it resolved
   * any (the marker then drains and calls again).
   */
  boolean resolveEphemerons() {
    boolean progress = false;
    int kept = 0;
    for (int i = 0; i < pendingKeySlots.size(); i++) {
      long keySlot = pendingKeySlots.get(i);
      if (markValueIfKeyLive(keySlot)) {
        progress = true;
      } else {
        pendingKeySlots.set(kept++, keySlot);
      }
    }
    while (pendingKeySlots.size() > kept) {
      pendingKeySlots.pop();
    }
    return progress;
  }

  /** End of marking, before sweeping: clears dead pairs and weak slots with unmarked targets. */
  void clearDead() {
    for (int i = 0; i < pendingKeySlots.size(); i++) {
      long keySlot = pendingKeySlots.get(i);
      memory.setLong(keySlot, ValueCodec.UNDEFINED);
      memory.setLong(keySlot + 8, ValueCodec.UNDEFINED);
    }
    for (int i = 0; i < weakHolders.size(); i++) {
      long holder = weakHolders.get(i);
      long slot = holder + ObjectHeader.SIZE;
      long end = slot + 8L * ObjectHeader.taggedSlots(memory.getLong(holder + 8));
      for (; slot < end; slot += 8) {
        long value = memory.getLong(slot);
        if (ValueCodec.isReference(value) && !marks.isMarked(ValueCodec.asReference(value))) {
          memory.setLong(slot, ValueCodec.UNDEFINED);
        }
      }
    }
    start();
    weakHolders.trim(4096);
    pendingKeySlots.trim(4096);
  }
}
