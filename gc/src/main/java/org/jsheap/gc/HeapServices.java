package org.jsheap.gc;

import org.jsheap.gc.util.HeapMemory;

/**
 * The services a VM needs beyond allocation and slots, behind the {@link Heap} facade (see there
 * for each contract): external references ({@link ExternalReferenceTable}), identity hashes ({@link
 * IdentityHashSequence}, kept in the header), the slot strength of weak and ephemeron objects, and
 * the registration of {@link ClassEdges}. Never allocates in the heap, never collects.
 */
final class HeapServices {
  private final HeapMemory memory;
  private final ExternalReferenceTable externals;
  private final ClassEdgeRegistry classEdges;
  private final IdentityHashSequence identityHashes = new IdentityHashSequence(0x6A5D_39EAL);
  private final GenerationalPlan plan;

  HeapServices(GenerationalPlan plan) {
    this.memory = plan.memory();
    this.externals = plan.externals();
    this.classEdges = plan.classEdges();
    this.plan = plan;
  }

  // ---------------------------------------------------------------- external references

  /** {@link Heap#registerExternal}. */
  long registerExternal(long owner, Object target, long externalBytes) {
    long handle = externals.register(owner, target, externalBytes);
    plan.externalBytesGrew(externalBytes);
    return handle;
  }

  /** {@link Heap#external}. */
  Object external(long handleWord) {
    return externals.target(handleWord);
  }

  /** {@link Heap#setExternal}. */
  void setExternal(long handleWord, Object target, long externalBytes) {
    plan.externalBytesGrew(externals.replace(handleWord, target, externalBytes));
  }

  long externalBytes() {
    return externals.bytes();
  }

  // ---------------------------------------------------------------- identity hashes

  /** {@link Heap#identityHash}: assigned on first request, then kept in header word 0. */
  int identityHash(long object) {
    long w0 = memory.getLong(object);
    int hash = ObjectHeader.identityHash(w0);
    if (hash == 0) {
      hash = identityHashes.next();
      memory.setLong(object, ObjectHeader.withIdentityHash(w0, hash));
    }
    return hash;
  }

  // ---------------------------------------------------------------- weak slots

  /** {@link Heap#hasWeakSlots}. */
  boolean hasWeakSlots(long object) {
    return ObjectHeader.slotStrength(memory.getLong(object + 8)) != ObjectHeader.STRONG_SLOTS;
  }

  /** {@link Heap#ephemeronPairCount}. */
  int ephemeronPairCount(long table) {
    long w1 = memory.getLong(table + 8);
    if (ObjectHeader.slotStrength(w1) != ObjectHeader.EPHEMERON_SLOTS) {
      throw new IllegalArgumentException("not an ephemeron table: " + table);
    }
    return ObjectHeader.taggedSlots(w1) / 2;
  }

  // ---------------------------------------------------------------- class edges

  void addClassEdges(ClassEdges edges) {
    classEdges.add(edges);
  }

  void removeClassEdges(ClassEdges edges) {
    classEdges.remove(edges);
  }
}
