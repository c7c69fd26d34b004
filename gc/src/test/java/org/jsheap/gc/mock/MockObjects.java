package org.jsheap.gc.mock;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * A mock VM object format on top of {@link Heap}, in the style of MMTk's mock VM: the collector's
 * tests use it instead of the JavaScript object model, which gc knows nothing of.
 *
 * <p>A mock object is a heap object of kind {@link #KIND} with any class id, {@code slots} tagged
 * slots (references or primitives) and a raw area laid out as
 *
 * <pre>
 *   raw word 0        object id: unique per MockObjects instance, survives moves
 *   raw word 1        payload seed
 *   raw words 2..n+1  payload: payloadWord(seed, i)
 *   raw word n+2      checksum over id, seed and the payload words
 * </pre>
 *
 * <p>The id lets a test map an off-heap object to its model counterpart whatever its address; the
 * seed and checksum make any corruption of the raw area (a torn copy, a poisoned word, a cell
 * handed out twice) visible to {@link #checkIntegrity}.
 *
 * <p>Addresses returned here are valid only until the next allocation or collection; callers keep
 * references in roots and re-read them, as the collector requires.
 */
public final class MockObjects {
  /** The object kind every mock object carries. */
  public static final int KIND = 0x4D;

  /** Raw words every mock object has besides its payload: id, seed, checksum. */
  public static final int FIXED_RAW_WORDS = 3;

  private static final long GOLDEN = 0x9E37_79B9_7F4A_7C15L;

  private final Heap heap;
  private long nextId = 1;

  public MockObjects(Heap heap) {
    this.heap = heap;
  }

  public Heap heap() {
    return heap;
  }

  /** The id the next allocated object will get. */
  public long peekNextId() {
    return nextId;
  }

  /** Allocates a young (or large) mock object and returns its address. */
  public long allocate(int classId, int slots, int payloadWords, long seed) {
    long address = heap.allocate(classId, KIND, slots, rawBytesFor(payloadWords));
    return initialize(address, payloadWords, seed);
  }

  /** Allocates a mock object directly in the old generation and returns its address. */
  public long allocateTenured(int classId, int slots, int payloadWords, long seed) {
    long address = heap.allocateTenured(classId, KIND, slots, rawBytesFor(payloadWords));
    return initialize(address, payloadWords, seed);
  }

  /** Raw bytes a mock object with {@code payloadWords} payload words needs. */
  public static long rawBytesFor(int payloadWords) {
    return 8L * (payloadWords + FIXED_RAW_WORDS);
  }

  /** Total heap size of a mock object, header included. */
  public static long sizeOf(int slots, int payloadWords) {
    return 16 + 8L * slots + rawBytesFor(payloadWords);
  }

  private long initialize(long address, int payloadWords, long seed) {
    for (int i = 0; i < heap.taggedSlotCount(address); i++) {
      long slot = heap.getSlot(address, i);
      if (slot != ValueCodec.UNDEFINED) {
        throw new AssertionError(
            "fresh object @" + address + " slot " + i + " is " + ValueCodec.describe(slot));
      }
    }
    for (long off = 0; off < heap.rawByteCount(address); off += 8) {
      long word = heap.getRawLong(address, off);
      if (word != 0) {
        throw new AssertionError(
            "fresh object @" + address + " raw offset " + off + " is " + Long.toHexString(word));
      }
    }
    long id = nextId++;
    heap.setRawLong(address, 0, id);
    writePayload(address, payloadWords, seed);
    return address;
  }

  /** Replaces the payload of an object with the one derived from {@code seed}. */
  public void rewritePayload(long object, long seed) {
    writePayload(object, payloadWords(object), seed);
  }

  private void writePayload(long object, int payloadWords, long seed) {
    heap.setRawLong(object, 8, seed);
    long sum = mix(id(object)) ^ mix(seed + 1);
    for (int i = 0; i < payloadWords; i++) {
      long word = payloadWord(seed, i);
      heap.setRawLong(object, 16 + 8L * i, word);
      sum = Long.rotateLeft(sum, 7) ^ word;
    }
    heap.setRawLong(object, 16 + 8L * payloadWords, sum);
  }

  /** The id stored in an object. */
  public long id(long object) {
    return heap.getRawLong(object, 0);
  }

  public long seed(long object) {
    return heap.getRawLong(object, 8);
  }

  public int payloadWords(long object) {
    return (int) (heap.rawByteCount(object) / 8) - FIXED_RAW_WORDS;
  }

  /** The i-th payload word of an object whose seed is {@code seed}. */
  public static long payloadWord(long seed, int i) {
    return mix(seed * 31 + i * GOLDEN);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Throws an AssertionError describing the damage unless the object at {@code object} is an intact
   * mock object: kind, raw layout, payload and checksum.
   */
  public void checkIntegrity(long object) {
    int kind = heap.kind(object);
    if (kind != KIND) {
      throw new AssertionError("object @" + object + " has kind " + kind + ", not a mock object");
    }
    long raw = heap.rawByteCount(object);
    if (raw < 8L * FIXED_RAW_WORDS || raw % 8 != 0) {
      throw new AssertionError("object @" + object + " has raw size " + raw);
    }
    long id = id(object);
    if (id <= 0 || id >= nextId) {
      throw new AssertionError("object @" + object + " has id " + id + " never handed out");
    }
    long seed = seed(object);
    int payloadWords = payloadWords(object);
    long sum = mix(id) ^ mix(seed + 1);
    for (int i = 0; i < payloadWords; i++) {
      long word = heap.getRawLong(object, 16 + 8L * i);
      if (word != payloadWord(seed, i)) {
        throw new AssertionError(
            "object id "
                + id
                + " @"
                + object
                + " payload word "
                + i
                + " is "
                + Long.toHexString(word)
                + ", expected "
                + Long.toHexString(payloadWord(seed, i)));
      }
      sum = Long.rotateLeft(sum, 7) ^ word;
    }
    long stored = heap.getRawLong(object, 16 + 8L * payloadWords);
    if (stored != sum) {
      throw new AssertionError("object id " + id + " @" + object + " has a bad checksum");
    }
    for (int i = 0; i < heap.taggedSlotCount(object); i++) {
      long slot = heap.getSlot(object, i);
      if (ValueCodec.isPoison(slot)) {
        throw new AssertionError("object id " + id + " @" + object + " slot " + i + " poisoned");
      }
    }
  }

  /**
   * Counts the objects reachable from the given tagged values, checking each one's integrity. The
   * trace is iterative, so a list of any length is fine.
   */
  public int traceAndCheck(long... roots) {
    Set<Long> seen = new HashSet<>();
    ArrayDeque<Long> work = new ArrayDeque<>();
    for (long root : roots) {
      if (ValueCodec.isReference(root) && seen.add(ValueCodec.asReference(root))) {
        work.push(ValueCodec.asReference(root));
      }
    }
    while (!work.isEmpty()) {
      long object = work.pop();
      checkIntegrity(object);
      int slots = heap.taggedSlotCount(object);
      for (int i = 0; i < slots; i++) {
        long value = heap.getSlot(object, i);
        if (ValueCodec.isReference(value) && seen.add(ValueCodec.asReference(value))) {
          work.push(ValueCodec.asReference(value));
        }
      }
    }
    return seen.size();
  }

  /** A reference value to {@code address}. */
  public static long ref(long address) {
    return ValueCodec.fromReference(address);
  }

  /** The address a reference value holds; fails if it is not a reference. */
  public static long address(long value) {
    if (!ValueCodec.isReference(value)) {
      throw new AssertionError("expected a reference, got " + ValueCodec.describe(value));
    }
    return ValueCodec.asReference(value);
  }
}
