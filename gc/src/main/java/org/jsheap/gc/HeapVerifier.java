package org.jsheap.gc;

import java.util.BitSet;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.LongStack;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.SlotSet;

/**
 * Checks the heap's invariants independently of the collector, with its own simple tracer:
 *
 * <ul>
 *   <li>every reference in a root or a reachable object points at the start of a live object (never
 *       into from-space, a free cell or poison), and every header is sane;
 *   <li>every allocated old object's references are valid, and each of its slots that holds a young
 *       reference is in the remembered set;
 *   <li>after a full collection, the objects the collector kept are exactly the objects reachable
 *       from the roots (each reachable object is kept, and the counts are equal);
 *   <li>at the end of marking, every object reachable from the roots is marked.
 * </ul>
 *
 * <p>Runs after every collection in verify mode ({@link StressMode#verify()}), so it is built for
 * speed: two side bitmaps (object starts of the young generation, visited objects) allocated once
 * and primitive work lists, no boxing.
 */
final class HeapVerifier {
  private final HeapMemory memory;
  private final SemiSpace young;
  private final OldGeneration old;
  private final SlotSet rememberedSet;
  private final MarkBitmap marks;
  private final RootRegistry roots;
  private final ClassEdgeRegistry classEdges;
  private final ExternalReferenceTable externals;
  private final BitSet classEdgesVisited = new BitSet();
  private boolean checkingTargets;
  private final RootVisitor classEdgePusher = this::pushClassEdgeTarget;
  private final LongStack work = new LongStack(1024);
  private final LongStack visitedList = new LongStack(1024);
  private MarkBitmap youngStarts;
  private MarkBitmap visited;

  HeapVerifier(
      HeapMemory memory,
      SemiSpace young,
      OldGeneration old,
      SlotSet rememberedSet,
      MarkBitmap marks,
      RootRegistry roots,
      ClassEdgeRegistry classEdges,
      ExternalReferenceTable externals) {
    this.memory = memory;
    this.young = young;
    this.old = old;
    this.rememberedSet = rememberedSet;
    this.marks = marks;
    this.roots = roots;
    this.classEdges = classEdges;
    this.externals = externals;
  }

  private void prepareBitmaps() {
    if (visited == null) {
      youngStarts = new MarkBitmap(0, young.end());
      visited = new MarkBitmap(0, old.end());
    } else {
      youngStarts.clear(young.start(), young.end());
      for (int i = 0; i < visitedList.size(); i++) {
        visited.unmark(visitedList.get(i));
      }
    }
    visitedList.clear();
    classEdgesVisited.clear();
  }

  /** Verifies the heap; with {@code exact}, also that kept objects equal reachable objects. */
  void verify(boolean exact) {
    prepareBitmaps();
    long youngCount = 0;
    long p = young.currentStart();
    long top = young.top();
    while (p < top) {
      checkHeader(p, "young object");
      youngStarts.mark(p);
      youngCount++;
      p += ObjectHeader.size(memory.getLong(p + 8));
    }
    if (p != top) {
      throw new HeapVerificationError("young generation not parsable: walk ended at " + p);
    }
    // Dead young objects may point at old objects a sweep already freed, so young objects are
    // checked when the trace reaches them; every allocated old object must be consistent.
    long[] oldCount = new long[1];
    old.forEachObject(
        object -> {
          checkOldObject(object);
          oldCount[0]++;
        });

    checkExternalOwners();
    long reachable = trace();
    if (exact && reachable != youngCount + oldCount[0]) {
      throw new HeapVerificationError(
          "after a full collection "
              + (youngCount + oldCount[0] - reachable)
              + " unreachable objects were kept ("
              + youngCount
              + " young, "
              + oldCount[0]
              + " old, "
              + reachable
              + " reachable)");
    }
  }

  private void checkOldObject(long object) {
    checkHeader(object, "old object");
    checkSlots(object, true);
  }

  private void checkHeader(long object, String what) {
    long w0 = memory.getLong(object);
    long w1 = memory.getLong(object + 8);
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

  private void checkSlots(long object, boolean old) {
    long w1 = memory.getLong(object + 8);
    long slot = object + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(w1);
    for (; slot < end; slot += 8) {
      long value = memory.getLong(slot);
      if (ValueCodec.isPoison(value)) {
        throw new HeapVerificationError("slot " + slot + " of object " + object + " is poisoned");
      }
      if (!ValueCodec.isReference(value)) {
        continue;
      }
      long target = ValueCodec.asReference(value);
      checkTarget(target, slot, object);
      if (old && young.contains(target) && !rememberedSet.contains(slot)) {
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

  /** Checks a reference target; {@code holder} 0 means a root. */
  private void checkTarget(long target, long slot, long holder) {
    if (young.contains(target)) {
      if (young.inReserve(target)) {
        throw new HeapVerificationError(where(slot, holder) + " points into from-space: " + target);
      }
      if (!youngStarts.isMarked(target)) {
        throw new HeapVerificationError(
            where(slot, holder) + " points inside a young object: " + target);
      }
    } else if (!old.isObjectStart(target)) {
      throw new HeapVerificationError(
          where(slot, holder) + " points at " + target + ", which is not a live object start");
    }
  }

  private static String where(long slot, long holder) {
    return holder == 0 ? "a root" : "slot " + slot + " of object " + holder;
  }

  /** Traces from the roots, checking reachable young objects; returns the count reached. */
  private long trace() {
    work.clear();
    checkingTargets = true;
    roots.visitRoots(
        value -> {
          if (ValueCodec.isPoison(value)) {
            throw new HeapVerificationError("a root holds poison");
          }
          if (ValueCodec.isReference(value)) {
            long target = ValueCodec.asReference(value);
            checkTarget(target, 0, 0);
            if (visited.mark(target)) {
              work.push(target);
              visitedList.push(target);
            }
          }
          return value;
        });
    long count = 0;
    while (!work.isEmpty()) {
      long object = work.pop();
      count++;
      if (young.contains(object)) {
        checkSlots(object, false);
      }
      pushChildren(object);
    }
    return count;
  }

  private void pushChildren(long object) {
    long w1 = memory.getLong(object + 8);
    long slot = object + ObjectHeader.SIZE;
    long end = slot + 8L * ObjectHeader.taggedSlots(w1);
    for (; slot < end; slot += 8) {
      long value = memory.getLong(slot);
      if (ValueCodec.isReference(value) && visited.mark(ValueCodec.asReference(value))) {
        work.push(ValueCodec.asReference(value));
        visitedList.push(ValueCodec.asReference(value));
      }
    }
    int classId = ObjectHeader.classId(memory.getLong(object));
    if (!classEdgesVisited.get(classId)) {
      classEdgesVisited.set(classId);
      classEdges.visit(classId, classEdgePusher);
    }
  }

  private long pushClassEdgeTarget(long value) {
    if (ValueCodec.isReference(value)) {
      long target = ValueCodec.asReference(value);
      if (checkingTargets) {
        checkTarget(target, 0, 0);
      }
      if (visited.mark(target)) {
        work.push(target);
        visitedList.push(target);
      }
    }
    return value;
  }

  /** Every live external-reference entry's owner is a live object of the generation it is in. */
  private void checkExternalOwners() {
    externals.forEachOwner(
        (owner, onYoungList) -> {
          boolean live =
              onYoungList
                  ? young.contains(owner) && youngStarts.isMarked(owner)
                  : old.isObjectStart(owner);
          if (!live) {
            throw new HeapVerificationError(
                "external reference owner "
                    + owner
                    + (onYoungList ? " (young list)" : " (old list)")
                    + " is not a live object");
          }
        });
  }

  /** At the end of marking: every object reachable from the roots must be marked. */
  void validateMarking() {
    prepareBitmaps();
    checkingTargets = false;
    work.clear();
    roots.visitRoots(
        value -> {
          if (ValueCodec.isReference(value) && visited.mark(ValueCodec.asReference(value))) {
            work.push(ValueCodec.asReference(value));
            visitedList.push(ValueCodec.asReference(value));
          }
          return value;
        });
    while (!work.isEmpty()) {
      long object = work.pop();
      if (!marks.isMarked(object)) {
        throw new HeapVerificationError(
            "marking missed reachable "
                + (young.contains(object) ? "young" : "old")
                + " object "
                + object);
      }
      pushChildren(object);
    }
  }
}
