package org.jsheap.gc;

import org.jsheap.gc.space.LargeObjectSpace;
import org.jsheap.gc.space.MarkSweepSpace;
import org.jsheap.gc.space.SemiSpace;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.NativeRegion;

/**
 * A garbage-collected heap held outside the Java heap. Its generational plan composes a young
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
 * <p>This class is the facade: the mutator API, its argument and state checks, and the object
 * accessors (header, tagged slots through the write barrier, raw payload). The work is done by
 * three parts it composes: the {@link GenerationalPlan} (wires spaces and collectors, owns the
 * steps of every collection), the {@link MutatorAllocator} (fast and slow allocation paths) and the
 * {@link HeapServices} (external references, identity hashes, weak slots, class edges).
 */
public final class Heap implements AutoCloseable {
  /** Bytes at the start of the reservation that are never allocated, so address 0 is null. */
  public static final long RESERVED_PREFIX_BYTES = 4096;

  /** Objects larger than this many bytes go to the large-object space. */
  public static final long LARGE_OBJECT_THRESHOLD = MarkSweepSpace.MAX_CELL_SIZE;

  /** The largest object the header can describe. */
  public static final long MAX_OBJECT_BYTES = ObjectHeader.MAX_SIZE;

  private final GenerationalPlan plan;
  private final MutatorAllocator allocator;
  private final HeapServices services;
  private final RawPayload raw;
  private final ObjectChecks checks;
  private final HeapMemory memory;
  private final SemiSpace young;
  private final OldGeneration old;
  private final Marker marker;
  private final WriteBarrier barrier;

  /** The external-reference table, for gc's tests. */
  final ExternalReferenceTable externals;

  private Heap(HeapConfig config) {
    this.plan = new GenerationalPlan(config);
    this.allocator = new MutatorAllocator(plan);
    this.services = new HeapServices(plan);
    this.raw = new RawPayload(plan.memory());
    this.checks = new ObjectChecks(plan);
    this.memory = plan.memory();
    this.young = plan.young();
    this.old = plan.old();
    this.marker = plan.marker();
    this.barrier = plan.barrier();
    this.externals = plan.externals();
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
    return plan.config();
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
    checkOpen();
    return allocator.allocate(classId, kind, taggedSlots, rawBytes);
  }

  /**
   * The young allocation fast path alone, for a compiler that must keep the collector out of line:
   * a bump of {@code top} and one compare against {@code limit}, then the header and {@code
   * undefined} slots. Returns 0, having done nothing, whenever {@link #allocate} would take its
   * slow path (the semispace is full, a marking step or an old-generation collection is due, stress
   * mode, a large or invalid request); the caller then calls {@link #allocate}. Never collects.
   */
  public long tryAllocateYoung(int classId, int kind, int taggedSlots) {
    checkOpen();
    return allocator.tryAllocateYoung(classId, kind, taggedSlots);
  }

  /** Allocates directly in the old generation (pretenuring). May collect. */
  public long allocateTenured(int classId, int kind, int taggedSlots, long rawBytes) {
    checkOpen();
    return allocator.allocateTenured(classId, kind, taggedSlots, rawBytes);
  }

  /**
   * Allocates an object whose tagged slots are all weak: the collectors do not trace them, and
   * store {@link ValueCodec#UNDEFINED} into a slot whose target died (was reachable only through
   * weak slots or dead ephemerons). For {@code WeakRef} and similar. Young (or large); may collect.
   */
  public long allocateWeak(int classId, int kind, int taggedSlots) {
    checkOpen();
    return allocator.allocateWeak(classId, kind, taggedSlots);
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
    checkOpen();
    return allocator.allocateEphemeronTable(classId, kind, pairs);
  }

  /** Whether the object's tagged slots are weak or ephemeron pairs (see {@link #allocateWeak}). */
  public boolean hasWeakSlots(long object) {
    checkOpen();
    assert checks.object(object);
    return services.hasWeakSlots(object);
  }

  /** Number of (key, value) pairs of an ephemeron table. */
  public int ephemeronPairCount(long table) {
    checkOpen();
    assert checks.object(table);
    return services.ephemeronPairCount(table);
  }

  // ---------------------------------------------------------------- header

  public int classId(long object) {
    checkOpen();
    assert checks.object(object);
    return ObjectHeader.classId(memory.getLong(object));
  }

  /** Changes the hidden class of an object in place (a shape transition). */
  public void setClassId(long object, int classId) {
    checkOpen();
    assert checks.object(object);
    if (classId < 0) {
      throw new IllegalArgumentException("class id must not be negative: " + classId);
    }
    memory.setLong(object, ObjectHeader.withClassId(memory.getLong(object), classId));
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
    checkOpen();
    assert checks.object(object);
    return services.identityHash(object);
  }

  public int kind(long object) {
    checkOpen();
    assert checks.object(object);
    return ObjectHeader.kind(memory.getLong(object + 8));
  }

  public int taggedSlotCount(long object) {
    checkOpen();
    assert checks.object(object);
    return ObjectHeader.taggedSlots(memory.getLong(object + 8));
  }

  /** Bytes of raw (untraced) payload after the tagged slots, a multiple of 8. */
  public long rawByteCount(long object) {
    checkOpen();
    long w1 = memory.getLong(object + 8);
    return ObjectHeader.size(w1) - ObjectHeader.SIZE - 8L * ObjectHeader.taggedSlots(w1);
  }

  /** Total size of the object in bytes, header included. */
  public long sizeOf(long object) {
    checkOpen();
    assert checks.object(object);
    return ObjectHeader.size(memory.getLong(object + 8));
  }

  // ---------------------------------------------------------------- tagged slots

  public long getSlot(long object, int index) {
    checkOpen();
    assert checks.slot(object, index);
    return memory.getLong(object + ObjectHeader.SIZE + 8L * index);
  }

  /** Stores a tagged value through the write barrier. */
  public void setSlot(long object, int index, long value) {
    checkOpen();
    assert checks.slot(object, index);
    long slot = object + ObjectHeader.SIZE + 8L * index;
    memory.setLong(slot, value);
    if (ValueCodec.isReference(value)) {
      // Out of line, so the inlined fast path is one shift and compare: a store of a
      // non-reference needs no barrier at all.
      barrier.referenceStored(object, slot, value);
    }
  }

  // ---------------------------------------------------------------- raw payload

  public long getRawLong(long object, long byteOffset) {
    checkOpen();
    return raw.getLong(object, byteOffset);
  }

  public void setRawLong(long object, long byteOffset, long value) {
    checkOpen();
    raw.setLong(object, byteOffset, value);
  }

  public double getRawDouble(long object, long byteOffset) {
    checkOpen();
    return raw.getDouble(object, byteOffset);
  }

  public void setRawDouble(long object, long byteOffset, double value) {
    checkOpen();
    raw.setDouble(object, byteOffset, value);
  }

  public int getRawInt(long object, long byteOffset) {
    checkOpen();
    return raw.getInt(object, byteOffset);
  }

  public void setRawInt(long object, long byteOffset, int value) {
    checkOpen();
    raw.setInt(object, byteOffset, value);
  }

  public char getRawChar(long object, long byteOffset) {
    checkOpen();
    return raw.getChar(object, byteOffset);
  }

  public void setRawChar(long object, long byteOffset, char value) {
    checkOpen();
    raw.setChar(object, byteOffset, value);
  }

  public byte getRawByte(long object, long byteOffset) {
    checkOpen();
    return raw.getByte(object, byteOffset);
  }

  public void setRawByte(long object, long byteOffset, byte value) {
    checkOpen();
    raw.setByte(object, byteOffset, value);
  }

  /** Copies {@code length} raw bytes between two objects' raw areas (e.g. growing a string). */
  public void copyRaw(long from, long fromOffset, long to, long toOffset, long length) {
    checkOpen();
    raw.copy(from, fromOffset, to, toOffset, length);
  }

  // ---------------------------------------------------------------- collection control

  /** Scavenges the young generation now. */
  public void collectYoung() {
    checkOpen();
    plan.collectYoung();
  }

  /**
   * A stop-the-world full collection: marks from the roots (abandoning any incremental cycle),
   * sweeps eagerly, then scavenges the young generation promoting every survivor it can. Afterwards
   * exactly the reachable objects remain.
   */
  public void collectFull() {
    checkOpen();
    plan.collectFull();
  }

  /** Starts an incremental marking cycle; a no-op when one is running. */
  public void startIncrementalMarking() {
    checkOpen();
    plan.startIncrementalMarking();
  }

  /**
   * Performs about {@code budgetBytes} of marking work; when the gray work list is empty it
   * finalizes the cycle (a short pause: re-scan roots and the young generation, drain, then sweep
   * lazily). Returns true when the cycle finished or none was running.
   */
  public boolean incrementalMarkingStep(long budgetBytes) {
    checkOpen();
    return plan.incrementalMarkingStep(budgetBytes);
  }

  /**
   * Completes a running marking cycle now, in one pause: in a concurrent cycle the marker thread
   * stops at its next safe point and this thread drains what is left; an incremental cycle is
   * drained here. Then sweeping starts as after any cycle. A no-op when no cycle runs.
   */
  public void finishMarking() {
    checkOpen();
    plan.finishMarking();
  }

  public boolean isMarking() {
    return marker.isMarking();
  }

  /**
   * The marking mode this heap runs: the configured one, except that {@link MarkingMode#CONCURRENT}
   * falls back to {@link MarkingMode#INCREMENTAL} on a machine with one processor.
   */
  public MarkingMode markingMode() {
    return plan.marking();
  }

  /** The marker, for gc's tests (the broken-barrier switch). */
  Marker marker() {
    return marker;
  }

  /** Whether an object's mark bit is set, for gc's tests (racy while a marker thread runs). */
  boolean isMarkedForTesting(long object) {
    return plan.isMarked(object);
  }

  /** Test-only: the next marker thread throws {@code failure} before its first chunk. */
  void failMarkerThreadForTesting(RuntimeException failure) {
    plan.markerThread().failForTesting(failure);
  }

  /** Whether the failure of {@link #failMarkerThreadForTesting} is still to be thrown. */
  boolean markerThreadFailurePendingForTesting() {
    return plan.markerThread().failurePendingForTesting();
  }

  /** The running cycle's marker thread (null without one), for gc's tests. */
  Thread markerThreadForTesting() {
    return plan.markerThread().threadForTesting();
  }

  /** Whether the running cycle's marker thread found no more work, for gc's tests. */
  boolean markerThreadDrainedForTesting() {
    return plan.markerThread().isDrained();
  }

  /** Whether a marker thread exists, for gc's tests. */
  boolean markerThreadRunning() {
    return plan.markerThreadRunning();
  }

  // ---------------------------------------------------------------- roots

  /** A new value stack of {@link ValueStack#DEFAULT_MAX_SIZE} slots registered as a root. */
  public ValueStack newValueStack() {
    return newValueStack(0, ValueStack.DEFAULT_MAX_SIZE);
  }

  /** A new value stack registered as a root ({@code initialCapacity} is no longer used). */
  public ValueStack newValueStack(int initialCapacity, int maxSize) {
    checkOpen();
    ValueStack stack = new ValueStack(this, initialCapacity, maxSize);
    plan.roots().add(stack);
    return stack;
  }

  /** Opens a handle scope; close it (try-with-resources) before its enclosing scope. */
  public HandleScope openHandleScope() {
    checkOpen();
    return plan.roots().openHandleScope();
  }

  public GlobalHandle newGlobalHandle(long value) {
    checkOpen();
    return plan.roots().newGlobalHandle(value);
  }

  public void addRootProvider(RootProvider provider) {
    checkOpen();
    plan.roots().add(provider);
  }

  public void removeRootProvider(RootProvider provider) {
    plan.roots().remove(provider);
  }

  /** Registers edges of hidden classes to trace from objects that carry them (see there). */
  public void addClassEdges(ClassEdges edges) {
    checkOpen();
    services.addClassEdges(edges);
  }

  public void removeClassEdges(ClassEdges edges) {
    services.removeClassEdges(edges);
  }

  /** Adds a listener, called inside every collection's pause (see {@link GcListener}). */
  public void addListener(GcListener listener) {
    plan.addListener(listener);
  }

  public void removeListener(GcListener listener) {
    plan.removeListener(listener);
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
    assert checks.object(owner);
    return services.registerExternal(owner, target, externalBytes);
  }

  /** The target of a handle word registered on this heap; constant time (an array load). */
  public Object external(long handleWord) {
    return services.external(handleWord);
  }

  /**
   * Replaces the target (and its byte count) behind a handle word.
   *
   * @throws IllegalArgumentException if the word is not the handle of a live entry, or {@code
   *     externalBytes} is negative
   */
  public void setExternal(long handleWord, Object target, long externalBytes) {
    checkOpen();
    services.setExternal(handleWord, target, externalBytes);
  }

  /** Current external bytes (also in {@link GcStatistics#externalBytes()} and the GC log line). */
  public long externalBytes() {
    return services.externalBytes();
  }

  // ---------------------------------------------------------------- introspection

  /** The live statistics view of this heap; see {@link GcStatistics#snapshot()}. */
  public GcStatistics statistics() {
    return plan.statistics();
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
    return plan.roots().globalHandleCount();
  }

  /** Number of old-generation slots currently recorded in the remembered set. */
  public long rememberedSlotCount() {
    return plan.rememberedSet().size();
  }

  /**
   * Runs the heap verifier now.
   *
   * @throws HeapVerificationError on a broken invariant
   */
  public void verify() {
    checkOpen();
    plan.verify();
  }

  /** The heap's access path, for gc's tests of checked mode. */
  HeapMemory memoryForTesting() {
    return memory;
  }

  public boolean isClosed() {
    return plan.isClosed();
  }

  private void checkOpen() {
    plan.checkOpen();
  }

  /** Releases all native memory; any later use throws IllegalStateException. Idempotent. */
  @Override
  public void close() {
    plan.close();
  }
}
