package org.jsheap.gc;

import java.util.Arrays;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.MarkBitmap;

/**
 * The heap's external references: entries that make a heap object (the owner) keep a Java object
 * (the target) alive. An entry is an index into parallel arrays; the VM stores its handle word
 * ({@link ValueCodec#externalHandle}, an immediate the collector never traces) in one of the
 * owner's slots and reads the target back with one array load.
 *
 * <p>The table is told when owners die, rather than tracing: it keeps the indices of entries with
 * young owners and of entries with old owners in two lists. After every scavenge the young list is
 * re-checked against the forwarding words (forwarded: the owner moved, and stays young or moves to
 * the old list; not forwarded: the owner died); after every completed marking the old list is
 * re-checked against the mark bits (unmarked: dead). A freed entry's target is nulled, so Java can
 * collect it, and its index goes on a free list for reuse, so the table's capacity follows the peak
 * number of live entries, not the number ever registered.
 *
 * <p>Invariant: an entry is live exactly when {@code owners[i] != 0}; a live entry is on exactly
 * one of the two lists, the one of its owner's generation.
 */
final class ExternalReferenceTable {
  private static final int INITIAL_CAPACITY = 64;
  private static final int NO_ENTRY = -1;

  private final HeapMemory memory;
  private final long youngBase;
  private final long youngSpan;

  private Object[] targets = new Object[INITIAL_CAPACITY];
  private long[] owners = new long[INITIAL_CAPACITY];
  private long[] byteCounts = new long[INITIAL_CAPACITY];
  private int[] nextFree = new int[INITIAL_CAPACITY];
  private int freeHead = NO_ENTRY;
  private int highWater;
  private int liveCount;
  private long totalBytes;

  private int[] youngEntries = new int[INITIAL_CAPACITY];
  private int youngCount;
  private int[] oldEntries = new int[INITIAL_CAPACITY];
  private int oldCount;

  ExternalReferenceTable(HeapMemory memory, long youngBase, long youngSpan) {
    this.memory = memory;
    this.youngBase = youngBase;
    this.youngSpan = youngSpan;
  }

  /** Adds an entry for a live owner and returns its handle word. */
  long register(long owner, Object target, long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("external byte count must not be negative: " + bytes);
    }
    int index = takeFreeIndex();
    owners[index] = owner;
    targets[index] = target;
    byteCounts[index] = bytes;
    totalBytes += bytes;
    liveCount++;
    if (isYoung(owner)) {
      youngEntries = push(youngEntries, youngCount++, index);
    } else {
      oldEntries = push(oldEntries, oldCount++, index);
    }
    return ValueCodec.externalHandle(index);
  }

  /** The target behind a handle word: one array load. */
  Object target(long handleWord) {
    return targets[ValueCodec.externalHandleIndex(handleWord)];
  }

  /** Replaces target and byte count of a live entry; returns the change in external bytes. */
  long replace(long handleWord, Object target, long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("external byte count must not be negative: " + bytes);
    }
    if (!ValueCodec.isExternalHandle(handleWord)) {
      throw new IllegalArgumentException(
          "not an external handle: " + ValueCodec.describe(handleWord));
    }
    int index = ValueCodec.externalHandleIndex(handleWord);
    if (index >= highWater || owners[index] == 0) {
      throw new IllegalArgumentException("external handle " + index + " is not live");
    }
    long delta = bytes - byteCounts[index];
    targets[index] = target;
    byteCounts[index] = bytes;
    totalBytes += delta;
    return delta;
  }

  long bytes() {
    return totalBytes;
  }

  int liveCount() {
    return liveCount;
  }

  /** Entries the arrays can hold: follows the peak of live entries. */
  int capacity() {
    return owners.length;
  }

  /**
   * After a scavenge evacuated {@code [fromStart, fromEnd)} and before from-space is reused or
   * poisoned: moves each young entry with its forwarded owner, or frees it.
   */
  void afterScavenge(long fromStart, long fromEnd) {
    int kept = 0;
    for (int k = 0; k < youngCount; k++) {
      int index = youngEntries[k];
      long owner = owners[index];
      assert owner >= fromStart && owner < fromEnd : "young owner outside from-space: " + owner;
      long w0 = memory.getLong(owner);
      if (!ObjectHeader.isForwarded(w0)) {
        free(index);
        continue;
      }
      long moved = ObjectHeader.forwardee(w0);
      owners[index] = moved;
      if (isYoung(moved)) {
        youngEntries[kept++] = index;
      } else {
        oldEntries = push(oldEntries, oldCount++, index);
      }
    }
    youngCount = kept;
  }

  /** At the end of a marking, before sweeping: frees every old entry whose owner is unmarked. */
  void afterMarking(MarkBitmap marks) {
    int kept = 0;
    for (int k = 0; k < oldCount; k++) {
      int index = oldEntries[k];
      if (marks.isMarked(owners[index])) {
        oldEntries[kept++] = index;
      } else {
        free(index);
      }
    }
    oldCount = kept;
  }

  /** Visits every live entry's owner with the generation list it is on (for the verifier). */
  void forEachOwner(OwnerVisitor visitor) {
    for (int k = 0; k < youngCount; k++) {
      visitor.visit(owners[youngEntries[k]], true);
    }
    for (int k = 0; k < oldCount; k++) {
      visitor.visit(owners[oldEntries[k]], false);
    }
  }

  /** Drops every entry and target (the heap is closing). */
  void clear() {
    Arrays.fill(targets, null);
    Arrays.fill(owners, 0);
    freeHead = NO_ENTRY;
    highWater = 0;
    liveCount = 0;
    totalBytes = 0;
    youngCount = 0;
    oldCount = 0;
  }

  /** Receives a live entry's owner address. */
  @FunctionalInterface
  interface OwnerVisitor {
    void visit(long owner, boolean onYoungList);
  }

  private boolean isYoung(long address) {
    return address - youngBase < youngSpan;
  }

  private void free(int index) {
    targets[index] = null;
    owners[index] = 0;
    totalBytes -= byteCounts[index];
    byteCounts[index] = 0;
    nextFree[index] = freeHead;
    freeHead = index;
    liveCount--;
  }

  private int takeFreeIndex() {
    if (freeHead != NO_ENTRY) {
      int index = freeHead;
      freeHead = nextFree[index];
      return index;
    }
    if (highWater == owners.length) {
      int capacity = owners.length * 2;
      if (capacity < 0 || capacity > ValueCodec.MAX_EXTERNAL_HANDLES) {
        throw new IllegalStateException("too many live external references: " + highWater);
      }
      targets = Arrays.copyOf(targets, capacity);
      owners = Arrays.copyOf(owners, capacity);
      byteCounts = Arrays.copyOf(byteCounts, capacity);
      nextFree = Arrays.copyOf(nextFree, capacity);
    }
    return highWater++;
  }

  private static int[] push(int[] list, int size, int index) {
    int[] result = size == list.length ? Arrays.copyOf(list, size * 2) : list;
    result[size] = index;
    return result;
  }
}
