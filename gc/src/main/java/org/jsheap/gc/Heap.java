package org.jsheap.gc;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jsheap.gc.space.BlockPool;
import org.jsheap.gc.space.LargeObjectSpace;
import org.jsheap.gc.space.MarkSweepSpace;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.NativeRegion;
import org.jsheap.gc.util.SlotSet;

/**
 * A garbage-collected heap held outside the Java heap: the generational plan. It composes a young
 * {@link SemiSpace} (bump allocation, copying scavenges), a mature {@link MarkSweepSpace}
 * (size-class free lists, lazy sweeping) and a {@link LargeObjectSpace}, all carved out of one
 * {@link NativeRegion} and addressed by offsets into it.
 *
 * <p>Addresses are {@code long} offsets; a value slot holds a {@link ValueCodec} word. The heap has
 * one mutator thread: it is not thread-safe. Any method that allocates may move young objects, so
 * the caller keeps references it needs afterwards in roots (value stacks, handle scopes, global
 * handles, registered {@link RootProvider}s) and re-reads them after the call.
 *
 * <p>Every reference store into a heap object goes through {@link #setSlot}, the one write barrier:
 * it records old-to-young slots in the remembered set and, while marking, shades a white old target
 * stored into a marked old holder (Dijkstra insertion barrier).
 *
 * <p>This class is the facade and the plan: it owns the mutator API and the order of the steps of
 * each collection, and composes the parts that do the work: the young {@link SemiSpace} (which owns
 * the bump pointer and its soft limit), the {@link OldGeneration}, the {@link WriteBarrier}, the
 * {@link Scavenger} and {@link Marker}, the {@link CollectionScheduler} (when to collect), the
 * {@link PauseTracer} (statistics, log line, JFR event) and the {@link RootRegistry}.
 */
public final class Heap implements AutoCloseable {
  /** Bytes at the start of the reservation that are never allocated, so address 0 is null. */
  public static final long RESERVED_PREFIX_BYTES = 4096;

  /** Objects larger than this many bytes go to the large-object space. */
  public static final long LARGE_OBJECT_THRESHOLD = MarkSweepSpace.MAX_CELL_SIZE;

  /** The largest object the header can describe. */
  public static final long MAX_OBJECT_BYTES = ObjectHeader.MAX_SIZE;

  private final HeapConfig config;
  private final StressMode stress;
  private final NativeRegion region;
  private final MemorySegment memory;
  private final SemiSpace young;
  private final OldGeneration old;
  private final SlotSet rememberedSet;
  private final MarkBitmap marks;
  final ExternalReferenceTable externals;
  private final ClassEdgeRegistry classEdges = new ClassEdgeRegistry();
  private final IdentityHashSequence identityHashes = new IdentityHashSequence(0x6A5D_39EAL);
  private final RootRegistry roots = new RootRegistry();
  private final List<GcListener> listeners = new ArrayList<>();
  private final GcStatistics stats = new GcStatistics(this::refreshUsage);
  private final Marker marker;
  private final WriteBarrier barrier;
  private final Scavenger scavenger;
  private final HeapVerifier verifier;
  private final CollectionScheduler scheduler;
  private final PauseTracer tracer;
  private boolean closed;

  private Heap(HeapConfig config) {
    this.config = config;
    this.stress = config.stress();
    this.region = NativeRegion.reserve(config.maxHeapBytes());
    this.memory = region.memory();
    long half = config.semispaceBytes();
    this.young = new SemiSpace(RESERVED_PREFIX_BYTES, half);
    long blockMask = BlockPool.BLOCK_SIZE - 1;
    long oldStart = (RESERVED_PREFIX_BYTES + 2 * half + blockMask) & ~blockMask;
    long oldBytes = (config.maxHeapBytes() - oldStart) & ~blockMask;
    if (oldBytes < 8 * BlockPool.BLOCK_SIZE) {
      region.close();
      throw new IllegalArgumentException(
          "maxHeapBytes " + config.maxHeapBytes() + " leaves too little old generation");
    }
    long oldEnd = oldStart + oldBytes;
    BlockPool pool = new BlockPool(oldStart, oldBytes);
    this.marks = new MarkBitmap(0, oldEnd);
    this.externals = new ExternalReferenceTable(memory, young.start(), young.end() - young.start());
    this.rememberedSet = new SlotSet(oldStart, oldBytes, BlockPool.BLOCK_SHIFT);
    this.old =
        new OldGeneration(
            oldStart,
            oldEnd,
            new MarkSweepSpace(memory, pool, marks, rememberedSet, stress.poison()),
            new LargeObjectSpace(region, pool, marks, rememberedSet));
    this.marker = new Marker(memory, marks, young, old, rememberedSet, roots, classEdges);
    this.barrier = new WriteBarrier(young, rememberedSet, marker);
    this.scavenger =
        new Scavenger(
            memory,
            young,
            old,
            rememberedSet,
            roots,
            marker,
            config.promotionAge(),
            stress.poison(),
            classEdges,
            externals);
    this.verifier =
        new HeapVerifier(memory, young, old, rememberedSet, marks, roots, classEdges, externals);
    this.tracer = new PauseTracer(stats, config.gcLog(), young, old, externals);
    this.scheduler = new CollectionScheduler(this, young, marker, externals, config, oldBytes);
  }

  /**
   * Reserves a heap.
   *
   * @throws IllegalArgumentException for a configuration that makes no sense
   */
  public static Heap create(HeapConfig config) {
    return new Heap(config);
  }

  /** A heap with {@link HeapConfig#defaults()}. */
  public static Heap create() {
    return create(HeapConfig.defaults());
  }

  public HeapConfig config() {
    return config;
  }

  // ---------------------------------------------------------------- allocation

  /**
   * Allocates an object in the young generation, or in the large-object space when it is larger
   * than {@link #LARGE_OBJECT_THRESHOLD}. Tagged slots start as {@link ValueCodec#UNDEFINED}, raw
   * bytes as zero. May collect.
   *
   * @param classId the hidden-class id, 0 to {@link ObjectHeader#MAX_CLASS_ID}
   * @param kind a VM-defined byte the collector ignores
   * @return the new object's address
   * @throws HeapExhaustedException if no memory is left after a full collection
   */
  public long allocate(int classId, int kind, int taggedSlots, long rawBytes) {
    // Checked before the size is computed, so it cannot overflow: slots < 2^31, raw <= 8 KiB.
    if ((classId | taggedSlots) < 0 || Long.compareUnsigned(rawBytes, LARGE_OBJECT_THRESHOLD) > 0) {
      return allocateSlow(classId, kind, taggedSlots, rawBytes, false);
    }
    long size = ObjectHeader.sizeFor(taggedSlots, rawBytes);
    if (size > LARGE_OBJECT_THRESHOLD) {
      return allocateSlow(classId, kind, taggedSlots, rawBytes, false);
    }
    long address = young.bump(size);
    if (address == 0) {
      return allocateSlow(classId, kind, taggedSlots, rawBytes, false);
    }
    initialize(address, classId, kind, taggedSlots, size);
    return address;
  }

  /**
   * The young allocation fast path alone, for a compiler that must keep the collector out of line:
   * a bump of {@code top} and one compare against {@code limit}, then the header and {@code
   * undefined} slots. Returns 0, having done nothing, whenever {@link #allocate} would take its
   * slow path (the semispace is full, a marking step or an old-generation collection is due, stress
   * mode, a large or invalid request); the caller then calls {@link #allocate}. Never collects.
   */
  public long tryAllocateYoung(int classId, int kind, int taggedSlots) {
    long size = ObjectHeader.sizeFor(taggedSlots, 0);
    if ((classId | taggedSlots) < 0 || size > LARGE_OBJECT_THRESHOLD) {
      return 0;
    }
    long address = young.bump(size);
    if (address != 0) {
      initialize(address, classId, kind, taggedSlots, size);
    }
    return address;
  }

  /** Allocates directly in the old generation (pretenuring). May collect. */
  public long allocateTenured(int classId, int kind, int taggedSlots, long rawBytes) {
    return allocateSlow(classId, kind, taggedSlots, rawBytes, true);
  }

  private long allocateSlow(
      int classId, int kind, int taggedSlots, long rawBytes, boolean tenured) {
    checkOpen();
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
        rawBytes > MAX_OBJECT_BYTES ? Long.MAX_VALUE : ObjectHeader.sizeFor(taggedSlots, rawBytes);
    if (size > MAX_OBJECT_BYTES || size > old.capacityBytes()) {
      throw new HeapExhaustedException(
          String.format(
              Locale.ROOT,
              "cannot allocate an object of %s bytes (%d tagged slots, %d raw bytes): larger than"
                  + " the largest object (%d bytes) or the heap's old generation (%d bytes,"
                  + " maxHeapBytes %d)",
              size == Long.MAX_VALUE ? "more than " + MAX_OBJECT_BYTES : Long.toString(size),
              taggedSlots,
              rawBytes,
              MAX_OBJECT_BYTES,
              old.capacityBytes(),
              config.maxHeapBytes()),
          size);
    }
    boolean inOld = tenured || size > LARGE_OBJECT_THRESHOLD;
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
        collectYoung();
      } else if (attempt == 1) {
        collectYoungPromotingAll(); // survivors filled the nursery: tenure them, no marking
      } else if (attempt == 2) {
        collectFull();
      } else {
        throw exhausted(size);
      }
    }
  }

  private long allocateOldOrCollect(long size) {
    long address = old.allocate(size);
    if (address == 0) {
      collectFull();
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
    collectFull();
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
    MemorySegment m = memory;
    m.set(JAVA_LONG, address, ObjectHeader.word0(classId, 0));
    m.set(JAVA_LONG, address + 8, ObjectHeader.word1(size, taggedSlots, kind));
    long p = address + ObjectHeader.SIZE;
    long slotsEnd = p + 8L * taggedSlots;
    for (; p < slotsEnd; p += 8) {
      m.set(JAVA_LONG, p, ValueCodec.UNDEFINED);
    }
    long end = address + size;
    if (end - p > 256) {
      m.asSlice(p, end - p).fill((byte) 0);
    } else {
      for (; p < end; p += 8) {
        m.set(JAVA_LONG, p, 0L);
      }
    }
  }

  /**
   * Allocates an object whose tagged slots are all weak: the collectors do not trace them, and
   * store {@link ValueCodec#UNDEFINED} into a slot whose target died (was reachable only through
   * weak slots or dead ephemerons). For {@code WeakRef} and similar. Young (or large); may collect.
   */
  public long allocateWeak(int classId, int kind, int taggedSlots) {
    long address = allocate(classId, kind, taggedSlots, 0);
    setSlotStrength(address, ObjectHeader.WEAK_SLOTS);
    return address;
  }

  /**
   * Allocates an ephemeron table: {@code pairs} (key, value) pairs in tagged slots {@code 2i} and
   * {@code 2i + 1}, initially {@code undefined}. A reference key is weak and its value is kept only
   * while the key is reachable other than through this pair (chains through other ephemerons
   * count); when the key dies the collector stores {@code undefined} into key and value. A value
   * whose key is not a reference is traced normally. For {@code WeakMap}/{@code WeakSet}. Young (or
   * large); may collect.
   */
  public long allocateEphemeronTable(int classId, int kind, int pairs) {
    if (pairs < 0 || pairs > ObjectHeader.MAX_TAGGED_SLOTS / 2) {
      throw new IllegalArgumentException("ephemeron pair count out of range: " + pairs);
    }
    long address = allocate(classId, kind, 2 * pairs, 0);
    setSlotStrength(address, ObjectHeader.EPHEMERON_SLOTS);
    return address;
  }

  private void setSlotStrength(long address, int strength) {
    memory.set(
        JAVA_LONG,
        address + 8,
        ObjectHeader.withSlotStrength(memory.get(JAVA_LONG, address + 8), strength));
    if (marker.isMarking() && !young.contains(address)) {
      marker.allocatedBlackWithWeakSlots(address);
    }
  }

  /** Whether the object's tagged slots are weak or ephemeron pairs (see {@link #allocateWeak}). */
  public boolean hasWeakSlots(long object) {
    assert checkObject(object);
    return ObjectHeader.slotStrength(memory.get(JAVA_LONG, object + 8))
        != ObjectHeader.STRONG_SLOTS;
  }

  /** Number of (key, value) pairs of an ephemeron table. */
  public int ephemeronPairCount(long table) {
    assert checkObject(table);
    long w1 = memory.get(JAVA_LONG, table + 8);
    if (ObjectHeader.slotStrength(w1) != ObjectHeader.EPHEMERON_SLOTS) {
      throw new IllegalArgumentException("not an ephemeron table: " + table);
    }
    return ObjectHeader.taggedSlots(w1) / 2;
  }

  // ---------------------------------------------------------------- header

  public int classId(long object) {
    assert checkObject(object);
    return ObjectHeader.classId(memory.get(JAVA_LONG, object));
  }

  /** Changes the hidden class of an object in place (a shape transition). */
  public void setClassId(long object, int classId) {
    assert checkObject(object);
    if (classId < 0) {
      throw new IllegalArgumentException("class id must not be negative: " + classId);
    }
    memory.set(JAVA_LONG, object, ObjectHeader.withClassId(memory.get(JAVA_LONG, object), classId));
    if (marker.isMarking()) {
      marker.noteClassId(classId);
    }
  }

  /**
   * The object's identity hash: assigned on first request, then stable for the object's life
   * (across scavenges, promotion and full collections); in 1..{@link
   * ObjectHeader#MAX_IDENTITY_HASH}, well distributed in every bit. Never allocates.
   */
  public int identityHash(long object) {
    assert checkObject(object);
    long w0 = memory.get(JAVA_LONG, object);
    int hash = ObjectHeader.identityHash(w0);
    if (hash == 0) {
      hash = identityHashes.next();
      memory.set(JAVA_LONG, object, ObjectHeader.withIdentityHash(w0, hash));
    }
    return hash;
  }

  public int kind(long object) {
    assert checkObject(object);
    return ObjectHeader.kind(memory.get(JAVA_LONG, object + 8));
  }

  public int taggedSlotCount(long object) {
    assert checkObject(object);
    return ObjectHeader.taggedSlots(memory.get(JAVA_LONG, object + 8));
  }

  /** Bytes of raw (untraced) payload after the tagged slots, a multiple of 8. */
  public long rawByteCount(long object) {
    long w1 = memory.get(JAVA_LONG, object + 8);
    return ObjectHeader.size(w1) - ObjectHeader.SIZE - 8L * ObjectHeader.taggedSlots(w1);
  }

  /** Total size of the object in bytes, header included. */
  public long sizeOf(long object) {
    assert checkObject(object);
    return ObjectHeader.size(memory.get(JAVA_LONG, object + 8));
  }

  // ---------------------------------------------------------------- tagged slots

  public long getSlot(long object, int index) {
    assert checkSlot(object, index);
    return memory.get(JAVA_LONG, object + ObjectHeader.SIZE + 8L * index);
  }

  /** Stores a tagged value through the write barrier. */
  public void setSlot(long object, int index, long value) {
    assert checkSlot(object, index);
    long slot = object + ObjectHeader.SIZE + 8L * index;
    memory.set(JAVA_LONG, slot, value);
    if (ValueCodec.isReference(value)) {
      // Out of line, so the inlined fast path is one shift and compare: a store of a
      // non-reference needs no barrier at all.
      barrier.referenceStored(object, slot, value);
    }
  }

  private boolean checkObject(long object) {
    if (object <= 0 || (object & 7) != 0 || object >= old.end()) {
      throw new AssertionError("not a heap address: " + object);
    }
    if (!tracer.inPause() && young.inReserve(object)) {
      throw new AssertionError("stale reference into from-space: " + object);
    }
    long w0 = memory.get(JAVA_LONG, object);
    if (ValueCodec.isPoison(w0) || ObjectHeader.classId(w0) == ObjectHeader.FREE_CLASS_ID) {
      throw new AssertionError("reference to a dead object: " + object);
    }
    return true;
  }

  private boolean checkSlot(long object, int index) {
    checkObject(object);
    int slots = ObjectHeader.taggedSlots(memory.get(JAVA_LONG, object + 8));
    if (index < 0 || index >= slots) {
      throw new IndexOutOfBoundsException("slot " + index + " of an object with " + slots);
    }
    return true;
  }

  // ---------------------------------------------------------------- raw payload

  /**
   * The address of {@code length} raw bytes at {@code byteOffset} of {@code object}'s raw area.
   * Written so that no argument can overflow the bounds check.
   */
  private long rawAddress(long object, long byteOffset, long length) {
    long w1 = memory.get(JAVA_LONG, object + 8);
    long rawStart = object + ObjectHeader.SIZE + 8L * ObjectHeader.taggedSlots(w1);
    long rawLength = object + ObjectHeader.size(w1) - rawStart;
    if (byteOffset < 0 || length > rawLength || byteOffset > rawLength - length) {
      throw new IndexOutOfBoundsException(
          "raw offset "
              + byteOffset
              + " (length "
              + length
              + ") outside the "
              + rawLength
              + " raw bytes of the object at "
              + object);
    }
    return rawStart + byteOffset;
  }

  public long getRawLong(long object, long byteOffset) {
    return memory.get(JAVA_LONG, rawAddress(object, byteOffset, 8));
  }

  public void setRawLong(long object, long byteOffset, long value) {
    memory.set(JAVA_LONG, rawAddress(object, byteOffset, 8), value);
  }

  public double getRawDouble(long object, long byteOffset) {
    return memory.get(JAVA_DOUBLE, rawAddress(object, byteOffset, 8));
  }

  public void setRawDouble(long object, long byteOffset, double value) {
    memory.set(JAVA_DOUBLE, rawAddress(object, byteOffset, 8), value);
  }

  public int getRawInt(long object, long byteOffset) {
    return memory.get(JAVA_INT, rawAddress(object, byteOffset, 4));
  }

  public void setRawInt(long object, long byteOffset, int value) {
    memory.set(JAVA_INT, rawAddress(object, byteOffset, 4), value);
  }

  public char getRawChar(long object, long byteOffset) {
    return memory.get(JAVA_CHAR, rawAddress(object, byteOffset, 2));
  }

  public void setRawChar(long object, long byteOffset, char value) {
    memory.set(JAVA_CHAR, rawAddress(object, byteOffset, 2), value);
  }

  public byte getRawByte(long object, long byteOffset) {
    return memory.get(JAVA_BYTE, rawAddress(object, byteOffset, 1));
  }

  public void setRawByte(long object, long byteOffset, byte value) {
    memory.set(JAVA_BYTE, rawAddress(object, byteOffset, 1), value);
  }

  /** Copies {@code length} raw bytes between two objects' raw areas (e.g. growing a string). */
  public void copyRaw(long from, long fromOffset, long to, long toOffset, long length) {
    if (length < 0) {
      throw new IllegalArgumentException("raw copy length must not be negative: " + length);
    }
    if (length == 0) {
      return;
    }
    long src = rawAddress(from, fromOffset, length);
    long dst = rawAddress(to, toOffset, length);
    MemorySegment.copy(memory, src, memory, dst, length);
  }

  // ---------------------------------------------------------------- collection control

  /** Scavenges the young generation now. */
  public void collectYoung() {
    checkOpen();
    checkNotInCollection();
    scavengeInPause(false);
  }

  /**
   * A scavenge that promotes every survivor it can (a "tenuring" scavenge, as V8 does on semispace
   * overflow): used when the survivors of a normal scavenge leave no room in the nursery.
   */
  private void collectYoungPromotingAll() {
    scavengeInPause(true);
  }

  private void scavengeInPause(boolean promoteAll) {
    long start = tracer.begin();
    try {
      scavenge(promoteAll);
      if (stress.verify()) {
        verifier.verify(false);
      }
      endPause(CollectionKind.SCAVENGE, start);
    } finally {
      tracer.leave();
    }
    scheduler.checkOldTrigger();
    scheduler.resetLimit();
  }

  /** One scavenge inside a pause, with its allocation and promotion accounting. */
  private void scavenge(boolean promoteAll) {
    stats.recordAllocated(young.takeAllocatedBytes());
    Scavenger.Result result = scavenger.scavenge(promoteAll);
    stats.recordScavenge(result.copiedBytes(), result.promotedBytes());
    scheduler.oldAllocated(result.promotedBytes());
  }

  /**
   * A stop-the-world full collection: marks from the roots (abandoning any incremental cycle),
   * sweeps eagerly, then scavenges the young generation promoting every survivor it can. Afterwards
   * exactly the reachable objects remain.
   */
  public void collectFull() {
    checkOpen();
    checkNotInCollection();
    long start = tracer.begin();
    try {
      // A running incremental cycle is abandoned and marking restarts from the roots: its work is
      // only mark bits, and finishing it would keep its floating garbage (objects allocated black
      // or marked before they died). So an explicit full collection is exact.
      marker.start();
      finishMarking();
      // An explicit or last-resort full collection sweeps eagerly, so its result is visible at
      // once; automatically triggered incremental cycles sweep lazily.
      old.finishSweeping();
      scavenge(true);
      afterMarkingFinished();
      stats.recordFullCollection();
      if (stress.verify()) {
        verifier.verify(true);
      }
      endPause(CollectionKind.FULL, start);
    } finally {
      tracer.leave();
    }
    scheduler.resetLimit();
  }

  /** Starts an incremental marking cycle; a no-op when one is running. */
  public void startIncrementalMarking() {
    checkOpen();
    checkNotInCollection();
    if (marker.isMarking()) {
      return;
    }
    long start = tracer.begin();
    try {
      marker.start();
      marker.markRootsIncrementally();
      scheduler.markingStarted();
      tracer.endMarkingStep(start);
    } finally {
      tracer.leave();
    }
    scheduler.resetLimit();
  }

  /**
   * Performs about {@code budgetBytes} of marking work; when the gray work list is empty it
   * finalizes the cycle (a short pause: re-scan roots and the young generation, drain, then sweep
   * lazily). Returns true when the cycle finished or none was running.
   */
  public boolean incrementalMarkingStep(long budgetBytes) {
    checkOpen();
    checkNotInCollection();
    if (!marker.isMarking()) {
      return true;
    }
    long start = tracer.begin();
    try {
      stats.recordMarkingStep();
      boolean drained = marker.step(budgetBytes);
      if (!drained) {
        tracer.endMarkingStep(start);
        return false;
      }
      finishMarking();
      afterMarkingFinished();
      stats.recordIncrementalCycle();
      if (stress.verify()) {
        verifier.verify(false);
      }
      endPause(CollectionKind.INCREMENTAL_FINALIZE, start);
    } finally {
      tracer.leave();
    }
    scheduler.resetLimit();
    return true;
  }

  /**
   * The end of every marking: the marker's final pause, validation in verify mode, live class ids
   * to the listeners, then the old generation is handed over to sweeping.
   */
  private void finishMarking() {
    BitSet liveClassIds = marker.finish();
    externals.afterMarking(marks);
    if (stress.verify()) {
      verifier.validateMarking();
    }
    closeFastPathForListeners();
    for (GcListener l : List.copyOf(listeners)) {
      l.liveClassIds(liveClassIds);
    }
    old.sweepAfterMarking();
  }

  private void afterMarkingFinished() {
    long live = marker.markedOldBytes();
    stats.recordLiveBytesAfterMarking(live);
    scheduler.markingFinished(live);
  }

  public boolean isMarking() {
    return marker.isMarking();
  }

  private void checkNotInCollection() {
    if (tracer.inPause()) {
      throw new IllegalStateException("collection requested during a garbage collection");
    }
  }

  /**
   * Records the pause, then calls the listeners while it lasts (the caller {@linkplain
   * PauseTracer#leave leaves} it and resets the soft limit afterwards).
   */
  private void endPause(CollectionKind kind, long start) {
    tracer.end(kind, start);
    stats.recordAllocated(young.takeAllocatedBytes()); // what a listener's statistics() folds in
    closeFastPathForListeners();
    for (GcListener l : List.copyOf(listeners)) {
      l.afterCollection(kind, stats);
    }
  }

  /**
   * Listeners run inside the pause, where allocation is refused: with the soft limit at 0 even a
   * fast-path allocation reaches the slow path, which throws. Every pause with listeners ends with
   * {@link CollectionScheduler#resetLimit}.
   */
  private void closeFastPathForListeners() {
    young.setLimit(0);
  }

  // ---------------------------------------------------------------- roots

  /** A new value stack registered as a root. */
  public ValueStack newValueStack(int initialCapacity, int maxSize) {
    checkOpen();
    ValueStack stack = new ValueStack(this, initialCapacity, maxSize);
    roots.add(stack);
    return stack;
  }

  /** Opens a handle scope; close it (try-with-resources) before its enclosing scope. */
  public HandleScope openHandleScope() {
    checkOpen();
    return roots.openHandleScope();
  }

  public GlobalHandle newGlobalHandle(long value) {
    checkOpen();
    return roots.newGlobalHandle(value);
  }

  public void addRootProvider(RootProvider provider) {
    checkOpen();
    roots.add(provider);
  }

  public void removeRootProvider(RootProvider provider) {
    roots.remove(provider);
  }

  /** Registers edges of hidden classes to trace from objects that carry them (see there). */
  public void addClassEdges(ClassEdges edges) {
    checkOpen();
    classEdges.add(edges);
  }

  public void removeClassEdges(ClassEdges edges) {
    classEdges.remove(edges);
  }

  public void addListener(GcListener listener) {
    listeners.add(listener);
  }

  public void removeListener(GcListener listener) {
    listeners.remove(listener);
  }

  // ---------------------------------------------------------------- external references

  /**
   * Makes heap object {@code owner} refer to Java object {@code target}. Returns a handle word (a
   * {@link ValueCodec} immediate, see {@link ValueCodec#isExternalHandle}; the VM stores it in one
   * of owner's tagged slots; the collector ignores it). {@code target} stays strongly reachable
   * while owner is alive, and is dropped (table entry freed for reuse) by the scavenge or
   * mark-sweep cycle that finds owner dead. {@code externalBytes} (&gt;= 0) counts as external
   * memory: toward old-generation collection pacing and toward the hard heap limit (allocation that
   * would exceed {@code maxHeapBytes} counting external bytes collects, then throws {@link
   * HeapExhaustedException}). Never allocates in the heap, never collects.
   *
   * @throws IllegalArgumentException if {@code externalBytes} is negative
   */
  public long registerExternal(long owner, Object target, long externalBytes) {
    checkOpen();
    assert checkObject(owner);
    long handle = externals.register(owner, target, externalBytes);
    externalBytesGrew(externalBytes);
    return handle;
  }

  /** The target of a handle word registered on this heap; constant time (an array load). */
  public Object external(long handleWord) {
    return externals.target(handleWord);
  }

  /**
   * Replaces the target (and its byte count) behind a handle word.
   *
   * @throws IllegalArgumentException if the word is not the handle of a live entry, or {@code
   *     externalBytes} is negative
   */
  public void setExternal(long handleWord, Object target, long externalBytes) {
    checkOpen();
    externalBytesGrew(externals.replace(handleWord, target, externalBytes));
  }

  /** Current external bytes (also in {@link GcStatistics#externalBytes()} and the GC log line). */
  public long externalBytes() {
    return externals.bytes();
  }

  private void externalBytesGrew(long delta) {
    if (!tracer.inPause()) {
      scheduler.externalBytesGrew(delta);
    }
  }

  // ---------------------------------------------------------------- introspection

  /** The live statistics view of this heap; see {@link GcStatistics#snapshot()}. */
  public GcStatistics statistics() {
    return stats;
  }

  /** Folds bump-allocated bytes and space usage into the statistics (a live view's refresh). */
  private void refreshUsage() {
    if (closed) {
      return;
    }
    if (!tracer.inPause()) {
      stats.recordAllocated(young.takeAllocatedBytes());
    }
    tracer.recordUsage();
  }

  /** Whether {@code address} lies in the young generation (either semispace). */
  public boolean isYoung(long address) {
    return young.contains(address);
  }

  /** Whether {@code address} lies in the old generation (mark-sweep or large-object space). */
  public boolean isOld(long address) {
    return old.contains(address);
  }

  /** Number of open global handles. */
  public int globalHandleCount() {
    return roots.globalHandleCount();
  }

  /** Number of old-generation slots currently recorded in the remembered set. */
  public long rememberedSlotCount() {
    return rememberedSet.size();
  }

  /**
   * Runs the heap verifier now.
   *
   * @throws HeapVerificationError on a broken invariant
   */
  public void verify() {
    checkOpen();
    verifier.verify(false);
  }

  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("heap is closed");
    }
  }

  /** Releases all native memory; any later use throws IllegalStateException. Idempotent. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      marker.abandon();
      region.close();
      roots.clear();
      listeners.clear();
      externals.clear();
      classEdges.clear();
    }
  }
}
