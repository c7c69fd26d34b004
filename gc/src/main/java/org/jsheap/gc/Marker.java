package org.jsheap.gc;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.BitSet;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.LongStack;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.SlotSet;

/**
 * Tri-color marking of the old generation. White: mark bit clear. Gray: mark bit set and the object
 * on the work list. Black: mark bit set and scanned.
 *
 * <p>Incremental steps trace old objects only: a young reference met during a step is skipped,
 * because scavenges move young objects between steps. The final pause makes up for it: it re-scans
 * the roots, traces every reachable young object, and treats remembered-set slots of marked holders
 * as edges into the young generation, so everything reachable through young objects is marked. The
 * mutator keeps the invariant "no black old object points to a white old object" through the
 * insertion barrier ({@link #barrier}); old objects allocated during marking are allocated black,
 * promoted ones gray.
 *
 * <p>Designed for a concurrent marker thread later: the bitmap is set with compare-and-set; the
 * gray list would become per-thread segments published to a shared pool.
 */
final class Marker {
  private final MemorySegment memory;
  private final MarkBitmap marks;
  private final SemiSpace young;
  private final OldGeneration old;
  private final SlotSet rememberedSet;
  private final RootRegistry roots;
  private final LongStack gray = new LongStack(1024);
  private final BitSet liveClassIds = new BitSet();
  private boolean marking;
  private boolean finalPhase;
  private long markedOldBytes;

  Marker(
      MemorySegment memory,
      MarkBitmap marks,
      SemiSpace young,
      OldGeneration old,
      SlotSet rememberedSet,
      RootRegistry roots) {
    this.memory = memory;
    this.marks = marks;
    this.young = young;
    this.old = old;
    this.rememberedSet = rememberedSet;
    this.roots = roots;
  }

  /** Whether a marking cycle is running (between {@link #start} and {@link #finish}). */
  boolean isMarking() {
    return marking;
  }

  /** Begins a cycle: completes the previous sweep and clears the old generation's marks. */
  void start() {
    old.finishSweeping();
    marks.clear(old.start(), old.end());
    gray.clear();
    liveClassIds.clear();
    markedOldBytes = 0;
    finalPhase = false;
    marking = true;
  }

  /** Stops a cycle without finishing it (the heap closed); its mark bits mean nothing. */
  void abandon() {
    marking = false;
    finalPhase = false;
    gray.clear();
  }

  /** Shades the old objects the roots reference, so incremental work starts early. */
  void markRootsIncrementally() {
    roots.visitRoots(
        value -> {
          markValue(value);
          return value;
        });
  }

  /** The insertion barrier: {@code target} (old) was stored into {@code holder}. */
  void barrier(long holder, long target) {
    if (!young.contains(holder) && marks.isMarked(holder) && marks.mark(target)) {
      gray.push(target);
    }
  }

  /** An old object allocated during marking: black, with its class id noted. */
  void allocatedBlack(long address, int classId, long size) {
    marks.mark(address);
    liveClassIds.set(classId);
    markedOldBytes += size;
  }

  /** An object promoted during marking: gray, so its old children get marked. */
  void promotedGray(long address) {
    if (marks.mark(address)) {
      gray.push(address);
    }
  }

  void noteClassId(int classId) {
    liveClassIds.set(classId);
  }

  long markedOldBytes() {
    return markedOldBytes;
  }

  private void markValue(long value) {
    if (!ValueCodec.isReference(value)) {
      return;
    }
    long target = ValueCodec.asReference(value);
    if (young.contains(target) && !finalPhase) {
      return;
    }
    if (marks.mark(target)) {
      gray.push(target);
    }
  }

  /** Scans gray objects worth about {@code budgetBytes}; true when the work list is empty. */
  boolean step(long budgetBytes) {
    long done = 0;
    while (!gray.isEmpty() && done < budgetBytes) {
      done += scan(gray.pop());
    }
    return gray.isEmpty();
  }

  private void drain() {
    while (!gray.isEmpty()) {
      scan(gray.pop());
    }
  }

  private long scan(long object) {
    long w0 = memory.get(JAVA_LONG, object);
    long w1 = memory.get(JAVA_LONG, object + 8);
    liveClassIds.set(ObjectHeader.classId(w0));
    long size = ObjectHeader.size(w1);
    if (!young.contains(object)) {
      markedOldBytes += size;
    }
    long slot = object + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(w1);
    for (; slot < end; slot += 8) {
      markValue(memory.get(JAVA_LONG, slot));
    }
    return size;
  }

  /**
   * The final stop-the-world part of a cycle: re-scan roots, trace the young generation, follow
   * remembered old-to-young edges of marked holders until nothing changes. Afterwards the mark bits
   * are complete (the plan may validate them) and the plan hands the spaces over to sweeping.
   *
   * @return the hidden-class ids some live object carries (a fresh set the caller may keep)
   */
  BitSet finish() {
    finalPhase = true;
    marks.clear(young.start(), young.end());
    roots.visitRoots(
        value -> {
          markValue(value);
          return value;
        });
    drain();
    boolean[] changed = new boolean[1];
    do {
      changed[0] = false;
      rememberedSet.forEach(
          slot -> {
            long holder = old.objectStartOfSlot(slot);
            if (holder != 0 && marks.isMarked(holder)) {
              long value = memory.get(JAVA_LONG, slot);
              if (ValueCodec.isReference(value)) {
                long target = ValueCodec.asReference(value);
                if (marks.mark(target)) {
                  gray.push(target);
                  changed[0] = true;
                }
              }
            }
            return true;
          });
      drain();
    } while (changed[0]);
    finalPhase = false;
    marking = false;
    gray.trim(1 << 16);
    return (BitSet) liveClassIds.clone();
  }
}
