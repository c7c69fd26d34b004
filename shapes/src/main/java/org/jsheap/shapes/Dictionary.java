package org.jsheap.shapes;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * The heap hash table of dictionary-mode properties and sparse elements: open addressing with
 * linear probing over entries of three tagged slots (key, value, details). Keys are a property key
 * id as an immediate, or an element index as a number; details are an int32 with the property flags
 * in bits 0..3 and the enumeration (insertion) index above, so enumeration order survives
 * rehashing. Load factor at most 3/4 counting tombstones.
 *
 * <pre>
 *   slot 0 count   slot 1 tombstones   slot 2 next enumeration index
 *   slot 3 + 3e    key | EMPTY (undefined) | TOMBSTONE
 *   slot 4 + 3e    value
 *   slot 5 + 3e    details
 * </pre>
 */
final class Dictionary {
  private static final int COUNT = 0;
  private static final int TOMBSTONES = 1;
  private static final int NEXT_ENUM = 2;
  private static final int HEADER = 3;
  static final long EMPTY = ValueCodec.UNDEFINED;
  static final long TOMBSTONE = ValueCodec.immediate(1);
  static final int MIN_CAPACITY = 8;

  private Dictionary() {}

  /** Capacity (a power of two) that holds {@code n} entries under the load factor. */
  static int capacityFor(int n) {
    int c = MIN_CAPACITY;
    while (c * 3 < (n + 1) * 4) {
      c *= 2;
    }
    return c;
  }

  /** Allocates an empty table; may collect. Returns its address. */
  static long allocate(Heap heap, int capacity) {
    long t =
        heap.allocate(ClassTable.DICTIONARY_CLASS, HeapKind.DICTIONARY, HEADER + 3 * capacity, 0);
    heap.setSlot(t, COUNT, ValueCodec.fromInt(0));
    heap.setSlot(t, TOMBSTONES, ValueCodec.fromInt(0));
    heap.setSlot(t, NEXT_ENUM, ValueCodec.fromInt(0));
    return t;
  }

  static int capacity(Heap heap, long t) {
    return (heap.taggedSlotCount(t) - HEADER) / 3;
  }

  static int count(Heap heap, long t) {
    return ValueCodec.asInt(heap.getSlot(t, COUNT));
  }

  private static int tombstones(Heap heap, long t) {
    return ValueCodec.asInt(heap.getSlot(t, TOMBSTONES));
  }

  /** Whether one more entry fits without rehashing. */
  static boolean hasRoom(Heap heap, long t) {
    return (count(heap, t) + tombstones(heap, t) + 1) * 4 <= capacity(heap, t) * 3;
  }

  static long stringKey(int keyId) {
    return ValueCodec.immediate(keyId);
  }

  static long indexKey(long index) {
    return ValueCodec.fromNumber((double) index);
  }

  static boolean isIndexKey(long key) {
    return ValueCodec.isNumber(key);
  }

  private static int hash(long key) {
    long h = key * 0x9E37_79B9_7F4A_7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** The entry holding {@code key}, or -1. */
  static int find(Heap heap, long t, long key) {
    int mask = capacity(heap, t) - 1;
    int i = hash(key) & mask;
    while (true) {
      long k = heap.getSlot(t, HEADER + 3 * i);
      if (k == key) {
        return i;
      }
      if (k == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Inserts an absent key; the caller checked {@link #hasRoom}. Returns the entry. */
  static int insert(Heap heap, long t, long key, long value, int flags) {
    int e = insertRaw(heap, t, key, value, 0);
    int enumIndex = ValueCodec.asInt(heap.getSlot(t, NEXT_ENUM));
    heap.setSlot(t, NEXT_ENUM, ValueCodec.fromInt(enumIndex + 1));
    heap.setSlot(t, HEADER + 3 * e + 2, ValueCodec.fromInt(flags | (enumIndex << 4)));
    return e;
  }

  private static int insertRaw(Heap heap, long t, long key, long value, int details) {
    assert find(heap, t, key) < 0;
    int mask = capacity(heap, t) - 1;
    int i = hash(key) & mask;
    while (true) {
      long k = heap.getSlot(t, HEADER + 3 * i);
      if (k == EMPTY || k == TOMBSTONE) {
        if (k == TOMBSTONE) {
          heap.setSlot(t, TOMBSTONES, ValueCodec.fromInt(tombstones(heap, t) - 1));
        }
        heap.setSlot(t, HEADER + 3 * i, key);
        heap.setSlot(t, HEADER + 3 * i + 1, value);
        heap.setSlot(t, HEADER + 3 * i + 2, ValueCodec.fromInt(details));
        heap.setSlot(t, COUNT, ValueCodec.fromInt(count(heap, t) + 1));
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** Copies every entry of {@code from} into the empty table {@code to}, keeping their order. */
  static void copyInto(Heap heap, long from, long to) {
    int cap = capacity(heap, from);
    for (int e = 0; e < cap; e++) {
      long k = key(heap, from, e);
      if (k != EMPTY && k != TOMBSTONE) {
        insertRaw(heap, to, k, value(heap, from, e), details(heap, from, e));
      }
    }
    heap.setSlot(to, NEXT_ENUM, heap.getSlot(from, NEXT_ENUM));
  }

  static long key(Heap heap, long t, int e) {
    return heap.getSlot(t, HEADER + 3 * e);
  }

  static boolean isLive(long key) {
    return key != EMPTY && key != TOMBSTONE;
  }

  static long value(Heap heap, long t, int e) {
    return heap.getSlot(t, valueSlot(e));
  }

  static int valueSlot(int e) {
    return HEADER + 3 * e + 1;
  }

  static void setValue(Heap heap, long t, int e, long value) {
    heap.setSlot(t, valueSlot(e), value);
  }

  private static int details(Heap heap, long t, int e) {
    return ValueCodec.asInt(heap.getSlot(t, HEADER + 3 * e + 2));
  }

  static int flags(Heap heap, long t, int e) {
    return details(heap, t, e) & 0xF;
  }

  static int enumIndex(Heap heap, long t, int e) {
    return details(heap, t, e) >>> 4;
  }

  static void setFlags(Heap heap, long t, int e, int flags) {
    int d = (details(heap, t, e) & ~0xF) | flags;
    heap.setSlot(t, HEADER + 3 * e + 2, ValueCodec.fromInt(d));
  }

  static void remove(Heap heap, long t, int e) {
    heap.setSlot(t, HEADER + 3 * e, TOMBSTONE);
    heap.setSlot(t, HEADER + 3 * e + 1, ValueCodec.UNDEFINED);
    heap.setSlot(t, COUNT, ValueCodec.fromInt(count(heap, t) - 1));
    heap.setSlot(t, TOMBSTONES, ValueCodec.fromInt(tombstones(heap, t) + 1));
  }

  /** Live entries sorted by enumeration index (insertion order). */
  static int[] entriesInOrder(Heap heap, long t) {
    int cap = capacity(heap, t);
    int n = count(heap, t);
    long[] packed = new long[n];
    int j = 0;
    for (int e = 0; e < cap; e++) {
      if (isLive(key(heap, t, e))) {
        packed[j++] = ((long) enumIndex(heap, t, e) << 32) | e;
      }
    }
    java.util.Arrays.sort(packed);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) packed[i];
    }
    return out;
  }
}
