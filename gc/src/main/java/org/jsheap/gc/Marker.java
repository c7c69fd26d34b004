package org.jsheap.gc;

import java.lang.invoke.VarHandle;
import java.util.BitSet;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.GrayQueue;
import org.jsheap.gc.util.HeapMemory;
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
 * <p><b>Concurrent cycles</b> ({@link #start start(true)}): a {@link MarkerThread} runs {@link
 * #concurrentStep} while the mutator runs. Ownership is split by thread, never shared under a lock:
 *
 * <ul>
 *   <li>the marker thread owns {@code gray}, {@code liveClassIds}, {@code markedOldBytes} and
 *       {@code deferredHolders}; it only <em>reads</em> the heap (old objects only), sets mark bits
 *       by compare-and-set, and takes segments from {@code barrierGray};
 *   <li>the mutator owns {@code barrierGray}'s private segment, {@code mutatorClassIds}, {@code
 *       blackBytes}, the {@link MarkingWeakSlots} lists, class edges and roots;
 *   <li>while the marker thread is parked or stopped (the final pause), the mutator owns
 *       everything; the thread's lock hand-over orders the two. Scavenges run beside the marker
 *       thread: it never reads young objects, and old slots the scavenger rewrites are release
 *       stores.
 * </ul>
 *
 * The marker thread never visits class edges (VM code) nor weak holders (their lists belong to the
 * mutator): it records class ids and defers weak holders to the final pause.
 */
final class Marker {
  private final HeapMemory memory;
  private final MarkBitmap marks;
  private final SemiSpace young;
  private final OldGeneration old;
  private final SlotSet rememberedSet;
  private final RootRegistry roots;
  private final LongStack gray = new LongStack(1024);
  private final BitSet liveClassIds = new BitSet();
  private final GrayQueue barrierGray = new GrayQueue();
  private final BitSet mutatorClassIds = new BitSet();
  private final LongStack deferredHolders = new LongStack(64);
  private final ClassEdgeRegistry classEdges;
  private final MarkingWeakSlots weakSlots;
  private final RootVisitor edgeMarker =
      value -> {
        markValue(value);
        return value;
      };
  private boolean marking;
  private boolean finalPhase;
  private boolean concurrent;
  private long markedOldBytes;
  private long blackBytes;
  // SAFETY: racy by design: written by a test on the mutator thread between cycles, read by the
  // barrier on the same thread; volatile only so a test may flip it while a cycle runs.
  private volatile boolean brokenBarrierForTesting;

  Marker(
      HeapMemory memory,
      MarkBitmap marks,
      SemiSpace young,
      OldGeneration old,
      SlotSet rememberedSet,
      RootRegistry roots,
      ClassEdgeRegistry classEdges) {
    this.memory = memory;
    this.marks = marks;
    this.young = young;
    this.old = old;
    this.rememberedSet = rememberedSet;
    this.roots = roots;
    this.classEdges = classEdges;
    this.weakSlots = new MarkingWeakSlots(memory, marks, young, this);
  }

  /** Whether a marking cycle is running (between {@link #start} and {@link #finish}). */
  boolean isMarking() {
    return marking;
  }

  /**
   * Begins a cycle: completes the previous sweep and clears the old generation's marks. With {@code
   * concurrentCycle} a marker thread will run {@link #concurrentStep}; the caller starts it after
   * the roots are shaded.
   */
  void start(boolean concurrentCycle) {
    old.finishSweeping();
    marks.clear(old.start(), old.end());
    gray.clear();
    barrierGray.clear();
    deferredHolders.clear();
    liveClassIds.clear();
    mutatorClassIds.clear();
    weakSlots.start();
    markedOldBytes = 0;
    blackBytes = 0;
    finalPhase = false;
    concurrent = concurrentCycle;
    marking = true;
  }

  /** Stops a cycle without finishing it (the heap closed); its mark bits mean nothing. */
  void abandon() {
    marking = false;
    finalPhase = false;
    concurrent = false;
    gray.clear();
    barrierGray.clear();
    deferredHolders.clear();
  }

  /** Whether the running cycle is traced by a marker thread. */
  boolean isConcurrent() {
    return concurrent;
  }

  /**
   * Test-only switch: the barrier of concurrent cycles shades nothing. The race tests must then
   * find missed marks ({@code ConcurrentMarkingRaceTest}).
   */
  void breakBarrierForTesting(boolean broken) {
    brokenBarrierForTesting = broken;
  }

  /** Mutator: makes what the barrier shaded so far visible to the marker thread. */
  void publishBarrierWork() {
    barrierGray.publish();
  }

  /** Shades the old objects the roots reference, so incremental work starts early. */
  void markRootsIncrementally() {
    roots.visitRoots(
        value -> {
          markValue(value);
          return value;
        });
  }

  /**
   * The insertion barrier: {@code target} (old) was stored into {@code slot} of {@code holder}. A
   * holder with weak slots shades nothing (see {@link MarkingWeakSlots}).
   */
  void barrier(long holder, long slot, long target) {
    if (young.contains(holder)) {
      return;
    }
    if (concurrent) {
      if (brokenBarrierForTesting) {
        return;
      }
      // SAFETY: a Dekker pair with the marker thread. Mutator: store the slot (done by setSlot),
      // full fence, read the holder's bit. Marker (concurrentScan): set the holder's bit (CAS),
      // full fence, read the slots. Whichever fence comes second in the total order of fences makes
      // its side see the other's write: the marker reads the new value, or the mutator sees the
      // holder marked and shades the target. Without the fence both reads may be reordered before
      // the writes (store buffers) and the target stays white in a black holder: a missed mark.
      VarHandle.fullFence();
      if (!marks.isMarkedVolatile(holder)) {
        return;
      }
    } else if (!marks.isMarked(holder)) {
      return;
    }
    long w1 = memory.getLong(holder + 8);
    if (ObjectHeader.slotStrength(w1) != ObjectHeader.STRONG_SLOTS) {
      weakSlots.storedIntoMarkedHolder(holder, w1, slot);
    } else if (marks.mark(target)) {
      pushFromMutator(target);
    }
  }

  /** A gray object found by the mutator: to the marker thread's queue in a concurrent cycle. */
  private void pushFromMutator(long object) {
    if (concurrent && !finalPhase) {
      barrierGray.push(object);
    } else {
      gray.push(object);
    }
  }

  /** An old holder with weak slots was allocated black (after {@link #allocatedBlack}). */
  void allocatedBlackWithWeakSlots(long address) {
    weakSlots.allocatedBlack(address);
  }

  boolean inFinalPhase() {
    return finalPhase;
  }

  /** An old object allocated during marking: black, with its class id noted. */
  void allocatedBlack(long address, int classId, long size) {
    marks.mark(address);
    noteClassId(classId);
    blackBytes += size;
  }

  /** An object promoted during marking: gray, so its old children get marked. */
  void promotedGray(long address) {
    if (marks.mark(address)) {
      pushFromMutator(address);
    }
  }

  /**
   * A class some live object carries: the first time in a cycle, its class edges are traced. Called
   * on the mutator; in a concurrent cycle before the final pause the id is only recorded (the final
   * pause visits the edges of every recorded class).
   */
  void noteClassId(int classId) {
    if (concurrent && !finalPhase) {
      mutatorClassIds.set(classId);
    } else if (!liveClassIds.get(classId)) {
      liveClassIds.set(classId);
      classEdges.visit(classId, edgeMarker);
    }
  }

  long markedOldBytes() {
    return markedOldBytes;
  }

  /** Shades a value's target; young targets only in the final phase. */
  void markValue(long value) {
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

  /**
   * Marker thread: scans gray old objects worth about {@code budgetBytes}, taking the barrier's
   * published segments when its own list runs dry; true when both are empty.
   */
  boolean concurrentStep(long budgetBytes) {
    long done = 0;
    while (done < budgetBytes) {
      if (gray.isEmpty() && !barrierGray.pollInto(gray)) {
        return true;
      }
      done += concurrentScan(gray.pop());
    }
    return false;
  }

  /**
   * Marker thread: scans one gray old object while the mutator runs. Reads only: the header (word 1
   * is fixed for an allocated object's life; word 0 may change class id or hash under us, and
   * either class id read is a live one: the mutator records the new id itself) and the slots.
   */
  private long concurrentScan(long object) {
    // SAFETY: the marker's half of the barrier's Dekker pair (see barrier): every bit this thread
    // set, and every bit set by the mutator before it published the object, is ordered before the
    // slot reads below.
    VarHandle.fullFence();
    long w0 = readRacy(object);
    long w1 = memory.getLong(object + 8);
    liveClassIds.set(ObjectHeader.classId(w0));
    long size = ObjectHeader.size(w1);
    markedOldBytes += size;
    if (ObjectHeader.slotStrength(w1) != ObjectHeader.STRONG_SLOTS) {
      deferredHolders.push(object); // weak slots: decided in the final pause
      return size;
    }
    long slot = object + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(w1);
    for (; slot < end; slot += 8) {
      markValue(readRacy(slot));
    }
    return size;
  }

  /**
   * A word of an old object the mutator may be writing, read with acquire mode.
   *
   * <p>SAFETY: tolerates the race with the mutator's store of the same aligned word (setSlot, or
   * the scavenger's release store of a forwarded address): the read is atomic (never a torn value)
   * and is not hoisted out of the scan loop, so it sees the old or the new value. Every value ever
   * stored in a slot is a valid tagged value, so either is safe to follow; a missed new value is
   * the barrier's business. Acquire pairs with the scavenger's release: a promoted address read
   * here comes with its mark bit already set (see {@code Scavenger.publishOldSlot}).
   */
  private long readRacy(long address) {
    return memory.getLongAcquire(address);
  }

  private void drain() {
    while (!gray.isEmpty()) {
      scan(gray.pop());
    }
  }

  private long scan(long object) {
    long w0 = memory.getLong(object);
    long w1 = memory.getLong(object + 8);
    noteClassId(ObjectHeader.classId(w0));
    long size = ObjectHeader.size(w1);
    if (!young.contains(object)) {
      markedOldBytes += size;
    }
    if (ObjectHeader.slotStrength(w1) != ObjectHeader.STRONG_SLOTS) {
      weakSlots.scanHolder(object, w1);
      return size;
    }
    long slot = object + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(w1);
    for (; slot < end; slot += 8) {
      markValue(memory.getLong(slot));
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
    if (concurrent) {
      // The marker thread is stopped: its lists and what the barrier shaded are ours now.
      barrierGray.publish();
      while (barrierGray.pollInto(gray)) {
        // all of it
      }
      liveClassIds.or(mutatorClassIds);
      mutatorClassIds.clear();
    }
    finalPhase = true;
    markedOldBytes += blackBytes;
    blackBytes = 0;
    marks.clear(young.start(), young.end());
    roots.visitRoots(edgeMarker);
    while (!deferredHolders.isEmpty()) {
      long holder = deferredHolders.pop();
      weakSlots.scanHolder(holder, memory.getLong(holder + 8));
    }
    // Class edges again, now young targets too: those met in incremental steps skipped young
    // targets, and the mutator may have changed edges since.
    for (int id = liveClassIds.nextSetBit(0); id >= 0; id = liveClassIds.nextSetBit(id + 1)) {
      classEdges.visit(id, edgeMarker);
    }
    drain();
    boolean[] changed = new boolean[1];
    boolean[] firstPass = {true};
    do {
      changed[0] = false;
      rememberedSet.forEach(
          slot -> {
            long holder = old.objectStartOfSlot(slot);
            if (holder != 0 && marks.isMarked(holder)) {
              long w1 = memory.getLong(holder + 8);
              if (ObjectHeader.slotStrength(w1) != ObjectHeader.STRONG_SLOTS) {
                // Holders scanned before the final phase left their young pairs to this pass;
                // holders marked later are scanned in the final phase and see young keys.
                if (firstPass[0]) {
                  weakSlots.rememberedSlot(holder, w1, slot);
                }
                return true;
              }
              long value = memory.getLong(slot);
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
      firstPass[0] = false;
      drain();
      while (weakSlots.resolveEphemerons()) {
        changed[0] = true;
        drain();
      }
    } while (changed[0]);
    // Before anything can free what died: weak slots, dead pairs and dead class edges are cleared.
    weakSlots.clearDead();
    classEdges.clearDead(marks);
    finalPhase = false;
    marking = false;
    concurrent = false;
    gray.trim(1 << 16);
    deferredHolders.trim(4096);
    return (BitSet) liveClassIds.clone();
  }
}
