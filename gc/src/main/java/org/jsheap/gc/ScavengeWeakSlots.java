package org.jsheap.gc;

import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.LongStack;
import org.jsheap.gc.util.SlotSet;

/**
 * Weak slots and ephemerons during a scavenge. The scavenger hands over every holder with weak
 * slots instead of updating its slots: weak holders it copied or promoted, ephemeron pairs whose
 * key it has not (yet) reached, and remembered old slots of such holders. Old objects count as live
 * in a scavenge, so only young targets can be found dead here.
 *
 * <p>Order: the scavenger's transitive closure, then {@link #resolveEphemerons} (a pair whose key
 * has been evacuated has its value evacuated, which may extend the closure: the scavenger repeats
 * both until nothing changes), then {@link #clearDead}: pairs whose key was never evacuated are
 * cleared, and each weak slot is updated to its target's new address or cleared.
 */
final class ScavengeWeakSlots {
  private final HeapMemory memory;
  private final SemiSpace young;
  private final SlotSet rememberedSet;
  private final LongStack weakHolders = new LongStack(64);
  private final LongStack weakSlots = new LongStack(64);
  private final LongStack pendingKeySlots = new LongStack(64);
  private long fromStart;
  private long fromEnd;

  ScavengeWeakSlots(HeapMemory memory, SemiSpace young, SlotSet rememberedSet) {
    this.memory = memory;
    this.young = young;
    this.rememberedSet = rememberedSet;
  }

  void begin(long fromStart, long fromEnd) {
    this.fromStart = fromStart;
    this.fromEnd = fromEnd;
  }

  /**
   * A copied or promoted holder whose slot strength is weak or ephemeron: instead of the strong
   * update, its weak slots are deferred and its ephemeron pairs evaluated.
   */
  void scanHolder(long holder, long word1, RootVisitor forwarder) {
    long slot = holder + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(word1);
    if (ObjectHeader.slotStrength(word1) == ObjectHeader.WEAK_SLOTS) {
      weakHolders.push(holder);
      return;
    }
    for (; slot + 8 < end; slot += 16) {
      pair(slot, forwarder);
    }
  }

  /** A remembered old-to-young slot of an old holder with weak slots; returns "keep it". */
  boolean rememberedSlot(long holder, long slot, RootVisitor forwarder) {
    long w1 = memory.getLong(holder + 8);
    if (ObjectHeader.slotStrength(w1) == ObjectHeader.WEAK_SLOTS) {
      weakSlots.push(slot);
    } else {
      long keySlot = slot - ((slot - holder - ObjectHeader.SIZE) & 8);
      long slotsEnd = holder + ObjectHeader.SIZE + 8L * ObjectHeader.taggedSlots(w1);
      if (keySlot + 8 < slotsEnd) {
        pair(keySlot, forwarder);
      }
    }
    return true;
  }

  /**
   * Evaluates a pair: live key (evacuated, old or no reference): evacuates the value; else defer.
   */
  private void pair(long keySlot, RootVisitor forwarder) {
    if (!keyIsLive(keySlot)) {
      pendingKeySlots.push(keySlot);
    }
    traceLivePair(keySlot, forwarder);
  }

  private boolean keyIsLive(long keySlot) {
    long key = memory.getLong(keySlot);
    if (!ValueCodec.isReference(key)) {
      return true;
    }
    long address = ValueCodec.asReference(key);
    return address < fromStart
        || address >= fromEnd
        || ObjectHeader.isForwarded(memory.getLong(address));
  }

  /** For a pair with a live key: updates key and value slots. No-op while the key is pending. */
  private void traceLivePair(long keySlot, RootVisitor forwarder) {
    if (!keyIsLive(keySlot)) {
      return;
    }
    update(keySlot, forwarder);
    update(keySlot + 8, forwarder);
  }

  private void update(long slot, RootVisitor forwarder) {
    long value = memory.getLong(slot);
    if (!ValueCodec.isReference(value)) {
      return;
    }
    long updated = forwarder.visit(value);
    if (updated != value) {
      memory.setLong(slot, updated);
    }
    recordIfOldToYoung(slot, updated);
  }

  private void recordIfOldToYoung(long slot, long value) {
    if (!young.contains(slot) && young.contains(ValueCodec.asReference(value))) {
      rememberedSet.record(slot);
    }
  }

  /**
   * Evacuates the values of pending pairs whose keys have been evacuated since; true when it did
   * any (the caller then continues its closure and calls again).
   */
  boolean resolveEphemerons(RootVisitor forwarder) {
    boolean progress = false;
    int kept = 0;
    for (int i = 0; i < pendingKeySlots.size(); i++) {
      long keySlot = pendingKeySlots.get(i);
      if (keyIsLive(keySlot)) {
        traceLivePair(keySlot, forwarder);
        progress = true;
      } else {
        pendingKeySlots.set(kept++, keySlot);
      }
    }
    truncate(pendingKeySlots, kept);
    return progress;
  }

  /** After the closure: clears dead pairs, then updates or clears every deferred weak slot. */
  void clearDead() {
    for (int i = 0; i < pendingKeySlots.size(); i++) {
      long keySlot = pendingKeySlots.get(i);
      memory.setLong(keySlot, ValueCodec.UNDEFINED);
      memory.setLong(keySlot + 8, ValueCodec.UNDEFINED);
    }
    pendingKeySlots.clear();
    for (int i = 0; i < weakHolders.size(); i++) {
      long holder = weakHolders.get(i);
      long slot = holder + ObjectHeader.SIZE;
      long end = slot + 8L * ObjectHeader.taggedSlots(memory.getLong(holder + 8));
      for (; slot < end; slot += 8) {
        weakSlot(slot);
      }
    }
    for (int i = 0; i < weakSlots.size(); i++) {
      weakSlot(weakSlots.get(i));
    }
    weakHolders.clear();
    weakSlots.clear();
    weakHolders.trim(4096);
    weakSlots.trim(4096);
    pendingKeySlots.trim(4096);
  }

  private void weakSlot(long slot) {
    long value = memory.getLong(slot);
    if (!ValueCodec.isReference(value)) {
      return;
    }
    long address = ValueCodec.asReference(value);
    if (address < fromStart || address >= fromEnd) {
      return;
    }
    long w0 = memory.getLong(address);
    if (ObjectHeader.isForwarded(w0)) {
      long moved = ValueCodec.withAddress(ObjectHeader.forwardee(w0));
      memory.setLong(slot, moved);
      recordIfOldToYoung(slot, moved);
    } else {
      memory.setLong(slot, ValueCodec.UNDEFINED);
    }
  }

  private static void truncate(LongStack stack, int size) {
    while (stack.size() > size) {
      stack.pop();
    }
  }
}
