package org.jsheap.gc;

/**
 * The one owner of the object header layout. Every heap object starts with two 64-bit words:
 *
 * <pre>
 *   word 0: bits  0..31 hidden-class id (what an inline cache compares)
 *           bits 32..35 age (scavenges survived)
 *           bits 36..62 identity hash, 0 until first requested (kept by every move)
 *           bit  63     forwarded: then bits 0..47 hold the object's new address
 *   word 1: bits  0..31 size in bytes, header included, a multiple of 8; its always-zero
 *                       bits 0..1 hold the slot strength instead (0 strong, 1 weak,
 *                       2 ephemeron pairs), a collector flag the VM's kind byte stays free of
 *           bits 32..55 number of tagged slots that follow the header
 *           bits 56..63 kind: opaque to the collector, owned by the VM
 * </pre>
 *
 * <p>Objects are laid out references-first: {@code taggedSlots} 64-bit tagged values directly after
 * the header, then raw bytes the collector never reads. That makes every object self-describing, so
 * tracing needs no call into the VM (see docs/decisions.md). Mark bits do not live here: they are
 * in a side bitmap so that marking never writes to objects.
 */
public final class ObjectHeader {
  private ObjectHeader() {}

  /** Size of the header in bytes. */
  public static final int SIZE = 16;

  /** Largest hidden-class id a VM may use; ids above it are the collector's. */
  public static final int MAX_CLASS_ID = Integer.MAX_VALUE;

  /** Class id of a free cell in the mark-sweep space (never a VM class id). */
  public static final int FREE_CLASS_ID = 0xFFFF_FFF0;

  /** Largest number of tagged slots one object can have. */
  public static final int MAX_TAGGED_SLOTS = (1 << 24) - 1;

  /** Largest object size in bytes word 1 can describe (32 bits, a multiple of 8). */
  public static final long MAX_SIZE = 0xFFFF_FFF8L;

  /** Largest number of scavenges an object can be recorded as having survived. */
  public static final int MAX_AGE = 15;

  private static final long FORWARDED_BIT = 1L << 63;
  private static final int AGE_SHIFT = 32;
  private static final long AGE_MASK = 0xFL << AGE_SHIFT;
  private static final int HASH_SHIFT = 36;
  private static final int HASH_BITS = 27;

  /** Largest identity hash; hashes are 1..MAX_IDENTITY_HASH, 0 meaning "none assigned yet". */
  public static final int MAX_IDENTITY_HASH = (1 << HASH_BITS) - 1;

  private static final long HASH_MASK = (long) MAX_IDENTITY_HASH << HASH_SHIFT;

  /** Size in bytes of an object with the given slots and raw bytes, rounded up to 8. */
  public static long sizeFor(int taggedSlots, long rawBytes) {
    return SIZE + 8L * taggedSlots + ((rawBytes + 7) & ~7L);
  }

  // ---- word 0

  public static long word0(int classId, int age) {
    return (classId & 0xFFFF_FFFFL) | ((long) age << AGE_SHIFT);
  }

  public static int classId(long word0) {
    return (int) word0;
  }

  public static int age(long word0) {
    return (int) ((word0 & AGE_MASK) >>> AGE_SHIFT);
  }

  public static long withClassId(long word0, int classId) {
    return (word0 & ~0xFFFF_FFFFL) | (classId & 0xFFFF_FFFFL);
  }

  public static long withAge(long word0, int age) {
    return (word0 & ~AGE_MASK) | ((long) Math.min(age, MAX_AGE) << AGE_SHIFT);
  }

  /** The identity hash in word 0, or 0 when none was assigned. */
  public static int identityHash(long word0) {
    return (int) ((word0 & HASH_MASK) >>> HASH_SHIFT);
  }

  /** Word 0 with the identity hash set; {@code hash} is 1..{@link #MAX_IDENTITY_HASH}. */
  public static long withIdentityHash(long word0, int hash) {
    assert hash > 0 && hash <= MAX_IDENTITY_HASH : hash;
    return (word0 & ~HASH_MASK) | ((long) hash << HASH_SHIFT);
  }

  public static boolean isForwarded(long word0) {
    return (word0 & FORWARDED_BIT) != 0 && !ValueCodec.isPoison(word0);
  }

  public static long forwardingWord(long newAddress) {
    return FORWARDED_BIT | newAddress;
  }

  public static long forwardee(long word0) {
    return ValueCodec.addressField(word0);
  }

  // ---- word 1

  /** Slot strength: every tagged slot is an ordinary (strong) edge. */
  public static final int STRONG_SLOTS = 0;

  /** Slot strength: every tagged slot is weak (cleared when its target dies otherwise). */
  public static final int WEAK_SLOTS = 1;

  /**
   * Slot strength: the tagged slots are (key, value) pairs; a key is weak and its value is traced
   * only while the key is otherwise reachable (ephemerons, {@code WeakMap} semantics).
   */
  public static final int EPHEMERON_SLOTS = 2;

  private static final long STRENGTH_MASK = 3;
  private static final long SIZE_MASK = 0xFFFF_FFF8L;

  public static long word1(long sizeInBytes, int taggedSlots, int kind) {
    return sizeInBytes | ((long) taggedSlots << 32) | ((long) (kind & 0xFF) << 56);
  }

  public static long size(long word1) {
    return word1 & SIZE_MASK;
  }

  /** {@link #STRONG_SLOTS}, {@link #WEAK_SLOTS} or {@link #EPHEMERON_SLOTS}. */
  public static int slotStrength(long word1) {
    return (int) (word1 & STRENGTH_MASK);
  }

  public static long withSlotStrength(long word1, int strength) {
    assert strength >= STRONG_SLOTS && strength <= EPHEMERON_SLOTS : strength;
    return (word1 & ~STRENGTH_MASK) | strength;
  }

  public static int taggedSlots(long word1) {
    return (int) ((word1 >>> 32) & MAX_TAGGED_SLOTS);
  }

  public static int kind(long word1) {
    return (int) (word1 >>> 56);
  }
}
