package org.jsheap.runtime.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.Test;

class WeakTableTest {
  /** A fixture with a weak table holder rooted in stack slot {@link #h}. */
  private static final class Tables implements AutoCloseable {
    final CollectionsFixture f = new CollectionsFixture();
    final WeakTable weak = new WeakTable(f.heap);
    final int h = f.keep(ValueCodec.fromReference(weak.allocate()));

    long holder() {
      return f.addr(h);
    }

    void set(int keySlot, int valueSlot) {
      weak.set(holder(), f.ref(keySlot), f.ref(valueSlot));
    }

    long get(int keySlot) {
      return weak.get(holder(), f.ref(keySlot));
    }

    /** Roots a weak watcher of the value in {@code slot}: its slot 0 clears when the value dies. */
    int watch(int slot) {
      long w = f.heap.allocateWeak(CollectionsFixture.TEST_CLASS, CollectionsFixture.PLAIN_KIND, 1);
      f.heap.setSlot(w, 0, f.ref(slot));
      return f.keep(ValueCodec.fromReference(w));
    }

    boolean alive(int watcher) {
      return ValueCodec.isReference(f.heap.getSlot(f.addr(watcher), 0));
    }

    @Override
    public void close() {
      f.close();
    }
  }

  @Test
  void setGetHasDelete() {
    try (Tables t = new Tables()) {
      int k1 = t.f.keep(t.f.newObject(1));
      int k2 = t.f.keep(t.f.newObject(1));
      int v1 = t.f.keep(t.f.newString("one"));
      t.set(k1, v1);
      assertEquals("one", t.f.string(t.get(k1)));
      assertEquals(ValueCodec.UNDEFINED, t.get(k2));
      assertTrue(t.weak.has(t.holder(), t.f.ref(k1)));
      assertFalse(t.weak.has(t.holder(), t.f.ref(k2)));
      int v2 = t.f.keep(ValueCodec.fromInt(2));
      t.set(k1, v2);
      assertEquals(ValueCodec.fromInt(2), t.get(k1), "replaced");
      assertEquals(1, t.weak.liveCount(t.holder()));
      assertTrue(t.weak.delete(t.holder(), t.f.ref(k1)));
      assertFalse(t.weak.delete(t.holder(), t.f.ref(k1)));
      assertEquals(ValueCodec.UNDEFINED, t.get(k1));
      assertEquals(0, t.weak.liveCount(t.holder()));
      assertThrows(
          IllegalArgumentException.class,
          () -> t.weak.set(t.holder(), ValueCodec.fromInt(1), ValueCodec.TRUE));
    }
  }

  @Test
  void aValueReachableOnlyThroughItsDeadKeyDies() {
    try (Tables t = new Tables()) {
      int key = t.f.keep(t.f.newObject(1));
      int value = t.f.keep(t.f.newObject(1));
      t.f.heap.setSlot(t.f.addr(value), 0, t.f.ref(key));
      t.set(key, value);
      int keyWatch = t.watch(key);
      int valueWatch = t.watch(value);
      t.f.set(value, ValueCodec.UNDEFINED);
      t.f.heap.collectFull();
      assertTrue(t.alive(valueWatch), "kept while its key lives, though only the table holds it");
      assertTrue(ValueCodec.isReference(t.get(key)));
      t.f.set(key, ValueCodec.UNDEFINED);
      t.f.heap.collectFull();
      assertFalse(t.alive(keyWatch), "the key died (its value pointing back does not keep it)");
      assertFalse(t.alive(valueWatch), "the value died with its key");
      assertEquals(0, t.weak.liveCount(t.holder()));
    }
  }

  @Test
  void youngKeysDieInScavenges() {
    try (Tables t = new Tables()) {
      int key = t.f.keep(t.f.newObject(1));
      int value = t.f.keep(t.f.newObject(1));
      t.set(key, value);
      int valueWatch = t.watch(value);
      t.f.set(value, ValueCodec.UNDEFINED);
      t.f.set(key, ValueCodec.UNDEFINED);
      t.f.heap.collectYoung();
      t.f.heap.collectFull();
      assertFalse(t.alive(valueWatch));
      assertEquals(0, t.weak.liveCount(t.holder()));
    }
  }

  @Test
  void churnOfDeadKeysKeepsTheTableSmall() {
    try (Tables t = new Tables()) {
      int live = t.f.keep(t.f.newObject(1));
      int liveValue = t.f.keep(ValueCodec.fromInt(42));
      t.set(live, liveValue);
      int scratch = t.f.keep(ValueCodec.UNDEFINED);
      for (int i = 0; i < 5_000; i++) {
        t.f.set(scratch, t.f.newObject(1));
        t.weak.set(t.holder(), t.f.ref(scratch), ValueCodec.fromInt(i));
        if (i % 500 == 0) {
          t.f.heap.collectFull();
        }
      }
      t.f.set(scratch, ValueCodec.UNDEFINED);
      t.f.heap.collectFull();
      assertEquals(ValueCodec.fromInt(42), t.get(live), "the live key survived every rehash");
      assertEquals(1, t.weak.liveCount(t.holder()));
      assertTrue(t.weak.capacity(t.holder()) <= 2048, "capacity " + t.weak.capacity(t.holder()));
    }
  }

  @Test
  void manyLiveKeysRehashAndStayFindable() {
    try (Tables t = new Tables()) {
      int n = 500;
      int base = t.f.stack.size();
      for (int i = 0; i < n; i++) {
        t.f.keep(t.f.newObject(1));
        t.weak.set(t.holder(), t.f.ref(base + i), ValueCodec.fromInt(i));
      }
      t.f.heap.collectYoung();
      t.f.heap.collectFull();
      for (int i = 0; i < n; i++) {
        assertEquals(ValueCodec.fromInt(i), t.get(base + i));
      }
      assertEquals(n, t.weak.liveCount(t.holder()));
      assertTrue(t.weak.capacity(t.holder()) >= n * 4 / 3);
    }
  }
}
