package org.jsheap.gc;

/**
 * The one owner of the object header layout. Every heap object starts with two 64-bit words:
 *
 * <pre>
 *   word 0: bits  0..31 hidden-class id (what an inline cache compares)
 *           bits 32..35 age (scavenges survived)
 *           bit  63     forwarded: then bits 0..47 hold the object's new address
 *   word 1: bits  0..31 size in bytes, header included, a multiple of 8
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
  private static final long ADDRESS_MASK = (1L << 48) - 1;
  private static final int AGE_SHIFT = 32;
  private static final long AGE_MASK = 0xFL << AGE_SHIFT;

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

  public static boolean isForwarded(long word0) {
    return (word0 & FORWARDED_BIT) != 0 && !ValueCodec.isPoison(word0);
  }

  public static long forwardingWord(long newAddress) {
    return FORWARDED_BIT | newAddress;
  }

  public static long forwardee(long word0) {
    return word0 & ADDRESS_MASK;
  }

  // ---- word 1

  public static long word1(long sizeInBytes, int taggedSlots, int kind) {
    return sizeInBytes | ((long) taggedSlots << 32) | ((long) (kind & 0xFF) << 56);
  }

  public static long size(long word1) {
    return word1 & 0xFFFF_FFFFL;
  }

  public static int taggedSlots(long word1) {
    return (int) ((word1 >>> 32) & MAX_TAGGED_SLOTS);
  }

  public static int kind(long word1) {
    return (int) (word1 >>> 56);
  }
}
