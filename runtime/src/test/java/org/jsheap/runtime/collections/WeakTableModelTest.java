package org.jsheap.runtime.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random programs against a plain-Java model of a WeakMap: a pool of rooted key slots whose objects
 * are replaced (the old key becomes garbage) and a map from key identity to value. Values are heap
 * strings naming their key, some of them pointing back at their key (an ephemeron cycle). Live keys
 * must always find the model's value; after a stop-the-world full collection the table holds
 * exactly the live keys. Incremental marking steps run between operations.
 */
class WeakTableModelTest {
  private static final int OPS = CollectionsFixture.stressed() ? 3_000 : 25_000;
  private static final int POOL = 32;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 6, 7})
  void matchesTheModel(long seed) {
    try (CollectionsFixture f = new CollectionsFixture()) {
      WeakTable weak = new WeakTable(f.heap);
      SplittableRandom rnd = new SplittableRandom(seed);
      int holder = f.keep(ValueCodec.fromReference(weak.allocate()));
      int pool = f.stack.size();
      int[] ids = new int[POOL];
      int nextId = 1;
      for (int i = 0; i < POOL; i++) {
        ids[i] = nextId++;
        f.keep(newKey(f, ids[i]));
      }
      int scratch = f.keep(ValueCodec.UNDEFINED);
      Map<Integer, Integer> model = new HashMap<>();
      for (int op = 0; op < OPS; op++) {
        int r = rnd.nextInt(100);
        int slot = rnd.nextInt(POOL);
        if (r < 40) {
          int v = rnd.nextInt(1_000_000);
          long value = f.newObject(2);
          f.set(scratch, value);
          f.heap.setSlot(ValueCodec.asReference(value), 0, ValueCodec.fromInt(v));
          if (rnd.nextBoolean()) {
            f.heap.setSlot(ValueCodec.asReference(f.ref(scratch)), 1, f.ref(pool + slot));
          }
          weak.set(f.addr(holder), f.ref(pool + slot), f.ref(scratch));
          f.set(scratch, ValueCodec.UNDEFINED);
          model.put(ids[slot], v);
        } else if (r < 50) {
          boolean present = model.remove(ids[slot]) != null;
          assertEquals(present, weak.delete(f.addr(holder), f.ref(pool + slot)));
        } else if (r < 65) {
          model.remove(ids[slot]);
          ids[slot] = nextId++;
          f.set(pool + slot, newKey(f, ids[slot]));
        } else if (r < 90) {
          long value = weak.get(f.addr(holder), f.ref(pool + slot));
          Integer expected = model.get(ids[slot]);
          if (expected == null) {
            assertEquals(ValueCodec.UNDEFINED, value, "absent key " + ids[slot]);
          } else {
            assertEquals(
                ValueCodec.fromInt(expected),
                f.heap.getSlot(ValueCodec.asReference(value), 0),
                "key " + ids[slot]);
          }
        } else if (r < 94) {
          if (!f.heap.isMarking()) {
            f.heap.startIncrementalMarking();
          }
          f.heap.incrementalMarkingStep(4096);
        } else if (r < 98) {
          f.heap.collectYoung();
        } else {
          f.heap.collectFull();
          assertEquals(model.size(), weak.liveCount(f.addr(holder)), "exact after a full gc");
        }
      }
    }
  }

  private static long newKey(CollectionsFixture f, int id) {
    long k = f.newObject(1);
    f.heap.setSlot(ValueCodec.asReference(k), 0, ValueCodec.fromInt(id));
    return k;
  }
}
