package org.jsheap.runtime.collections;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ClassTable;
import org.jsheap.shapes.HeapKind;

/**
 * The table of a {@code WeakMap} or {@code WeakSet}: open addressing with linear probing over a gc
 * ephemeron table ({@link Heap#allocateEphemeronTable}), so a value is kept only while its key is
 * reachable other than through the table, and the collector clears the pair of a dead key.
 *
 * <p>Keys are references (objects; the runtime rejects other keys before calling) hashed by the gc
 * identity hash, which survives moves. A pair's key slot is:
 *
 * <ul>
 *   <li>{@link #EMPTY} ({@link ValueCodec#HOLE}): never used; a probe stops here;
 *   <li>{@code undefined}: a tombstone, written by {@link #delete} or by the collector when the key
 *       died; a probe continues past it and an insert may reuse it;
 *   <li>a reference: a live key.
 * </ul>
 *
 * Because the collector turns live pairs into tombstones behind our back, the table cannot count
 * its live entries; the holder counts <em>filled</em> pairs (not {@code EMPTY}), which only inserts
 * into empty pairs and rehashes change. A rehash (when filled pairs would pass 3/4 of the capacity)
 * copies the live pairs into a table sized for them.
 *
 * <p>The holder is a strong two-slot object: slot 0 the ephemeron table, slot 1 the filled count.
 * The runtime's {@code WeakMap} object refers to the holder.
 */
public final class WeakTable {
  private static final int TABLE = 0;
  private static final int FILLED = 1;

  /** Key of a pair never used. */
  static final long EMPTY = ValueCodec.HOLE;

  static final int MIN_CAPACITY = 8;

  private final Heap heap;

  public WeakTable(Heap heap) {
    this.heap = heap;
  }

  /** Allocates an empty weak table holder; may collect. Returns its address. */
  public long allocate() {
    long table = allocateTable(MIN_CAPACITY);
    try (HandleScope scope = heap.openHandleScope()) {
      int ht = scope.add(ValueCodec.fromReference(table));
      long holder =
          heap.allocate(ClassTable.COLLECTION_STORE_CLASS, HeapKind.WEAK_TABLE_HOLDER, 2, 0);
      heap.setSlot(holder, TABLE, scope.get(ht));
      heap.setSlot(holder, FILLED, ValueCodec.fromInt(0));
      return holder;
    }
  }

  private long allocateTable(int capacity) {
    long t =
        heap.allocateEphemeronTable(
            ClassTable.COLLECTION_STORE_CLASS, HeapKind.EPHEMERON_TABLE, capacity);
    for (int i = 0; i < capacity; i++) {
      heap.setSlot(t, 2 * i, EMPTY);
    }
    return t;
  }

  private long table(long holder) {
    return ValueCodec.asReference(heap.getSlot(holder, TABLE));
  }

  /** Number of pairs of the current ephemeron table (for tests and statistics). */
  public int capacity(long holder) {
    return heap.ephemeronPairCount(table(holder));
  }

  /** Number of live keys; a scan (the collector may have cleared pairs). Never allocates. */
  public int liveCount(long holder) {
    long t = table(holder);
    int n = heap.ephemeronPairCount(t);
    int live = 0;
    for (int i = 0; i < n; i++) {
      if (ValueCodec.isReference(heap.getSlot(t, 2 * i))) {
        live++;
      }
    }
    return live;
  }

  private static int start(Heap heap, long key, int mask) {
    long h = heap.identityHash(ValueCodec.asReference(key)) * 0x9E37_79B9_7F4A_7C15L;
    return (int) (h >>> 32) & mask;
  }

  /** The pair index holding {@code key}, or -1. Never allocates. */
  private int find(long t, long key) {
    checkKey(key);
    int mask = heap.ephemeronPairCount(t) - 1;
    int i = start(heap, key, mask);
    while (true) {
      long k = heap.getSlot(t, 2 * i);
      if (k == key) {
        return i;
      }
      if (k == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private static void checkKey(long key) {
    if (!ValueCodec.isReference(key)) {
      throw new IllegalArgumentException("weak table keys are references");
    }
  }

  /** Whether {@code key} (a reference) is present. Never allocates. */
  public boolean has(long holder, long key) {
    return find(table(holder), key) >= 0;
  }

  /** The value of {@code key}, or {@code undefined}. Never allocates. */
  public long get(long holder, long key) {
    long t = table(holder);
    int i = find(t, key);
    return i < 0 ? ValueCodec.UNDEFINED : heap.getSlot(t, 2 * i + 1);
  }

  /** Removes {@code key}; returns whether it was present. Never allocates. */
  public boolean delete(long holder, long key) {
    long t = table(holder);
    int i = find(t, key);
    if (i < 0) {
      return false;
    }
    heap.setSlot(t, 2 * i, ValueCodec.UNDEFINED);
    heap.setSlot(t, 2 * i + 1, ValueCodec.UNDEFINED);
    return true;
  }

  /**
   * Sets {@code key} (a reference) to {@code value}. May collect (when the table must be rehashed):
   * the caller re-reads its own references, the holder included, afterwards.
   */
  public void set(long holder, long key, long value) {
    long t = table(holder);
    int i = find(t, key);
    if (i >= 0) {
      heap.setSlot(t, 2 * i + 1, value);
      return;
    }
    int filled = ValueCodec.asInt(heap.getSlot(holder, FILLED));
    if ((filled + 1) * 4 > heap.ephemeronPairCount(t) * 3) {
      try (HandleScope scope = heap.openHandleScope()) {
        int hh = scope.add(ValueCodec.fromReference(holder));
        int hk = scope.add(key);
        int hv = scope.add(value);
        rehash(hh, scope);
        holder = ValueCodec.asReference(scope.get(hh));
        key = scope.get(hk);
        value = scope.get(hv);
      }
      t = table(holder);
    }
    insert(holder, t, key, value);
  }

  /** Puts an absent key into the first tombstone or empty pair of its probe sequence. */
  private void insert(long holder, long t, long key, long value) {
    int mask = heap.ephemeronPairCount(t) - 1;
    int i = start(heap, key, mask);
    while (true) {
      long k = heap.getSlot(t, 2 * i);
      if (k == EMPTY || ValueCodec.isUndefined(k)) {
        if (k == EMPTY) {
          int filled = ValueCodec.asInt(heap.getSlot(holder, FILLED));
          heap.setSlot(holder, FILLED, ValueCodec.fromInt(filled + 1));
        }
        heap.setSlot(t, 2 * i, key);
        heap.setSlot(t, 2 * i + 1, value);
        return;
      }
      i = (i + 1) & mask;
    }
  }

  /** Replaces the holder's table by one sized for its live pairs; may collect. */
  private void rehash(int hh, HandleScope scope) {
    long holder = ValueCodec.asReference(scope.get(hh));
    int live = liveCount(holder);
    int capacity = MIN_CAPACITY;
    while (capacity * 3 < (live + 1) * 4 * 2) {
      capacity *= 2;
    }
    long n = allocateTable(capacity);
    holder = ValueCodec.asReference(scope.get(hh));
    long t = table(holder);
    heap.setSlot(holder, TABLE, ValueCodec.fromReference(n));
    heap.setSlot(holder, FILLED, ValueCodec.fromInt(0));
    int old = heap.ephemeronPairCount(t);
    for (int i = 0; i < old; i++) {
      long k = heap.getSlot(t, 2 * i);
      if (ValueCodec.isReference(k)) {
        insert(holder, n, k, heap.getSlot(t, 2 * i + 1));
      }
    }
  }
}
