package org.jsheap.runtime.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random programs of set, delete, clear, shrink, cursor steps and collections against a literal
 * model of the spec's [[MapData]]: a list that appends, marks deleted entries empty, and never
 * shrinks, with iterators as indices into it. Keys mix ints, doubles (-0, NaN, integral doubles),
 * heap strings (fresh copies compared by content) and objects (by identity).
 */
class OrderedHashTableModelTest {
  private static final int OPS = CollectionsFixture.stressed() ? 4_000 : 30_000;
  private static final int OBJECTS = 12;
  private static final int CURSORS = 4;

  /** A model key: a Double (normalized), a String, or an Integer object id. */
  private record Entry(Object key, int value) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void matchesTheSpecModel(long seed) {
    try (CollectionsFixture f = new CollectionsFixture()) {
      OrderedHashTable tables = new OrderedHashTable(f.heap, f.strings);
      TableCursor cursors = new TableCursor(tables);
      SplittableRandom rnd = new SplittableRandom(seed);
      int table = f.keep(ValueCodec.fromReference(tables.allocate()));
      int objects = f.stack.size();
      for (int o = 0; o < OBJECTS; o++) {
        f.keep(f.newObject(1));
      }
      int cursorBase = f.stack.size();
      int[] modelCursor = new int[CURSORS];
      for (int c = 0; c < CURSORS; c++) {
        f.keep(ValueCodec.fromReference(cursors.allocate(f.addr(table))));
      }
      int scratch = f.keep(ValueCodec.UNDEFINED);
      List<Entry> model = new ArrayList<>();
      for (int op = 0; op < OPS; op++) {
        int r = rnd.nextInt(100);
        Object raw = randomKey(rnd);
        f.set(scratch, encode(f, raw, objects));
        Object key = raw instanceof Double d && d == 0 ? 0.0 : raw;
        long k = f.ref(scratch);
        if (r < 45) {
          int value = rnd.nextInt(1000);
          long t = tables.set(f.addr(table), k, ValueCodec.fromInt(value));
          f.set(table, ValueCodec.fromReference(t));
          int at = indexOf(model, key);
          if (at >= 0) {
            model.set(at, new Entry(key, value));
          } else {
            model.add(new Entry(key, value));
          }
        } else if (r < 65) {
          int at = indexOf(model, key);
          assertEquals(at >= 0, tables.delete(f.addr(table), k), "delete " + key);
          if (at >= 0) {
            model.set(at, null);
          }
        } else if (r < 70) {
          long t = tables.shrinkIfSparse(f.addr(table));
          f.set(table, ValueCodec.fromReference(t));
        } else if (r < 71) {
          long t = tables.clear(f.addr(table));
          f.set(table, ValueCodec.fromReference(t));
          for (int i = 0; i < model.size(); i++) {
            model.set(i, null);
          }
        } else if (r < 75) {
          int at = indexOf(model, key);
          long v = tables.get(f.addr(table), k);
          assertEquals(
              at >= 0 ? ValueCodec.fromInt(model.get(at).value()) : ValueCodec.UNDEFINED,
              v,
              "get " + key);
        } else if (r < 97) {
          int c = rnd.nextInt(CURSORS);
          long cursor = f.addr(cursorBase + c);
          int e = cursors.next(cursor);
          int m = modelCursor[c];
          while (m < model.size() && model.get(m) == null) {
            m++;
          }
          if (m >= model.size()) {
            assertEquals(-1, e, "cursor " + c + " done");
            modelCursor[c] = Integer.MAX_VALUE;
          } else {
            assertEquals(true, e >= 0, "cursor " + c + " at " + model.get(m).key());
            long t = cursors.table(cursor);
            assertEquals(model.get(m).key(), decode(f, tables.key(t, e), objects));
            assertEquals(ValueCodec.fromInt(model.get(m).value()), tables.value(t, e));
            modelCursor[c] = m + 1;
          }
          if (modelCursor[c] == Integer.MAX_VALUE && rnd.nextInt(4) == 0) {
            f.set(cursorBase + c, ValueCodec.fromReference(cursors.allocate(f.addr(table))));
            modelCursor[c] = 0;
          }
        } else if (r < 99) {
          f.heap.collectYoung();
        } else {
          f.heap.collectFull();
        }
        assertEquals(
            model.stream().filter(Objects::nonNull).count(), tables.size(f.addr(table)), "size");
      }
    }
  }

  private static Object randomKey(SplittableRandom rnd) {
    return switch (rnd.nextInt(5)) {
      case 0 -> (double) rnd.nextInt(40);
      case 1 ->
          switch (rnd.nextInt(4)) {
            case 0 -> 0.0;
            case 1 -> Double.NaN;
            case 2 -> rnd.nextInt(10) + 0.5;
            default -> -0.0;
          };
      case 2, 3 -> "s" + rnd.nextInt(40);
      default -> rnd.nextInt(OBJECTS);
    };
  }

  private static int indexOf(List<Entry> model, Object key) {
    for (int i = 0; i < model.size(); i++) {
      Entry e = model.get(i);
      if (e != null && sameKey(e.key(), key)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameKey(Object a, Object b) {
    if (a instanceof Double x && b instanceof Double y) {
      return x.equals(y) || x.doubleValue() == y.doubleValue();
    }
    return a.equals(b);
  }

  private static long encode(CollectionsFixture f, Object key, int objects) {
    if (key instanceof Double d) {
      return rnd2encoding(d);
    } else if (key instanceof String s) {
      return f.newString(s);
    }
    return f.ref(objects + (Integer) key);
  }

  /** Integral doubles as doubles on purpose: the table must treat 3 and 3.0 as one key. */
  private static long rnd2encoding(double d) {
    return ValueCodec.fromDouble(d);
  }

  private static Object decode(CollectionsFixture f, long k, int objects) {
    if (ValueCodec.isNumber(k)) {
      double d = ValueCodec.asNumber(k);
      return d == 0 ? 0.0 : d;
    }
    if (f.strings.isContentKey(k)) {
      return f.string(k);
    }
    for (int o = 0; o < OBJECTS; o++) {
      if (f.ref(objects + o) == k) {
        return o;
      }
    }
    throw new AssertionError("unknown key " + ValueCodec.describe(k));
  }
}
