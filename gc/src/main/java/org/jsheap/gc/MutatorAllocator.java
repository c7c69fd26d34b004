package org.jsheap.gc;

import java.util.Locale;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;

/**
 * The mutator's allocation (MMTk's "mutator" allocator): the bump fast path in the young {@link
 * SemiSpace}, the slow path that checks every size and count, runs what the {@link
 * CollectionScheduler} has due and collects to make room, the hard limit counting external bytes,
 * and the initialization of a new object's header and slots. The {@link Heap} facade forwards its
 * allocation API here; see there for the contract of each method.
 */
final class MutatorAllocator {
  private final HeapConfig config;
  private final HeapMemory memory;
  private final SemiSpace young;
  private final OldGeneration old;
  private final Marker marker;
  private final ExternalReferenceTable externals;
  private final GcStatistics stats;
  private final PauseTracer tracer;
  private final CollectionScheduler scheduler;
  private final GenerationalPlan plan;

  MutatorAllocator(GenerationalPlan plan) {
    this.config = plan.config();
    this.memory = plan.memory();
    this.young = plan.young();
    this.old = plan.old();
    this.marker = plan.marker();
    this.externals = plan.externals();
    this.stats = plan.statistics();
    this.tracer = plan.tracer();
    this.scheduler = plan.scheduler();
    this.plan = plan;
  }

  /** {@link Heap#allocate}: the young fast path, else the slow path. */
  long allocate(int classId, int kind, int taggedSlots, long rawBytes) {
    // Checked before the size is computed, so it cannot overflow: slots < 2^31, raw <= 8 KiB.
    if ((classId | taggedSlots) < 0
        || Long.compareUnsigned(rawBytes, Heap.LARGE_OBJECT_THRESHOLD) > 0) {
      return allocateSlow(classId, kind, taggedSlots, rawBytes, false);
    }
    long size = ObjectHeader.sizeFor(taggedSlots, rawBytes);
    if (size > Heap.LARGE_OBJECT_THRESHOLD) {
      return allocateSlow(classId, kind, taggedSlots, rawBytes, false);
    }
    long address = young.bump(size);
    if (address == 0) {
      return allocateSlow(classId, kind, taggedSlots, rawBytes, false);
    }
    initialize(address, classId, kind, taggedSlots, size);
    return address;
  }

  /** {@link Heap#tryAllocateYoung}: the fast path alone, 0 when it would take the slow path. */
  long tryAllocateYoung(int classId, int kind, int taggedSlots) {
    long size = ObjectHeader.sizeFor(taggedSlots, 0);
    if ((classId | taggedSlots) < 0 || size > Heap.LARGE_OBJECT_THRESHOLD) {
      return 0;
    }
    long address = young.bump(size);
    if (address != 0) {
      initialize(address, classId, kind, taggedSlots, size);
    }
    return address;
  }

  /** {@link Heap#allocateTenured}: directly in the old generation. */
  long allocateTenured(int classId, int kind, int taggedSlots, long rawBytes) {
    return allocateSlow(classId, kind, taggedSlots, rawBytes, true);
  }

  private long allocateSlow(
      int classId, int kind, int taggedSlots, long rawBytes, boolean tenured) {
    plan.checkOpen();
    if (tracer.inPause()) {
      throw new IllegalStateException("allocation during a garbage collection");
    }
    if (classId < 0) {
      throw new IllegalArgumentException("class id must not be negative: " + classId);
    }
    if (taggedSlots < 0 || taggedSlots > ObjectHeader.MAX_TAGGED_SLOTS) {
      throw new IllegalArgumentException(
          "tagged slot count out of range 0.."
              + ObjectHeader.MAX_TAGGED_SLOTS
              + ": "
              + taggedSlots);
    }
    if (rawBytes < 0) {
      throw new IllegalArgumentException("raw byte count must not be negative: " + rawBytes);
    }
    // rawBytes <= MAX_OBJECT_BYTES (2^32) and taggedSlots < 2^24 keep the sum far from overflow;
    // a larger raw size is reported as the saturated size Long.MAX_VALUE.
    long size =
        rawBytes > Heap.MAX_OBJECT_BYTES
            ? Long.MAX_VALUE
            : ObjectHeader.sizeFor(taggedSlots, rawBytes);
    if (size > Heap.MAX_OBJECT_BYTES || size > old.capacityBytes()) {
      throw new HeapExhaustedException(
          String.format(
              Locale.ROOT,
              "cannot allocate an object of %s bytes (%d tagged slots, %d raw bytes): larger than"
                  + " the largest object (%d bytes) or the heap's old generation (%d bytes,"
                  + " maxHeapBytes %d)",
              size == Long.MAX_VALUE ? "more than " + Heap.MAX_OBJECT_BYTES : Long.toString(size),
              taggedSlots,
              rawBytes,
              Heap.MAX_OBJECT_BYTES,
              old.capacityBytes(),
              config.maxHeapBytes()),
          size);
    }
    boolean inOld = tenured || size > Heap.LARGE_OBJECT_THRESHOLD;
    if (externals.bytes() > 0) {
      ensureRoomCountingExternalBytes(inOld ? size : 0);
    }
    scheduler.beforeSlowAllocation(size, inOld);
    long address;
    if (inOld) {
      address = allocateOldOrCollect(size);
      stats.recordAllocated(size);
      scheduler.oldAllocated(size);
      initialize(address, classId, kind, taggedSlots, size);
      if (marker.isMarking()) {
        marker.allocatedBlack(address, classId, size);
      }
      scheduler.checkOldTrigger();
    } else {
      address = allocateYoungOrCollect(size);
      initialize(address, classId, kind, taggedSlots, size);
    }
    scheduler.resetLimit();
    return address;
  }

  private long allocateYoungOrCollect(long size) {
    for (int attempt = 0; ; attempt++) {
      long address = young.allocate(size);
      if (address != 0) {
        return address;
      }
      if (attempt == 0) {
        plan.collectYoung();
      } else if (attempt == 1) {
        // survivors filled the nursery: tenure them, no marking
        plan.collectYoungPromotingAll();
      } else if (attempt == 2) {
        plan.collectFull();
      } else {
        throw exhausted(size);
      }
    }
  }

  private long allocateOldOrCollect(long size) {
    long address = old.allocate(size);
    if (address == 0) {
      plan.collectFull();
      address = old.allocate(size);
      if (address == 0) {
        throw exhausted(size);
      }
    }
    return address;
  }

  /**
   * The hard limit counting external bytes: when old-generation use plus external bytes plus the
   * old bytes about to be allocated would exceed what {@code maxHeapBytes} leaves after the young
   * generation, collects fully, then throws if that did not make room.
   */
  private void ensureRoomCountingExternalBytes(long oldBytes) {
    if (withinLimitCountingExternalBytes(oldBytes)) {
      return;
    }
    plan.collectFull();
    if (!withinLimitCountingExternalBytes(oldBytes)) {
      throw new HeapExhaustedException(
          String.format(
              Locale.ROOT,
              "heap exhausted: %d old-generation bytes used plus %d external bytes plus %d"
                  + " requested exceed maxHeapBytes %d less the young generation (%d)",
              old.usedBytes(),
              externals.bytes(),
              oldBytes,
              config.maxHeapBytes(),
              old.start()),
          Math.max(oldBytes, ObjectHeader.SIZE));
    }
  }

  private boolean withinLimitCountingExternalBytes(long oldBytes) {
    return old.usedBytes() + externals.bytes() + oldBytes <= config.maxHeapBytes() - old.start();
  }

  private HeapExhaustedException exhausted(long size) {
    return new HeapExhaustedException(
        String.format(
            Locale.ROOT,
            "heap exhausted: cannot allocate %d bytes after a full collection"
                + " (maxHeapBytes %d, old generation %d used of %d, young %d used of %d)",
            size,
            config.maxHeapBytes(),
            old.usedBytes(),
            old.capacityBytes(),
            young.usedBytes(),
            young.halfSize()),
        size);
  }

  private void initialize(long address, int classId, int kind, int taggedSlots, long size) {
    HeapMemory m = memory;
    m.setLong(address, ObjectHeader.word0(classId, 0));
    m.setLong(address + 8, ObjectHeader.word1(size, taggedSlots, kind));
    long p = address + ObjectHeader.SIZE;
    long slotsEnd = p + 8L * taggedSlots;
    for (; p < slotsEnd; p += 8) {
      m.setLong(p, ValueCodec.UNDEFINED);
    }
    long end = address + size;
    if (end - p > 256) {
      m.fill(p, end - p, (byte) 0);
    } else {
      for (; p < end; p += 8) {
        m.setLong(p, 0L);
      }
    }
  }

  // ---------------------------------------------------------------- weak slots

  /** {@link Heap#allocateWeak}: every tagged slot weak. */
  long allocateWeak(int classId, int kind, int taggedSlots) {
    long address = allocate(classId, kind, taggedSlots, 0);
    setSlotStrength(address, ObjectHeader.WEAK_SLOTS);
    return address;
  }

  /** {@link Heap#allocateEphemeronTable}: {@code pairs} (key, value) ephemeron pairs. */
  long allocateEphemeronTable(int classId, int kind, int pairs) {
    if (pairs < 0 || pairs > ObjectHeader.MAX_TAGGED_SLOTS / 2) {
      throw new IllegalArgumentException("ephemeron pair count out of range: " + pairs);
    }
    long address = allocate(classId, kind, 2 * pairs, 0);
    setSlotStrength(address, ObjectHeader.EPHEMERON_SLOTS);
    return address;
  }

  private void setSlotStrength(long address, int strength) {
    memory.setLong(
        address + 8, ObjectHeader.withSlotStrength(memory.getLong(address + 8), strength));
    if (marker.isMarking() && !young.contains(address)) {
      marker.allocatedBlackWithWeakSlots(address);
    }
  }
}
