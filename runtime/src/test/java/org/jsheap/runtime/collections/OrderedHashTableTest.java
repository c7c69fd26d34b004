package org.jsheap.runtime.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.Test;

class OrderedHashTableTest {
  private static long i(int v) {
    return ValueCodec.fromInt(v);
  }

  private static long d(double v) {
    return ValueCodec.fromDouble(v);
  }

  /** A fixture with a table rooted in stack slot {@link #t}. */
  private static final class Tables implements AutoCloseable {
    final CollectionsFixture f = new CollectionsFixture();
    final OrderedHashTable tables = new OrderedHashTable(f.heap, f.strings);
    final TableCursor cursors = new TableCursor(tables);
    final int t = f.keep(ValueCodec.fromReference(tables.allocate()));

    long table() {
      return f.addr(t);
    }

    void set(long key, long value) {
      f.set(t, ValueCodec.fromReference(tables.set(table(), key, value)));
    }

    void setRooted(int keySlot, int valueSlot) {
      f.set(t, ValueCodec.fromReference(tables.set(table(), f.ref(keySlot), f.ref(valueSlot))));
    }

    long get(long key) {
      return tables.get(table(), key);
    }

    boolean delete(long key) {
      return tables.delete(table(), key);
    }

    int cursor() {
      return f.keep(ValueCodec.fromReference(cursors.allocate(table())));
    }

    /** The key of the cursor's next entry, or null when exhausted. */
    Long next(int cursorSlot) {
      long c = f.addr(cursorSlot);
      int e = cursors.next(c);
      return e < 0 ? null : tables.key(cursors.table(c), e);
    }

    List<Long> keys() {
      int c = cursor();
      List<Long> out = new ArrayList<>();
      for (Long k = next(c); k != null; k = next(c)) {
        out.add(k);
      }
      return out;
    }

    @Override
    public void close() {
      f.close();
    }
  }

  @Test
  void sameValueZeroNumbers() {
    try (Tables t = new Tables()) {
      t.set(d(-0.0), i(1));
      assertEquals(i(1), t.get(i(0)), "+0 finds -0");
      assertEquals(i(1), t.get(d(0.0)));
      assertEquals(List.of(i(0)), t.keys(), "a -0 key is stored as +0");
      t.set(d(Double.NaN), i(2));
      assertEquals(i(2), t.get(d(0.0 / 0.0)));
      assertEquals(i(2), t.get(Double.doubleToRawLongBits(Double.NaN) | 1L), "any NaN");
      t.set(d(3.0), i(3));
      assertEquals(i(3), t.get(i(3)), "int 3 and double 3.0 are one key");
      t.set(d(3.5), i(4));
      assertEquals(ValueCodec.UNDEFINED, t.get(i(4)));
      assertEquals(i(4), t.get(d(3.5)));
      assertEquals(4, t.tables.size(t.table()));
    }
  }

  @Test
  void otherPrimitivesAreKeys() {
    try (Tables t = new Tables()) {
      t.set(ValueCodec.UNDEFINED, i(1));
      t.set(ValueCodec.NULL, i(2));
      t.set(ValueCodec.TRUE, i(3));
      t.set(ValueCodec.FALSE, i(4));
      assertEquals(i(1), t.get(ValueCodec.UNDEFINED));
      assertEquals(i(2), t.get(ValueCodec.NULL));
      assertEquals(i(3), t.get(ValueCodec.TRUE));
      assertEquals(i(4), t.get(ValueCodec.FALSE));
      assertFalse(t.tables.has(t.table(), i(0)));
    }
  }

  @Test
  void stringsByContentObjectsByIdentity() {
    try (Tables t = new Tables()) {
      int s1 = t.f.keep(t.f.newString("key"));
      int s2 = t.f.keep(t.f.newString("key"));
      int o1 = t.f.keep(t.f.newObject(1));
      int o2 = t.f.keep(t.f.newObject(1));
      int v = t.f.keep(i(7));
      t.setRooted(s1, v);
      assertEquals(i(7), t.get(t.f.ref(s2)), "another string with the same content");
      t.set(t.f.ref(o1), i(8));
      assertEquals(i(8), t.get(t.f.ref(o1)));
      assertEquals(ValueCodec.UNDEFINED, t.get(t.f.ref(o2)), "another object is another key");
      assertNotEquals(t.f.ref(s1), t.f.ref(s2));
      int other = t.f.keep(t.f.newString("kez"));
      assertFalse(t.tables.has(t.table(), t.f.ref(other)));
    }
  }

  @Test
  void objectKeysSurviveMovesAndPromotion() {
    try (Tables t = new Tables()) {
      int n = 200;
      int base = t.f.stack.size();
      for (int k = 0; k < n; k++) {
        t.f.keep(t.f.newObject(2));
        t.set(t.f.ref(base + k), i(k));
      }
      long last = t.f.ref(base + n - 1);
      boolean young = t.f.heap.isYoung(ValueCodec.asReference(last));
      assertTrue(young || CollectionsFixture.stressed(), "unstressed, the last key is young");
      t.f.heap.collectYoung();
      t.f.heap.collectYoung();
      t.f.heap.collectYoung();
      t.f.heap.collectFull();
      if (young) {
        assertNotEquals(last, t.f.ref(base + n - 1), "the key object moved");
      }
      for (int k = 0; k < n; k++) {
        assertEquals(i(k), t.get(t.f.ref(base + k)));
      }
    }
  }

  @Test
  void insertionOrderAndReinsertAtEnd() {
    try (Tables t = new Tables()) {
      for (int k = 0; k < 10; k++) {
        t.set(i(k), i(k * 10));
      }
      t.set(i(3), i(33));
      assertEquals(i(33), t.get(i(3)));
      assertTrue(t.delete(i(2)));
      assertFalse(t.delete(i(2)));
      t.set(i(2), i(22));
      assertEquals(
          List.of(i(0), i(1), i(3), i(4), i(5), i(6), i(7), i(8), i(9), i(2)),
          t.keys(),
          "replacing keeps the position, delete-then-add moves to the end");
      assertEquals(10, t.tables.size(t.table()));
    }
  }

  @Test
  void iterationSeesAddsAndSkipsDeletes() {
    try (Tables t = new Tables()) {
      t.set(i(1), i(1));
      t.set(i(2), i(2));
      t.set(i(3), i(3));
      int c = t.cursor();
      assertEquals(i(1), t.next(c));
      t.delete(i(2));
      t.set(i(4), i(4));
      assertEquals(i(3), t.next(c));
      assertEquals(i(4), t.next(c));
      assertEquals(null, t.next(c));
      t.set(i(5), i(5));
      assertEquals(null, t.next(c), "an exhausted cursor stays exhausted");
      assertTrue(t.cursors.isDone(t.f.addr(c)));
    }
  }

  @Test
  void cursorsSurviveGrowthCompactionAndShrinking() {
    try (Tables t = new Tables()) {
      for (int k = 0; k < 6; k++) {
        t.set(i(k), i(k));
      }
      int c = t.cursor();
      assertEquals(i(0), t.next(c));
      assertEquals(i(1), t.next(c));
      long first = t.table();
      for (int k = 6; k < 100; k++) {
        t.set(i(k), i(k));
        t.delete(i(k - 5));
      }
      assertNotEquals(first, t.table(), "the table was rehashed");
      List<Long> rest = new ArrayList<>();
      for (Long k = t.next(c); k != null; k = t.next(c)) {
        rest.add(k);
      }
      assertEquals(List.of(i(95), i(96), i(97), i(98), i(99)), rest);
      for (int k = 100; k < 400; k++) {
        t.set(i(k), i(k));
      }
      int c2 = t.cursor();
      assertEquals(i(0), t.next(c2), "0 was never deleted");
      assertEquals(i(95), t.next(c2));
      for (int k = 96; k < 399; k++) {
        t.delete(i(k));
      }
      long big = t.table();
      t.f.set(t.t, ValueCodec.fromReference(t.tables.shrinkIfSparse(t.table())));
      assertNotEquals(big, t.table(), "a sparse table shrinks");
      assertEquals(i(399), t.next(c2));
      assertEquals(null, t.next(c2));
      assertEquals(3, t.tables.size(t.table()), "0, 95 and 399");
      assertEquals(t.table(), t.tables.shrinkIfSparse(t.table()), "a small table stays");
    }
  }

  @Test
  void clearMovesCursorsToTheNewTable() {
    try (Tables t = new Tables()) {
      for (int k = 0; k < 5; k++) {
        t.set(i(k), i(k));
      }
      int c = t.cursor();
      assertEquals(i(0), t.next(c));
      t.f.set(t.t, ValueCodec.fromReference(t.tables.clear(t.table())));
      assertEquals(0, t.tables.size(t.table()));
      assertEquals(ValueCodec.UNDEFINED, t.get(i(1)));
      t.set(i(7), i(7));
      assertEquals(i(7), t.next(c), "entries added after clear are seen");
      assertEquals(null, t.next(c));
    }
  }

  @Test
  void valuesStayReachableThroughTheTable() {
    try (Tables t = new Tables()) {
      for (int k = 0; k < 300; k++) {
        int s = t.f.keep(t.f.newString("k" + k));
        int v = t.f.keep(t.f.newString("v" + k));
        t.setRooted(s, v);
        t.f.stack.pop();
        t.f.stack.pop();
      }
      t.f.heap.collectFull();
      t.f.heap.verify();
      for (int k = 0; k < 300; k++) {
        int s = t.f.keep(t.f.newString("k" + k));
        assertEquals("v" + k, t.f.string(t.get(t.f.ref(s))));
        t.f.stack.pop();
      }
    }
  }

  @Test
  void identityEquivalenceHasNoContentKeys() {
    try (CollectionsFixture f = new CollectionsFixture()) {
      OrderedHashTable tables = new OrderedHashTable(f.heap, KeyEquivalence.IDENTITY);
      assertThrows(
          UnsupportedOperationException.class, () -> KeyEquivalence.IDENTITY.contentHash(0));
      assertThrows(
          UnsupportedOperationException.class, () -> KeyEquivalence.IDENTITY.contentEquals(0, 0));
      assertTrue(OrderedHashTable.MAX_BUCKETS * 7L + 4 < (1 << 24), "max fits the header");
      assertEquals(f.heap, tables.heap());
    }
  }
}
