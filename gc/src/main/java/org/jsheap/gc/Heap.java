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
    MarkBitmap marks = new MarkBitmap(0, oldEnd);
    this.rememberedSet = new SlotSet(oldStart, oldBytes, BlockPool.BLOCK_SHIFT);
    this.old =
        new OldGeneration(
            oldStart,
            oldEnd,
            new MarkSweepSpace(memory, pool, marks, rememberedSet, stress.poison()),
            new LargeObjectSpace(region, pool, marks, rememberedSet));
    this.marker = new Marker(memory, marks, young, old, rememberedSet, roots);
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
            stress.poison());
    this.verifier = new HeapVerifier(memory, young, old, rememberedSet, marks, roots);
    this.tracer = new PauseTracer(stats, config.gcLog(), young, old);
    this.scheduler = new CollectionScheduler(this, young, marker, config, oldBytes);
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
    long size = ObjectHeader.sizeFor(taggedSlots, rawBytes);
    if ((classId | taggedSlots) < 0 || rawBytes < 0 || size > LARGE_OBJECT_THRESHOLD) {
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
    long size = ObjectHeader.sizeFor(taggedSlots, rawBytes);
    if (size > MAX_OBJECT_BYTES || size > old.capacityBytes()) {
      throw new HeapExhaustedException(
          String.format(
              Locale.ROOT,
              "cannot allocate an object of %d bytes: larger than the heap's old generation"
                  + " (%d bytes, maxHeapBytes %d)",
              size,
              old.capacityBytes(),
              config.maxHeapBytes()),
          size);
    }
    boolean inOld = tenured || size > LARGE_OBJECT_THRESHOLD;
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

  private long rawAddress(long object, long byteOffset, int width) {
    long w1 = memory.get(JAVA_LONG, object + 8);
    long rawStart = object + ObjectHeader.SIZE + 8L * ObjectHeader.taggedSlots(w1);
    if (byteOffset < 0 || byteOffset + width > object + ObjectHeader.size(w1) - rawStart) {
      throw new IndexOutOfBoundsException(
          "raw offset " + byteOffset + " (width " + width + ") outside object at " + object);
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
    if (length == 0) {
      return;
    }
    long src = rawAddress(from, fromOffset, 1);
    long dst = rawAddress(to, toOffset, 1);
    rawAddress(from, fromOffset + length - 1, 1);
    rawAddress(to, toOffset + length - 1, 1);
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
    scavenge(promoteAll);
    if (stress.verify()) {
      verifier.verify(false);
    }
    endPause(CollectionKind.SCAVENGE, start);
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
    marker.start();
    marker.markRootsIncrementally();
    scheduler.markingStarted();
    tracer.endMarkingStep(start);
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
    scheduler.resetLimit();
    return true;
  }

  /**
   * The end of every marking: the marker's final pause, validation in verify mode, live class ids
   * to the listeners, then the old generation is handed over to sweeping.
   */
  private void finishMarking() {
    BitSet liveClassIds = marker.finish();
    if (stress.verify()) {
      verifier.validateMarking();
    }
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

  private void endPause(CollectionKind kind, long start) {
    tracer.end(kind, start);
    for (GcListener l : List.copyOf(listeners)) {
      l.afterCollection(kind, stats);
    }
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

  public void addListener(GcListener listener) {
    listeners.add(listener);
  }

  public void removeListener(GcListener listener) {
    listeners.remove(listener);
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
    }
  }
}
