package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random programs over strong objects, weak holders and ephemeron tables against a plain-Java model
 * of the same graph (the style of {@link DifferentialHeapTest}). After every collection (explicit,
 * triggered, forced by stress mode, or an incremental step) the graph reachable from the roots is
 * compared with the model: a slot the collector cleared must be a weak slot or ephemeron pair whose
 * target or key the model finds unreachable (then the model clears it too); everything else must be
 * equal. After an explicit stop-the-world full collection the check is exact: every weak slot and
 * every pair whose target or key is unreachable must have been cleared.
 */
class WeakReferenceModelTest {
  private static final int OPS = TestHeaps.scaled(60_000, 15_000);
  private static final int MAX_ROOTS = 24;
  private static final int STRONG = 0;
  private static final int WEAK = 1;
  private static final int EPHEMERON = 2;
  private static final int SLOTS = 4;

  /** One object of the model; its class id in the heap is its id. */
  private static final class Model {
    final int id;
    final int type;
    final Model[] slots = new Model[SLOTS];

    Model(int id, int type) {
      this.id = id;
      this.type = type;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void randomProgramsMatchTheModel(long seed) {
    try (Heap heap = Heap.create(TestHeaps.small().markingStepBytes(4096).build())) {
      new Program(heap, seed).run();
    }
  }

  private static final class Program {
    final Heap heap;
    final SplittableRandom rnd;
    final ValueStack stack;
    final List<Model> roots = new ArrayList<>();
    int nextId = 1;
    long seenCollections;
    int checks;
    int exactChecks;
    int cleared;

    Program(Heap heap, long seed) {
      this.heap = heap;
      this.rnd = new SplittableRandom(seed);
      this.stack = heap.newValueStack(MAX_ROOTS, MAX_ROOTS);
    }

    void run() {
      for (int op = 0; op < OPS; op++) {
        int r = rnd.nextInt(100);
        if (r < 35 || roots.isEmpty()) {
          allocate();
        } else if (r < 80) {
          link();
        } else if (r < 88) {
          int i = rnd.nextInt(roots.size());
          roots.remove(i);
          removeRoot(i);
        } else if (r < 91) {
          heap.collectYoung();
        } else if (r < 93) {
          heap.collectFull();
          check(true);
          continue;
        } else if (r < 95) {
          heap.startIncrementalMarking();
        } else {
          heap.incrementalMarkingStep(1 + rnd.nextInt(8192));
        }
        checkIfCollected();
      }
      heap.collectFull();
      check(true);
      assertTrue(checks > 100 && exactChecks > 10, checks + " checks, " + exactChecks + " exact");
      assertTrue(cleared > 0, "no weak slot was ever cleared");
    }

    private void removeRoot(int i) {
      for (int j = i; j < stack.size() - 1; j++) {
        stack.set(j, stack.get(j + 1));
      }
      stack.setSize(stack.size() - 1);
    }

    private void allocate() {
      int type = rnd.nextInt(3);
      int id = nextId++;
      long address =
          switch (type) {
            case WEAK -> heap.allocateWeak(id, 0, SLOTS);
            case EPHEMERON -> heap.allocateEphemeronTable(id, 0, SLOTS / 2);
            default ->
                rnd.nextInt(4) == 0
                    ? heap.allocateTenured(id, 0, SLOTS, 0)
                    : heap.allocate(id, 0, SLOTS, 0);
          };
      if (roots.size() == MAX_ROOTS) {
        int victim = rnd.nextInt(MAX_ROOTS);
        roots.remove(victim);
        removeRoot(victim);
      }
      roots.add(new Model(id, type));
      stack.push(ref(address));
    }

    /** A random walk from a random root: the model object and its current address. */
    private Object[] pick() {
      int i = rnd.nextInt(roots.size());
      Model m = roots.get(i);
      long a = address(stack.get(i));
      for (int steps = rnd.nextInt(4); steps > 0; steps--) {
        int s = rnd.nextInt(SLOTS);
        if (m.slots[s] == null) {
          break;
        }
        m = m.slots[s];
        a = address(heap.getSlot(a, s));
        assertEquals(m.id, heap.classId(a), "walk reached the wrong object");
      }
      return new Object[] {m, a};
    }

    private void link() {
      Object[] from = pick();
      int s = rnd.nextInt(SLOTS);
      Model holder = (Model) from[0];
      if (rnd.nextInt(6) == 0) {
        holder.slots[s] = null;
        heap.setSlot((long) from[1], s, ValueCodec.UNDEFINED);
        return;
      }
      Object[] to = pick();
      holder.slots[s] = (Model) to[0];
      heap.setSlot((long) from[1], s, ref((long) to[1]));
    }

    private void checkIfCollected() {
      GcStatistics st = heap.statistics();
      long collections = st.scavenges() + st.fullCollections() + st.markingSteps();
      if (collections != seenCollections) {
        seenCollections = collections;
        check(false);
      }
    }

    /** The model's reachable set: strong slots, and ephemeron values of reachable keys. */
    private Set<Model> reachable() {
      Set<Model> seen = new HashSet<>();
      ArrayDeque<Model> work = new ArrayDeque<>(roots);
      seen.addAll(roots);
      List<Model> tables = new ArrayList<>();
      boolean changed = true;
      while (changed) {
        while (!work.isEmpty()) {
          Model m = work.pop();
          if (m.type == STRONG) {
            for (Model t : m.slots) {
              if (t != null && seen.add(t)) {
                work.push(t);
              }
            }
          } else if (m.type == EPHEMERON) {
            tables.add(m);
          }
        }
        changed = false;
        for (Model table : tables) {
          for (int p = 0; p < SLOTS; p += 2) {
            Model key = table.slots[p];
            Model value = table.slots[p + 1];
            if ((key == null || seen.contains(key)) && value != null && seen.add(value)) {
              work.push(value);
              changed = true;
            }
          }
        }
      }
      return seen;
    }

    /** Walks heap and model together from the roots; see the class comment. */
    private void check(boolean exact) {
      checks++;
      exactChecks += exact ? 1 : 0;
      Set<Model> live = reachable();
      Map<Model, Long> addresses = new HashMap<>();
      ArrayDeque<Model> work = new ArrayDeque<>();
      for (int i = 0; i < roots.size(); i++) {
        Model m = roots.get(i);
        long a = address(stack.get(i));
        if (addresses.putIfAbsent(m, a) == null) {
          work.push(m);
        }
        assertEquals(addresses.get(m), a, "two addresses for object " + m.id);
      }
      while (!work.isEmpty()) {
        Model m = work.pop();
        long a = addresses.get(m);
        assertEquals(m.id, heap.classId(a), "object identity");
        Model[] before = m.slots.clone();
        for (int s = 0; s < SLOTS; s++) {
          Model target = m.slots[s];
          long value = heap.getSlot(a, s);
          if (target == null) {
            assertEquals(ValueCodec.UNDEFINED, value, "object " + m.id + " slot " + s);
            continue;
          }
          boolean weakSlot = m.type == WEAK || (m.type == EPHEMERON && s % 2 == 0);
          boolean ephemeronValue = m.type == EPHEMERON && s % 2 == 1;
          Model decisive = ephemeronValue ? before[s - 1] : target;
          if (ephemeronValue && decisive != null && m.slots[s - 1] == null) {
            assertEquals(ValueCodec.UNDEFINED, value, "pair of " + m.id + " cleared by halves");
          }
          boolean mayClear =
              (weakSlot || (ephemeronValue && decisive != null)) && !live.contains(decisive);
          if (value == ValueCodec.UNDEFINED) {
            if (!mayClear) {
              fail("object " + m.id + " slot " + s + " was cleared but " + target.id + " lives");
            }
            m.slots[s] = null;
            cleared++;
            continue;
          }
          if (exact && mayClear) {
            fail("full collection kept object " + m.id + " slot " + s + " -> dead " + target.id);
          }
          assertTrue(ValueCodec.isReference(value), ValueCodec.describe(value));
          long t = ValueCodec.asReference(value);
          Long known = addresses.putIfAbsent(target, t);
          if (known == null) {
            work.push(target);
          } else {
            assertEquals(known.longValue(), t, "two addresses for object " + target.id);
          }
        }
      }
      heap.verify();
    }
  }
}
