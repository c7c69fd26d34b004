package org.jsheap.gc;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks the heap's invariants independently of the collector, with its own simple tracer:
 *
 * <ul>
 *   <li>every reference in a root or a live object points at the start of a live object (never into
 *       from-space, a free cell or poison), and every header is sane;
 *   <li>every old-generation slot holding a young reference is in the remembered set;
 *   <li>after a stop-the-world full collection, the objects the collector kept are exactly the
 *       objects reachable from the roots;
 *   <li>at the end of marking, every old object reachable from the roots is marked.
 * </ul>
 *
 * Runs after every collection in verify mode ({@link StressMode#verify()}).
 */
final class HeapVerifier {
  private final Heap heap;
  private final MemorySegment memory;

  HeapVerifier(Heap heap) {
    this.heap = heap;
    this.memory = heap.memory;
  }

  /** Verifies the heap; with {@code exact}, also that kept objects equal reachable objects. */
  void verify(boolean exact) {
    Set<Long> youngObjects = new HashSet<>();
    long p = heap.young.currentStart();
    long top = heap.young.top();
    while (p < top) {
      checkHeader(p, "young object");
      youngObjects.add(p);
      p += ObjectHeader.size(memory.get(JAVA_LONG, p + 8));
    }
    if (p != top) {
      throw new HeapVerificationError("young generation not parsable: walk ended at " + p);
    }
    Set<Long> oldObjects = new HashSet<>();
    heap.oldSpace.forEachObject(oldObjects::add);
    heap.largeSpace.forEachObject(oldObjects::add);

    // Dead young objects may point at old objects a sweep already freed, so young objects are
    // checked when the trace reaches them; every allocated old object must be consistent.
    for (long object : oldObjects) {
      checkHeader(object, "old object");
      checkSlots(object, youngObjects, true);
    }

    Set<Long> reachable = trace(youngObjects, oldObjects);
    if (exact) {
      Set<Long> kept = new HashSet<>(youngObjects);
      kept.addAll(oldObjects);
      if (!kept.equals(reachable)) {
        Set<Long> extra = new HashSet<>(kept);
        extra.removeAll(reachable);
        throw new HeapVerificationError(
            "after a full collection "
                + extra.size()
                + " unreachable objects were kept, e.g. "
                + extra.stream().limit(5).toList());
      }
    }
  }

  private void checkHeader(long object, String what) {
    long w0 = memory.get(JAVA_LONG, object);
    long w1 = memory.get(JAVA_LONG, object + 8);
    if (ValueCodec.isPoison(w0) || ValueCodec.isPoison(w1)) {
      throw new HeapVerificationError(what + " at " + object + " is poisoned");
    }
    if (ObjectHeader.isForwarded(w0)) {
      throw new HeapVerificationError(what + " at " + object + " still has a forwarding header");
    }
    if (ObjectHeader.classId(w0) < 0) {
      throw new HeapVerificationError(
          what + " at " + object + " has class id " + ObjectHeader.classId(w0));
    }
    long size = ObjectHeader.size(w1);
    long needed = ObjectHeader.SIZE + 8L * ObjectHeader.taggedSlots(w1);
    if (size < needed || (size & 7) != 0) {
      throw new HeapVerificationError(what + " at " + object + " has bad size " + size);
    }
  }

  private void checkSlots(long object, Set<Long> youngObjects, boolean old) {
    long w1 = memory.get(JAVA_LONG, object + 8);
    long slot = object + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(w1);
    for (; slot < end; slot += 8) {
      long value = memory.get(JAVA_LONG, slot);
      if (ValueCodec.isPoison(value)) {
        throw new HeapVerificationError("slot " + slot + " of object " + object + " is poisoned");
      }
      if (!ValueCodec.isReference(value)) {
        continue;
      }
      long target = ValueCodec.asReference(value);
      checkTarget(target, youngObjects, "slot " + slot + " of object " + object);
      if (old && heap.isYoung(target) && !heap.rememberedSet.contains(slot)) {
        throw new HeapVerificationError(
            "old-to-young slot "
                + slot
                + " of object "
                + object
                + " (-> "
                + target
                + ") is missing from the remembered set");
      }
    }
  }

  private void checkTarget(long target, Set<Long> youngObjects, String where) {
    if (heap.isYoung(target)) {
      if (heap.young.inReserve(target)) {
        throw new HeapVerificationError(where + " points into from-space: " + target);
      }
      if (!youngObjects.contains(target)) {
        throw new HeapVerificationError(where + " points inside a young object: " + target);
      }
    } else if (!heap.oldSpace.isObjectStart(target) && !heap.largeSpace.isObjectStart(target)) {
      throw new HeapVerificationError(
          where + " points at " + target + ", which is not a live object start");
    }
  }

  private Set<Long> trace(Set<Long> youngObjects, Set<Long> oldObjects) {
    Set<Long> visited = new HashSet<>();
    ArrayDeque<Long> work = new ArrayDeque<>();
    heap.visitRoots(
        value -> {
          if (ValueCodec.isPoison(value)) {
            throw new HeapVerificationError("a root holds poison");
          }
          if (ValueCodec.isReference(value)) {
            long target = ValueCodec.asReference(value);
            checkTarget(target, youngObjects, "a root");
            if (visited.add(target)) {
              work.push(target);
            }
          }
          return value;
        });
    while (!work.isEmpty()) {
      long object = work.pop();
      if (heap.isYoung(object)) {
        checkSlots(object, youngObjects, false);
      }
      long w1 = memory.get(JAVA_LONG, object + 8);
      long slot = object + ObjectHeader.SIZE;
      long end = slot + 8L * ObjectHeader.taggedSlots(w1);
      for (; slot < end; slot += 8) {
        long value = memory.get(JAVA_LONG, slot);
        if (ValueCodec.isReference(value)) {
          long target = ValueCodec.asReference(value);
          if (visited.add(target)) {
            work.push(target);
          }
        }
      }
    }
    return visited;
  }

  /** At the end of marking: every old object reachable from the roots must be marked. */
  void validateMarking() {
    Set<Long> visited = new HashSet<>();
    ArrayDeque<Long> work = new ArrayDeque<>();
    heap.visitRoots(
        value -> {
          if (ValueCodec.isReference(value) && visited.add(ValueCodec.asReference(value))) {
            work.push(ValueCodec.asReference(value));
          }
          return value;
        });
    while (!work.isEmpty()) {
      long object = work.pop();
      if (!heap.marks.isMarked(object)) {
        throw new HeapVerificationError(
            "marking missed reachable "
                + (heap.isYoung(object) ? "young" : "old")
                + " object "
                + object);
      }
      long w1 = memory.get(JAVA_LONG, object + 8);
      long slot = object + ObjectHeader.SIZE;
      long end = slot + 8L * ObjectHeader.taggedSlots(w1);
      for (; slot < end; slot += 8) {
        long value = memory.get(JAVA_LONG, slot);
        if (ValueCodec.isReference(value) && visited.add(ValueCodec.asReference(value))) {
          work.push(ValueCodec.asReference(value));
        }
      }
    }
  }
}
