package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The differential test: a long random mutator program runs against the off-heap heap and against a
 * plain-Java model of the same object graph. After every collection (explicit, triggered by
 * allocation, or forced by stress mode) the graph reachable from the roots must equal the model's:
 * same shape and sharing, same class ids, same slot values, same raw payload. After every full
 * marking the live class ids the collector reports must cover the model's reachable objects, and
 * after an explicit stop-the-world full collection they must equal them exactly (nothing dead
 * kept).
 *
 * <p>The program mixes young, tenured and large allocations, links, unlinks and overwrites, root
 * drops, rings (cycles), old-to-young chains, deep lists, scavenges, full collections and
 * incremental marking steps interleaved with mutation. Four fixed seeds of 250,000 operations make
 * a million, in the normal run and in the stress run (where every few allocations force a
 * collection and a heap verification; there the live set is kept smaller so each verification is
 * cheap).
 */
class DifferentialHeapTest {
  private static final int OPS_PER_SEED = 250_000;
  private static final int MAX_LIVE = TestHeaps.scaled(3_000, 400);
  private static final int MAX_ROOTS = TestHeaps.scaled(256, 64);
  private static final int DEEP_LIST = TestHeaps.scaled(120_000, 2_000);
  private static final int GLOBALS = 4;
  private static final int SHARED_CLASSES = 16;
  private static final int UNIQUE_CLASS_BASE = 1024;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4})
  void randomProgramMatchesTheModel(long seed) {
    try (Heap heap =
        Heap.create(
            TestHeaps.small()
                .maxHeapBytes(32 * TestHeaps.MIB)
                .semispaceBytes(512 * TestHeaps.KIB)
                .build())) {
      Program program = new Program(heap, seed);
      program.run(OPS_PER_SEED);
      assertTrue(program.collectionsChecked > 0, "no collection was checked");
      assertTrue(program.fullMarkingsChecked > 0, "no full marking was checked");
    }
  }

  @Test
  void theNormalRunCoversAMillionOperations() {
    assertTrue(4L * OPS_PER_SEED >= 1_000_000, "a million operations, in stress mode too");
    assertTrue(DEEP_LIST >= (TestHeaps.stressed() ? 1_000 : 100_000));
  }

  /** The model of one object: ids and slots mirror the off-heap object's. */
  private static final class ModelObject {
    final long id;
    int classId;
    final long[] values;
    final ModelObject[] refs;
    final int payloadWords;
    long seed;

    ModelObject(long id, int classId, int slots, int payloadWords, long seed) {
      this.id = id;
      this.classId = classId;
      this.values = new long[slots];
      Arrays.fill(values, ValueCodec.UNDEFINED);
      this.refs = new ModelObject[slots];
      this.payloadWords = payloadWords;
      this.seed = seed;
    }

    int refCount() {
      int n = 0;
      for (ModelObject r : refs) {
        n += r == null ? 0 : 1;
      }
      return n;
    }
  }

  /** An object found by walking from a root: its model and its current address. */
  private record Found(ModelObject model, long address) {}

  /** Records full markings: the live class ids and the first object id not yet allocated then. */
  private static final class MarkingRecorder implements GcListener {
    final MockObjects mock;
    BitSet live;
    long idLimit;
    int count;

    MarkingRecorder(MockObjects mock) {
      this.mock = mock;
    }

    @Override
    public void liveClassIds(BitSet classIds) {
      live = (BitSet) classIds.clone();
      idLimit = mock.peekNextId();
      count++;
    }
  }

  private static final class Program {
    final Heap heap;
    final long seed;
    final SplittableRandom rnd;
    final MockObjects mock;
    final ValueStack stack;
    final List<ModelObject> stackModel = new ArrayList<>();
    final GlobalHandle[] globals = new GlobalHandle[GLOBALS];
    final ModelObject[] globalModel = new ModelObject[GLOBALS];
    final MarkingRecorder markings;
    final String[] recent = new String[24];
    long op;
    long seenCollections;
    int seenMarkings;
    int lastLive;
    int collectionsChecked;
    int fullMarkingsChecked;

    Program(Heap heap, long seed) {
      this.heap = heap;
      this.seed = seed;
      this.rnd = new SplittableRandom(seed);
      this.mock = new MockObjects(heap);
      this.stack = heap.newValueStack(64, MAX_ROOTS + DEEP_LIST + 64);
      for (int i = 0; i < GLOBALS; i++) {
        globals[i] = heap.newGlobalHandle(ValueCodec.UNDEFINED);
      }
      this.markings = new MarkingRecorder(mock);
      heap.addListener(markings);
    }

    void run(int ops) {
      long deepAt1 = ops / 3;
      long deepAt2 = 2L * ops / 3;
      try {
        for (op = 0; op < ops; op++) {
          if (op == deepAt1 || op == deepAt2) {
            note("deepList");
            deepList();
          } else {
            step();
          }
          checkAfterOperation(false);
        }
        note("final collectFull");
        boolean wasMarking = heap.isMarking();
        heap.collectFull();
        checkAfterOperation(!wasMarking);
        heap.verify();
      } catch (Throwable t) {
        StringBuilder sb = new StringBuilder();
        sb.append("seed ").append(seed).append(", operation ").append(op).append(": ");
        sb.append(t).append("\nlast operations:");
        for (int i = 0; i < recent.length; i++) {
          String s = recent[(int) ((op + 1 + i) % recent.length)];
          if (s != null) {
            sb.append("\n  ").append(s);
          }
        }
        throw new AssertionError(sb.toString(), t);
      }
    }

    private void note(String what) {
      recent[(int) (op % recent.length)] = op + " " + what;
    }

    // ---- the mutator

    private void step() {
      if (lastLive > MAX_LIVE && rnd.nextInt(2) == 0) {
        note("shrink");
        if (rnd.nextInt(8) == 0) {
          globalSet(rnd.nextInt(GLOBALS), null);
        } else {
          dropRoot();
        }
        return;
      }
      int r = rnd.nextInt(1000);
      if (r < 250) {
        note("allocYoung");
        allocate(Where.YOUNG);
      } else if (r < 290) {
        note("allocTenured");
        allocate(Where.TENURED);
      } else if (r < 292) {
        note("allocLarge");
        allocate(Where.LARGE);
      } else if (r < 470) {
        note("link");
        link();
      } else if (r < 550) {
        note("storePrimitive");
        storePrimitive();
      } else if (r < 590) {
        note("rewritePayload");
        rewritePayload();
      } else if (r < 605) {
        note("setClassId");
        setClassId();
      } else if (r < 755) {
        note("dropRoot");
        dropRoot();
      } else if (r < 785) {
        note("pushReachable");
        pushReachable();
      } else if (r < 800) {
        note("global");
        Found f = rnd.nextBoolean() ? pick() : null;
        int g = rnd.nextInt(GLOBALS);
        globalSet(g, f);
      } else if (r < 806) {
        note("ring");
        ring();
      } else if (r < 812) {
        note("oldToYoungChain");
        oldToYoungChain();
      } else if (r < 818) {
        note("scopedBuild");
        scopedBuild();
      } else if (r < 850) {
        note("readCheck");
        Found f = pick();
        if (f != null) {
          mock.checkIntegrity(f.address());
        }
      } else if (r < 853) {
        note("collectYoung");
        heap.collectYoung();
      } else if (r < 854) {
        note("collectFull");
        boolean wasMarking = heap.isMarking();
        heap.collectFull();
        checkAfterOperation(!wasMarking);
      } else if (r < 856) {
        note("startIncrementalMarking");
        heap.startIncrementalMarking();
      } else if (r < 906) {
        if (heap.isMarking()) {
          long budget = 1024L << rnd.nextInt(5);
          note("markingStep " + budget);
          heap.incrementalMarkingStep(budget);
        } else {
          note("link");
          link();
        }
      } else if (r < 907) {
        note("verify");
        heap.verify();
      } else {
        note("link");
        link();
      }
    }

    private enum Where {
      YOUNG,
      TENURED,
      LARGE
    }

    private int newClassId(long id) {
      return rnd.nextInt(5) == 0
          ? UNIQUE_CLASS_BASE + (int) (id % (1 << 18))
          : 1 + rnd.nextInt(SHARED_CLASSES);
    }

    /** Allocates one object and makes it a root; sometimes then links it into the graph. */
    private void allocate(Where where) {
      int slots = where == Where.LARGE ? rnd.nextInt(0, 4) : rnd.nextInt(0, 6);
      int payload = where == Where.LARGE ? rnd.nextInt(1024, 4096) : rnd.nextInt(0, 5);
      ModelObject m = allocateRooted(where, slots, payload);
      if (rnd.nextInt(5) < 2) {
        Found target = pickWithSlots();
        if (target != null) {
          int i = rnd.nextInt(target.model().refs.length);
          heap.setSlot(target.address(), i, stack.peek());
          target.model().refs[i] = m;
          popRoot();
        }
      }
    }

    private ModelObject allocateRooted(Where where, int slots, int payload) {
      while (stack.size() >= MAX_ROOTS) {
        dropRoot();
      }
      long id = mock.peekNextId();
      int classId = newClassId(id);
      long objectSeed = rnd.nextLong();
      long a =
          where == Where.TENURED
              ? mock.allocateTenured(classId, slots, payload, objectSeed)
              : mock.allocate(classId, slots, payload, objectSeed);
      assertEquals(id, mock.id(a));
      if (where == Where.TENURED) {
        assertTrue(heap.isOld(a), "tenured allocation not in the old generation");
      }
      ModelObject m = new ModelObject(id, classId, slots, payload, objectSeed);
      stack.push(ref(a));
      stackModel.add(m);
      return m;
    }

    private void popRoot() {
      stack.pop();
      stackModel.remove(stackModel.size() - 1);
    }

    private void dropRoot() {
      int n = stack.size();
      if (n == 0) {
        return;
      }
      int i = rnd.nextInt(n);
      stack.set(i, stack.get(n - 1));
      stackModel.set(i, stackModel.get(n - 1));
      popRoot();
    }

    private void pushReachable() {
      Found f = pick();
      if (f != null && stack.size() < MAX_ROOTS) {
        stack.push(ref(f.address()));
        stackModel.add(f.model());
      }
    }

    private void globalSet(int g, Found f) {
      globals[g].set(f == null ? ValueCodec.UNDEFINED : ref(f.address()));
      globalModel[g] = f == null ? null : f.model();
    }

    /**
     * A random reachable object: a random root, then up to seven random reference edges. Each step
     * checks that the off-heap object is the one the model expects.
     */
    private Found pick() {
      int roots = stack.size();
      int globalCount = 0;
      for (ModelObject g : globalModel) {
        globalCount += g == null ? 0 : 1;
      }
      if (roots + globalCount == 0) {
        return null;
      }
      int k = rnd.nextInt(roots + globalCount);
      ModelObject m;
      long address;
      if (k < roots) {
        m = stackModel.get(k);
        address = address(stack.get(k));
      } else {
        int g = -1;
        for (int left = k - roots; left >= 0; ) {
          g++;
          if (globalModel[g] != null) {
            left--;
          }
        }
        m = globalModel[g];
        address = address(globals[g].get());
      }
      int steps = rnd.nextInt(8);
      for (int s = 0; s < steps; s++) {
        int refs = m.refCount();
        if (refs == 0) {
          break;
        }
        int nth = rnd.nextInt(refs);
        int slot = -1;
        for (int i = 0; nth >= 0; i++) {
          if (m.refs[i] != null) {
            nth--;
            slot = i;
          }
        }
        m = m.refs[slot];
        address = address(heap.getSlot(address, slot));
      }
      if (mock.id(address) != m.id) {
        throw new AssertionError(
            "walked to object id " + mock.id(address) + " @" + address + ", model says " + m.id);
      }
      return new Found(m, address);
    }

    private Found pickWithSlots() {
      for (int tries = 0; tries < 4; tries++) {
        Found f = pick();
        if (f != null && f.model().refs.length > 0) {
          return f;
        }
      }
      return null;
    }

    private void link() {
      Found a = pickWithSlots();
      Found b = pick();
      if (a == null || b == null) {
        return;
      }
      int i = rnd.nextInt(a.model().refs.length);
      heap.setSlot(a.address(), i, ref(b.address()));
      a.model().refs[i] = b.model();
    }

    private long randomPrimitive() {
      return switch (rnd.nextInt(10)) {
        case 0 -> ValueCodec.fromInt(rnd.nextInt());
        case 1 -> ValueCodec.fromDouble(rnd.nextDouble() * 1e9 - 5e8);
        case 2 -> ValueCodec.CANONICAL_NAN;
        case 3 -> ValueCodec.fromDouble(-0.0);
        case 4 -> ValueCodec.fromBoolean(rnd.nextBoolean());
        case 5 -> ValueCodec.NULL;
        case 6 -> ValueCodec.UNDEFINED;
        case 7 -> ValueCodec.HOLE;
        case 8 -> ValueCodec.immediate(rnd.nextInt());
        default -> ValueCodec.fromNumber(rnd.nextInt(100));
      };
    }

    private void storePrimitive() {
      Found a = pickWithSlots();
      if (a == null) {
        return;
      }
      int i = rnd.nextInt(a.model().refs.length);
      long v = randomPrimitive();
      heap.setSlot(a.address(), i, v);
      a.model().refs[i] = null;
      a.model().values[i] = v;
    }

    private void rewritePayload() {
      Found a = pick();
      if (a == null) {
        return;
      }
      long s = rnd.nextLong();
      mock.rewritePayload(a.address(), s);
      a.model().seed = s;
    }

    private void setClassId() {
      Found a = pick();
      if (a == null) {
        return;
      }
      int c = newClassId(a.model().id);
      heap.setClassId(a.address(), c);
      a.model().classId = c;
    }

    /** k fresh objects linked into a cycle; only the first stays a root. */
    private void ring() {
      int k = rnd.nextInt(1, 20);
      while (stack.size() + k > MAX_ROOTS) {
        dropRoot();
      }
      int base = stack.size();
      for (int j = 0; j < k; j++) {
        allocateRooted(rnd.nextInt(4) == 0 ? Where.TENURED : Where.YOUNG, rnd.nextInt(1, 4), 1);
      }
      for (int j = 0; j < k; j++) {
        int next = base + (j + 1) % k;
        heap.setSlot(address(stack.get(base + j)), 0, stack.get(next));
        stackModel.get(base + j).refs[0] = stackModel.get(next);
      }
      while (stack.size() > base + 1) {
        popRoot();
      }
    }

    /** A tenured object heading a chain of young objects; the young ones have no other root. */
    private void oldToYoungChain() {
      while (stack.size() > MAX_ROOTS - 2) {
        dropRoot();
      }
      ModelObject t = allocateRooted(Where.TENURED, 2, 0);
      int tIndex = stack.size() - 1;
      int k = rnd.nextInt(1, 30);
      for (int j = 0; j < k; j++) {
        ModelObject y = allocateRooted(Where.YOUNG, 1, rnd.nextInt(3));
        long tAddress = address(stack.get(tIndex));
        long yAddress = address(stack.peek());
        heap.setSlot(yAddress, 0, heap.getSlot(tAddress, 0));
        y.refs[0] = t.refs[0];
        y.values[0] = t.values[0];
        heap.setSlot(tAddress, 0, stack.peek());
        t.refs[0] = y;
        popRoot();
      }
    }

    /**
     * Runtime-style code: holds a reachable object in a handle scope, allocates a short chain whose
     * links live only in handles while later allocations may collect, then hangs the chain off the
     * object it re-reads through its handle.
     */
    private void scopedBuild() {
      Found a = pickWithSlots();
      if (a == null) {
        return;
      }
      try (HandleScope scope = heap.openHandleScope()) {
        int holder = scope.add(ref(a.address()));
        ModelObject prev = null;
        int prevHandle = -1;
        int k = rnd.nextInt(1, 6);
        for (int j = 0; j < k; j++) {
          long id = mock.peekNextId();
          int classId = newClassId(id);
          int slots = rnd.nextInt(1, 4);
          long objectSeed = rnd.nextLong();
          long n = mock.allocate(classId, slots, 1, objectSeed);
          ModelObject m = new ModelObject(id, classId, slots, 1, objectSeed);
          if (prev != null) {
            heap.setSlot(n, 0, scope.get(prevHandle));
            m.refs[0] = prev;
          }
          prevHandle = scope.add(ref(n));
          prev = m;
        }
        int i = rnd.nextInt(a.model().refs.length);
        heap.setSlot(address(scope.get(holder)), i, scope.get(prevHandle));
        a.model().refs[i] = prev;
      }
    }

    /** A list of DEEP_LIST nodes hung off a new root; checked by the collections that follow. */
    private void deepList() {
      ModelObject head = allocateRooted(Where.YOUNG, 1, 0);
      int headIndex = stack.size() - 1;
      ModelObject last = head;
      // build by appending behind a cursor root, so the model list and the heap list agree
      stack.push(stack.get(headIndex));
      stackModel.add(head);
      for (int i = 0; i < DEEP_LIST; i++) {
        long id = mock.peekNextId();
        long a =
            i % 3 == 0
                ? mock.allocateTenured(NODE_CLASS, 1, 0, i)
                : mock.allocate(NODE_CLASS, 1, 0, i);
        ModelObject m = new ModelObject(id, NODE_CLASS, 1, 0, i);
        heap.setSlot(address(stack.peek()), 0, ref(a));
        last.refs[0] = m;
        last = m;
        stack.set(stack.size() - 1, heap.getSlot(address(stack.peek()), 0));
        stackModel.set(stackModel.size() - 1, m);
        checkAfterOperation(false);
      }
      popRoot(); // the cursor
      heap.collectYoung();
      checkAfterOperation(false);
      heap.startIncrementalMarking();
      for (int i = 0; heap.isMarking() && i < 50; i++) {
        heap.incrementalMarkingStep(16 * 1024);
        link();
        storePrimitive();
        checkAfterOperation(false);
      }
      boolean wasMarking = heap.isMarking();
      heap.collectFull();
      checkAfterOperation(!wasMarking);
      // drop the list again unless the random program linked it elsewhere
      int i = stackModel.indexOf(head);
      if (i >= 0) {
        stack.set(i, stack.get(stack.size() - 1));
        stackModel.set(i, stackModel.get(stackModel.size() - 1));
        popRoot();
      }
    }

    // ---- the checks

    private void checkAfterOperation(boolean exactLiveness) {
      GcStatistics s = heap.statistics();
      long collections = s.scavenges() + s.fullCollections() + s.incrementalCycles();
      if (collections != seenCollections || exactLiveness) {
        seenCollections = collections;
        Set<ModelObject> reachable = checkGraph();
        collectionsChecked++;
        if (markings.count != seenMarkings) {
          seenMarkings = markings.count;
          checkLiveness(reachable, exactLiveness);
          fullMarkingsChecked++;
        }
      }
    }

    /**
     * Traces the off-heap graph and the model in lockstep from every root and checks they agree;
     * returns the model objects reached.
     */
    private Set<ModelObject> checkGraph() {
      IdentityHashMap<ModelObject, Long> addressOf = new IdentityHashMap<>();
      Set<Long> addresses = new HashSet<>();
      ArrayDeque<ModelObject> work = new ArrayDeque<>();
      for (int i = 0; i < stack.size(); i++) {
        visit(stackModel.get(i), stack.get(i), addressOf, addresses, work, "stack root " + i);
      }
      for (int g = 0; g < GLOBALS; g++) {
        if (globalModel[g] == null) {
          assertEquals(ValueCodec.UNDEFINED, globals[g].get(), "global " + g);
        } else {
          visit(globalModel[g], globals[g].get(), addressOf, addresses, work, "global " + g);
        }
      }
      while (!work.isEmpty()) {
        ModelObject m = work.pop();
        long a = addressOf.get(m);
        String where = "object id " + m.id + " @" + a;
        assertEquals(m.id, mock.id(a), where);
        assertEquals(m.classId, heap.classId(a), where + " class id");
        assertEquals(MockObjects.KIND, heap.kind(a), where + " kind");
        assertEquals(m.refs.length, heap.taggedSlotCount(a), where + " slot count");
        assertEquals(m.payloadWords, mock.payloadWords(a), where + " payload size");
        assertEquals(m.seed, mock.seed(a), where + " seed");
        mock.checkIntegrity(a);
        if (heap.isYoung(a) == heap.isOld(a)) {
          throw new AssertionError(
              where + " is young: " + heap.isYoung(a) + ", old: " + heap.isOld(a));
        }
        for (int i = 0; i < m.refs.length; i++) {
          long v = heap.getSlot(a, i);
          if (m.refs[i] != null) {
            visit(m.refs[i], v, addressOf, addresses, work, where + " slot " + i);
          } else if (v != m.values[i]) {
            throw new AssertionError(
                where
                    + " slot "
                    + i
                    + " is "
                    + ValueCodec.describe(v)
                    + ", model has "
                    + ValueCodec.describe(m.values[i]));
          }
        }
      }
      lastLive = addressOf.size();
      return addressOf.keySet();
    }

    private static void visit(
        ModelObject m,
        long value,
        IdentityHashMap<ModelObject, Long> addressOf,
        Set<Long> addresses,
        ArrayDeque<ModelObject> work,
        String where) {
      if (!ValueCodec.isReference(value)) {
        throw new AssertionError(
            where + " should reference id " + m.id + " but holds " + ValueCodec.describe(value));
      }
      long a = ValueCodec.asReference(value);
      Long known = addressOf.get(m);
      if (known == null) {
        if (!addresses.add(a)) {
          throw new AssertionError(
              where + ": two model objects share address " + a + " (id " + m.id + ")");
        }
        addressOf.put(m, a);
        work.push(m);
      } else if (known != a) {
        throw new AssertionError(
            where + ": object id " + m.id + " reached at " + a + " and at " + known);
      }
    }

    private void checkLiveness(Set<ModelObject> reachable, boolean exact) {
      BitSet expected = new BitSet();
      for (ModelObject m : reachable) {
        if (m.id < markings.idLimit) {
          expected.set(m.classId);
          if (!markings.live.get(m.classId)) {
            throw new AssertionError(
                "reachable object id " + m.id + " of class " + m.classId + " was not marked live");
          }
        }
      }
      if (exact && !markings.live.equals(expected)) {
        BitSet extra = (BitSet) markings.live.clone();
        extra.andNot(expected);
        throw new AssertionError(
            "after a full collection, classes of dead objects were still live: " + extra);
      }
    }
  }

  private static final int NODE_CLASS = SHARED_CLASSES + 1;
}
