package org.jsheap.runtime.collections;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ClassTable;
import org.jsheap.shapes.HeapKind;

/**
 * The insertion-ordered hash table of a {@code Map} or {@code Set}, a single gc-heap object (V8's
 * {@code OrderedHashTable} design): buckets of chain heads, then entries appended in insertion
 * order. Keys are compared with {@link SameValueZero}; objects hash by the gc identity hash, which
 * survives moves, so a scavenge never forces a rehash.
 *
 * <pre>
 *   slot 0  next table: undefined, or the table that replaced this one (see below)
 *   slot 1  live entry count
 *   slot 2  deleted entries (tombstones) below "used"; CLEARED in a table replaced by clear()
 *   slot 3  used: entries appended so far (the next entry index)
 *   slot 4 .. 4+B-1           bucket b: first entry of its chain, or -1
 *   slot 4+B+3e, +1, +2       entry e: key (HOLE once deleted), value, next entry in chain or -1
 * </pre>
 *
 * B is a power of two and the table holds 2B entries. A delete leaves a tombstone (key {@link
 * ValueCodec#HOLE}, which no JavaScript value is), so entry indices never shift while a table is
 * current: an iterator is a (table, index) pair and sees entries appended during iteration.
 *
 * <p>When a full table is rehashed (grown or compacted) or cleared, the old table becomes
 * <em>obsolete</em>: its next-table slot points at its successor, its live keys are overwritten
 * with {@link #MOVED} and every value with {@code undefined} (so it keeps nothing alive), and it is
 * never written again. A cursor still on it moves to the successor with {@link #indexInSuccessor}:
 * compaction keeps the live entries in order, so index i maps to the number of moved entries below
 * i; after a clear it maps to 0. Successors chain, so a cursor survives any number of rehashes.
 *
 * <p>Methods that may allocate say so and return the table's current address; callers keep their
 * own references in handle scopes or a value stack across them (DESIGN.md "Roots").
 */
public final class OrderedHashTable {
  private static final int NEXT_TABLE = 0;
  private static final int LIVE = 1;
  private static final int DELETED = 2;
  private static final int USED = 3;
  private static final int HEADER = 4;
  private static final int ENTRY_SLOTS = 3;

  /** Key of a deleted entry. */
  static final long DELETED_KEY = ValueCodec.HOLE;

  /** Key of an entry that moved to the successor of an obsolete table (never looked up). */
  static final long MOVED = ValueCodec.TRUE;

  private static final int CLEARED = -1;
  private static final int NO_ENTRY = -1;

  /** Buckets of a new table (four entries). */
  static final int MIN_BUCKETS = 2;

  /** Most buckets a table can have: its slots must fit the header's 24-bit slot count. */
  static final int MAX_BUCKETS = 1 << 21;

  private final Heap heap;
  private final KeyEquivalence keys;

  public OrderedHashTable(Heap heap, KeyEquivalence keys) {
    this.heap = heap;
    this.keys = keys;
  }

  public Heap heap() {
    return heap;
  }

  /** Allocates an empty table; may collect. Returns its address. */
  public long allocate() {
    return allocate(MIN_BUCKETS);
  }

  private long allocate(int buckets) {
    long t =
        heap.allocate(
            ClassTable.COLLECTION_STORE_CLASS,
            HeapKind.ORDERED_HASH_TABLE,
            HEADER + buckets + ENTRY_SLOTS * 2 * buckets,
            0);
    heap.setSlot(t, LIVE, ValueCodec.fromInt(0));
    heap.setSlot(t, DELETED, ValueCodec.fromInt(0));
    heap.setSlot(t, USED, ValueCodec.fromInt(0));
    long none = ValueCodec.fromInt(NO_ENTRY);
    for (int b = 0; b < buckets; b++) {
      heap.setSlot(t, HEADER + b, none);
    }
    return t;
  }

  // ---- reading

  /** Number of live entries. */
  public int size(long t) {
    return intSlot(t, LIVE);
  }

  private int intSlot(long t, int slot) {
    return ValueCodec.asInt(heap.getSlot(t, slot));
  }

  private void setInt(long t, int slot, int v) {
    heap.setSlot(t, slot, ValueCodec.fromInt(v));
  }

  private int buckets(long t) {
    return (heap.taggedSlotCount(t) - HEADER) / (1 + 2 * ENTRY_SLOTS);
  }

  private static int entrySlot(int buckets, int e) {
    return HEADER + buckets + ENTRY_SLOTS * e;
  }

  /** Entries appended to this table so far: entry indices are below this. */
  public int usedEntries(long t) {
    return intSlot(t, USED);
  }

  /** The key of entry {@code e}; {@link #isDeleted} tells a tombstone. */
  public long key(long t, int e) {
    return heap.getSlot(t, entrySlot(buckets(t), e));
  }

  public long value(long t, int e) {
    return heap.getSlot(t, entrySlot(buckets(t), e) + 1);
  }

  /** Whether entry {@code e} was deleted. */
  public boolean isDeleted(long t, int e) {
    return key(t, e) == DELETED_KEY;
  }

  /** The entry holding {@code key} (SameValueZero), or -1. Never allocates. */
  public int find(long t, long key) {
    long k = SameValueZero.normalize(key);
    int buckets = buckets(t);
    int e = intSlot(t, HEADER + (SameValueZero.hash(heap, keys, k) & (buckets - 1)));
    while (e != NO_ENTRY) {
      int s = entrySlot(buckets, e);
      long ek = heap.getSlot(t, s);
      if (ek != DELETED_KEY && SameValueZero.same(keys, ek, k)) {
        return e;
      }
      e = intSlot(t, s + 2);
    }
    return NO_ENTRY;
  }

  /** Whether the table holds {@code key}. Never allocates. */
  public boolean has(long t, long key) {
    return find(t, key) != NO_ENTRY;
  }

  /** The value of {@code key}, or {@code undefined}. Never allocates. */
  public long get(long t, long key) {
    int e = find(t, key);
    return e == NO_ENTRY ? ValueCodec.UNDEFINED : value(t, e);
  }

  // ---- writing

  /**
   * Sets {@code key} to {@code value}: replaces the value of a present key in place, else appends
   * an entry. May collect (when the table is full); returns the table's current address, a new
   * table if it was rehashed (then the old one is obsolete).
   */
  public long set(long t, long key, long value) {
    long k = SameValueZero.normalize(key);
    int e = find(t, k);
    if (e != NO_ENTRY) {
      heap.setSlot(t, entrySlot(buckets(t), e) + 1, value);
      return t;
    }
    int buckets = buckets(t);
    if (intSlot(t, USED) == 2 * buckets) {
      int live = intSlot(t, LIVE);
      int grown = live >= buckets ? buckets * 2 : buckets;
      if (grown > MAX_BUCKETS) {
        throw new IllegalStateException("collection maximum size exceeded");
      }
      try (HandleScope scope = heap.openHandleScope()) {
        int hk = scope.add(k);
        int hv = scope.add(value);
        t = rehash(t, grown);
        k = scope.get(hk);
        value = scope.get(hv);
      }
    }
    append(t, k, value);
    return t;
  }

  /** Appends an absent normalized key; the caller made room. Never allocates. */
  private void append(long t, long k, long value) {
    int buckets = buckets(t);
    int e = intSlot(t, USED);
    int bucketSlot = HEADER + (SameValueZero.hash(heap, keys, k) & (buckets - 1));
    int s = entrySlot(buckets, e);
    heap.setSlot(t, s, k);
    heap.setSlot(t, s + 1, value);
    heap.setSlot(t, s + 2, heap.getSlot(t, bucketSlot));
    setInt(t, bucketSlot, e);
    setInt(t, USED, e + 1);
    setInt(t, LIVE, intSlot(t, LIVE) + 1);
  }

  /**
   * Deletes {@code key}, leaving a tombstone so entry indices do not shift. Never allocates.
   * Returns whether the key was present.
   */
  public boolean delete(long t, long key) {
    int e = find(t, key);
    if (e == NO_ENTRY) {
      return false;
    }
    int s = entrySlot(buckets(t), e);
    heap.setSlot(t, s, DELETED_KEY);
    heap.setSlot(t, s + 1, ValueCodec.UNDEFINED);
    setInt(t, LIVE, intSlot(t, LIVE) - 1);
    setInt(t, DELETED, intSlot(t, DELETED) + 1);
    return true;
  }

  /**
   * Compacts into a smaller table when fewer than a quarter of the entries live (after deletes):
   * the smallest table at most half full. May collect; returns the table's current address.
   */
  public long shrinkIfSparse(long t) {
    int buckets = buckets(t);
    int live = intSlot(t, LIVE);
    if (buckets > MIN_BUCKETS && live * 2 < buckets) {
      return rehash(t, Math.max(MIN_BUCKETS, Integer.highestOneBit(live) * 2));
    }
    return t;
  }

  /**
   * Empties the table: returns a new empty table, and makes {@code t} obsolete so cursors on it
   * continue at the start of the new one (they see entries added after the clear). May collect.
   */
  public long clear(long t) {
    long n;
    try (HandleScope scope = heap.openHandleScope()) {
      int ht = scope.add(ValueCodec.fromReference(t));
      n = allocate(MIN_BUCKETS);
      t = ValueCodec.asReference(scope.get(ht));
    }
    int buckets = buckets(t);
    int used = intSlot(t, USED);
    for (int e = 0; e < used; e++) {
      int s = entrySlot(buckets, e);
      heap.setSlot(t, s, DELETED_KEY);
      heap.setSlot(t, s + 1, ValueCodec.UNDEFINED);
    }
    setInt(t, LIVE, 0);
    setInt(t, DELETED, CLEARED);
    heap.setSlot(t, NEXT_TABLE, ValueCodec.fromReference(n));
    return n;
  }

  /** Copies the live entries in order into a new table of {@code buckets}; obsoletes {@code t}. */
  private long rehash(long t, int newBuckets) {
    long n;
    try (HandleScope scope = heap.openHandleScope()) {
      int ht = scope.add(ValueCodec.fromReference(t));
      n = allocate(newBuckets);
      t = ValueCodec.asReference(scope.get(ht));
    }
    int buckets = buckets(t);
    int used = intSlot(t, USED);
    for (int e = 0; e < used; e++) {
      int s = entrySlot(buckets, e);
      long k = heap.getSlot(t, s);
      if (k != DELETED_KEY) {
        append(n, k, heap.getSlot(t, s + 1));
        heap.setSlot(t, s, MOVED);
        heap.setSlot(t, s + 1, ValueCodec.UNDEFINED);
      }
    }
    setInt(t, LIVE, 0);
    heap.setSlot(t, NEXT_TABLE, ValueCodec.fromReference(n));
    return n;
  }

  // ---- obsolete tables (for cursors)

  /** Whether {@code t} was replaced by a rehash or a clear. */
  public boolean isObsolete(long t) {
    return ValueCodec.isReference(heap.getSlot(t, NEXT_TABLE));
  }

  /** The table that replaced obsolete table {@code t}. */
  public long successor(long t) {
    return ValueCodec.asReference(heap.getSlot(t, NEXT_TABLE));
  }

  /**
   * Where a cursor at entry {@code index} of obsolete table {@code t} continues in its successor: 0
   * after a clear, else the number of entries below {@code index} that moved.
   */
  public int indexInSuccessor(long t, int index) {
    if (intSlot(t, DELETED) == CLEARED) {
      return 0;
    }
    int buckets = buckets(t);
    int moved = 0;
    for (int e = 0; e < index; e++) {
      if (heap.getSlot(t, entrySlot(buckets, e)) == MOVED) {
        moved++;
      }
    }
    return moved;
  }
}
