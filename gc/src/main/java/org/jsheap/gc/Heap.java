package org.jsheap.gc;

/**
 * A garbage-collected heap held outside the Java heap. STUB: signatures only, being implemented.
 */
public final class Heap implements AutoCloseable {
  /** Bytes at the start of the reservation that are never allocated, so address 0 is null. */
  public static final long RESERVED_PREFIX_BYTES = 4096;

  /** Objects at least this large go to the large-object space. */
  public static final long LARGE_OBJECT_THRESHOLD = 8 * 1024;

  private Heap() {}

  /** Reserves a heap. @throws IllegalArgumentException for a bad config */
  public static Heap create(HeapConfig config) {
    throw new UnsupportedOperationException();
  }

  /** A heap with {@link HeapConfig#defaults()}. */
  public static Heap create() {
    return create(HeapConfig.defaults());
  }

  public HeapConfig config() {
    throw new UnsupportedOperationException();
  }

  // ---- allocation: may collect; all tagged slots start as UNDEFINED, raw bytes as zero.

  /** Allocates in the young generation (or the large-object space when big); returns address. */
  public long allocate(int classId, int kind, int taggedSlots, long rawBytes) {
    throw new UnsupportedOperationException();
  }

  /** Allocates directly in the old generation (pretenuring). */
  public long allocateTenured(int classId, int kind, int taggedSlots, long rawBytes) {
    throw new UnsupportedOperationException();
  }

  // ---- header

  public int classId(long object) {
    throw new UnsupportedOperationException();
  }

  /** Changes the hidden class of an object in place (a shape transition). */
  public void setClassId(long object, int classId) {
    throw new UnsupportedOperationException();
  }

  public int kind(long object) {
    throw new UnsupportedOperationException();
  }

  public int taggedSlotCount(long object) {
    throw new UnsupportedOperationException();
  }

  /** Bytes of raw (untraced) payload after the tagged slots, a multiple of 8. */
  public long rawByteCount(long object) {
    throw new UnsupportedOperationException();
  }

  /** Total size of the object in bytes, header included. */
  public long sizeOf(long object) {
    throw new UnsupportedOperationException();
  }

  // ---- tagged slots: every store goes through the write barrier.

  public long getSlot(long object, int index) {
    throw new UnsupportedOperationException();
  }

  public void setSlot(long object, int index, long value) {
    throw new UnsupportedOperationException();
  }

  // ---- raw payload, byteOffset relative to the start of the raw area.

  public long getRawLong(long object, long byteOffset) {
    throw new UnsupportedOperationException();
  }

  public void setRawLong(long object, long byteOffset, long value) {
    throw new UnsupportedOperationException();
  }

  public double getRawDouble(long object, long byteOffset) {
    throw new UnsupportedOperationException();
  }

  public void setRawDouble(long object, long byteOffset, double value) {
    throw new UnsupportedOperationException();
  }

  public int getRawInt(long object, long byteOffset) {
    throw new UnsupportedOperationException();
  }

  public void setRawInt(long object, long byteOffset, int value) {
    throw new UnsupportedOperationException();
  }

  public char getRawChar(long object, long byteOffset) {
    throw new UnsupportedOperationException();
  }

  public void setRawChar(long object, long byteOffset, char value) {
    throw new UnsupportedOperationException();
  }

  public byte getRawByte(long object, long byteOffset) {
    throw new UnsupportedOperationException();
  }

  public void setRawByte(long object, long byteOffset, byte value) {
    throw new UnsupportedOperationException();
  }

  // ---- collection control

  public void collectYoung() {
    throw new UnsupportedOperationException();
  }

  public void collectFull() {
    throw new UnsupportedOperationException();
  }

  /** Starts an incremental marking cycle (no-op if one runs). */
  public void startIncrementalMarking() {
    throw new UnsupportedOperationException();
  }

  /**
   * Performs up to {@code budgetBytes} of marking work; when the gray work list empties, finalizes
   * the cycle (a short pause: re-scan roots and young, drain, sweep). Returns true when the cycle
   * finished.
   */
  public boolean incrementalMarkingStep(long budgetBytes) {
    throw new UnsupportedOperationException();
  }

  public boolean isMarking() {
    throw new UnsupportedOperationException();
  }

  // ---- roots

  public ValueStack newValueStack(int initialCapacity, int maxSize) {
    throw new UnsupportedOperationException();
  }

  public HandleScope openHandleScope() {
    throw new UnsupportedOperationException();
  }

  public GlobalHandle newGlobalHandle(long value) {
    throw new UnsupportedOperationException();
  }

  public void addRootProvider(RootProvider provider) {
    throw new UnsupportedOperationException();
  }

  public void removeRootProvider(RootProvider provider) {
    throw new UnsupportedOperationException();
  }

  public void addListener(GcListener listener) {
    throw new UnsupportedOperationException();
  }

  // ---- introspection

  public GcStatistics statistics() {
    throw new UnsupportedOperationException();
  }

  public boolean isYoung(long address) {
    throw new UnsupportedOperationException();
  }

  public boolean isOld(long address) {
    throw new UnsupportedOperationException();
  }

  /** Runs the heap verifier now; throws {@link HeapVerificationError} on a broken invariant. */
  public void verify() {
    throw new UnsupportedOperationException();
  }

  public boolean isClosed() {
    throw new UnsupportedOperationException();
  }

  /** Releases all native memory; any later use throws IllegalStateException. Idempotent. */
  @Override
  public void close() {
    throw new UnsupportedOperationException();
  }
}
