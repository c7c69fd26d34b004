package org.jsheap.gc;

import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;

/**
 * The {@link Heap} facade's assertions on the addresses a VM passes (run with {@code -ea}): a heap
 * address, not stale in from-space, of a live object, and a tagged slot index within it. Each
 * returns true or throws, so it is called as {@code assert checks.object(address)}.
 */
final class ObjectChecks {
  private final HeapMemory memory;
  private final SemiSpace young;
  private final OldGeneration old;
  private final PauseTracer tracer;

  ObjectChecks(GenerationalPlan plan) {
    this.memory = plan.memory();
    this.young = plan.young();
    this.old = plan.old();
    this.tracer = plan.tracer();
  }

  boolean object(long object) {
    if (object <= 0 || (object & 7) != 0 || object >= old.end()) {
      throw new AssertionError("not a heap address: " + object);
    }
    if (!tracer.inPause() && young.inReserve(object)) {
      throw new AssertionError("stale reference into from-space: " + object);
    }
    long w0 = memory.getLong(object);
    if (ValueCodec.isPoison(w0) || ObjectHeader.classId(w0) == ObjectHeader.FREE_CLASS_ID) {
      throw new AssertionError("reference to a dead object: " + object);
    }
    return true;
  }

  boolean slot(long object, int index) {
    object(object);
    int slots = ObjectHeader.taggedSlots(memory.getLong(object + 8));
    if (index < 0 || index >= slots) {
      throw new IndexOutOfBoundsException("slot " + index + " of an object with " + slots);
    }
    return true;
  }
}
