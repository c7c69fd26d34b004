package org.jsheap.runtime.collections;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.shapes.ClassTable;
import org.jsheap.shapes.HeapKind;

/**
 * A live position in an {@link OrderedHashTable}: the state of a {@code Map}/{@code Set} iterator
 * or of a {@code forEach} loop, a two-slot heap object (table, next entry index).
 *
 * <p>It behaves as the spec's iteration over a list that deletions never shorten: it sees entries
 * appended after it was created and skips entries deleted before it reached them, across any number
 * of rehashes and clears of the table (it follows obsolete tables to their successors, see {@link
 * OrderedHashTable}). Once exhausted it drops its table and stays exhausted, as the spec's iterator
 * sets [[IteratedObject]] to undefined.
 */
public final class TableCursor {
  private static final int TABLE = 0;
  private static final int INDEX = 1;

  private final OrderedHashTable tables;
  private final Heap heap;

  public TableCursor(OrderedHashTable tables) {
    this.tables = tables;
    this.heap = tables.heap();
  }

  /** Allocates a cursor at the first entry of table {@code t}; may collect. */
  public long allocate(long t) {
    try (HandleScope scope = heap.openHandleScope()) {
      int ht = scope.add(ValueCodec.fromReference(t));
      long c = heap.allocate(ClassTable.COLLECTION_STORE_CLASS, HeapKind.TABLE_CURSOR, 2, 0);
      heap.setSlot(c, TABLE, scope.get(ht));
      heap.setSlot(c, INDEX, ValueCodec.fromInt(0));
      return c;
    }
  }

  /**
   * Advances to the next live entry and returns its index in {@link #table}, or -1 when the cursor
   * is exhausted. Never allocates; read the entry before anything that may collect.
   */
  public int next(long c) {
    long tv = heap.getSlot(c, TABLE);
    if (!ValueCodec.isReference(tv)) {
      return -1;
    }
    long t = ValueCodec.asReference(tv);
    int index = ValueCodec.asInt(heap.getSlot(c, INDEX));
    while (tables.isObsolete(t)) {
      index = tables.indexInSuccessor(t, index);
      t = tables.successor(t);
    }
    int used = tables.usedEntries(t);
    while (index < used && tables.isDeleted(t, index)) {
      index++;
    }
    if (index >= used) {
      heap.setSlot(c, TABLE, ValueCodec.UNDEFINED);
      return -1;
    }
    heap.setSlot(c, TABLE, ValueCodec.fromReference(t));
    heap.setSlot(c, INDEX, ValueCodec.fromInt(index + 1));
    return index;
  }

  /** The table the last {@link #next} returned an entry of (the current one). */
  public long table(long c) {
    return ValueCodec.asReference(heap.getSlot(c, TABLE));
  }

  /** Whether the cursor is exhausted. */
  public boolean isDone(long c) {
    return !ValueCodec.isReference(heap.getSlot(c, TABLE));
  }
}
