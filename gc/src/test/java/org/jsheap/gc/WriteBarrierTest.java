package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both paths of the write barrier: old-to-young stores recorded for the scavenger, and Dijkstra
 * insertion during incremental marking. Each test builds the one situation in which a missing
 * barrier loses an object, then checks the object is intact.
 */
class WriteBarrierTest {
  private static final int OLD = 8001;
  private static final int YOUNG = 8002;
  private static final int CHAIN = 8003;
  private static final int WHITE = 8004;
  private static final int BLACK = 8005;
  private static final int FILLER = 8006;

  private Heap heap;
  private MockObjects mock;
  private ValueStack stack;
  private LivenessRecorder liveness;

  @BeforeEach
  void open() {
    heap = Heap.create(TestHeaps.small().maxHeapBytes(16 * TestHeaps.MIB).build());
    mock = new MockObjects(heap);
    stack = heap.newValueStack(16, 1 << 20);
    liveness = new LivenessRecorder();
    heap.addListener(liveness);
  }

  @AfterEach
  void close() {
    heap.close();
  }

  private long top() {
    return address(stack.peek());
  }

  @Test
  void oldToYoungStoreKeepsTheYoungObjectAliveAndUpdatesTheSlot() {
    stack.push(ref(mock.allocateTenured(OLD, 2, 0, 1)));
    long young = mock.allocate(YOUNG, 0, 3, 2);
    long id = mock.id(young);
    assertTrue(heap.isOld(top()));
    assertTrue(heap.isYoung(young));
    heap.setSlot(top(), 1, ref(young));
    heap.collectYoung();
    long slot = heap.getSlot(top(), 1);
    assertNotEquals(ref(young), slot, "the scavenger did not update the remembered slot");
    assertEquals(id, mock.id(address(slot)));
    mock.checkIntegrity(address(slot));
    for (int i = 0; i < 3; i++) {
      heap.collectYoung();
    }
    long promoted = address(heap.getSlot(top(), 1));
    assertTrue(heap.isOld(promoted));
    assertEquals(id, mock.id(promoted));
    mock.checkIntegrity(promoted);
    heap.verify();
  }

  @Test
  void youngChainReachableOnlyThroughOldObjectsSurvives() {
    // root -> old T1 -> young y1 -> ... -> young y50 -> old T2 (unrooted) -> young z1 -> ... z50
    stack.push(ref(mock.allocateTenured(OLD, 1, 0, 1)));
    stack.push(ref(mock.allocateTenured(OLD, 1, 0, 2)));
    for (int i = 0; i < 50; i++) { // z chain hangs off T2
      long z = mock.allocate(YOUNG, 1, 1, 100 + i);
      heap.setSlot(z, 0, heap.getSlot(top(), 0));
      heap.setSlot(top(), 0, ref(z));
    }
    for (int i = 0; i < 50; i++) { // y chain hangs off T1, its tail points at T2
      long y = mock.allocate(YOUNG, 1, 1, 200 + i);
      heap.setSlot(y, 0, i == 0 ? stack.get(1) : heap.getSlot(address(stack.get(0)), 0));
      heap.setSlot(address(stack.get(0)), 0, ref(y));
    }
    stack.setSize(1); // only T1 is a root now
    for (int round = 0; round < 4; round++) {
      heap.collectYoung();
      assertEquals(102, mock.traceAndCheck(stack.get(0)), "after scavenge " + round);
    }
    heap.collectFull();
    assertEquals(102, mock.traceAndCheck(stack.get(0)));
    heap.verify();
  }

  @Test
  void promotionCreatesOldToYoungEdgesTheScavengerKeeps() {
    // a survives one scavenge; then b is stored into a (young-to-young: no barrier record needed);
    // the next scavenge promotes a (age 2) but b (age 1) stays young.
    stack.push(ref(mock.allocate(OLD, 1, 0, 1)));
    heap.collectYoung();
    long b = mock.allocate(YOUNG, 0, 2, 2);
    long id = mock.id(b);
    heap.setSlot(top(), 0, ref(b));
    heap.collectYoung();
    assertTrue(heap.isOld(top()), "a survived promotionAge (2) scavenges");
    long bNow = address(heap.getSlot(top(), 0));
    assertTrue(heap.isYoung(bNow), "b survived only one scavenge");
    heap.collectYoung();
    long bLater = address(heap.getSlot(top(), 0));
    assertEquals(id, mock.id(bLater));
    mock.checkIntegrity(bLater);
    heap.verify();
  }

  @Test
  void manyOldObjectsEachHoldingAYoungOne() {
    int n = 3000;
    stack.push(ref(mock.allocateTenured(OLD, n, 0, 1)));
    for (int i = 0; i < n; i++) {
      stack.push(ref(mock.allocateTenured(OLD, 1, 0, i)));
      long y = mock.allocate(YOUNG, 0, 1, i);
      heap.setSlot(top(), 0, ref(y));
      long old = stack.pop();
      heap.setSlot(address(stack.get(0)), i, old);
    }
    heap.collectYoung();
    heap.collectYoung();
    assertEquals(1 + 2 * n, mock.traceAndCheck(stack.get(0)));
    heap.verify();
  }

  @Test
  void overwrittenOldToYoungSlotNoLongerKeepsTheYoungObject() {
    stack.push(ref(mock.allocateTenured(OLD, 1, 0, 1)));
    long y = mock.allocate(YOUNG, 0, 0, 2);
    heap.setSlot(top(), 0, ref(y));
    heap.setSlot(top(), 0, ValueCodec.fromInt(3));
    heap.collectYoung();
    assertEquals(ValueCodec.fromInt(3), heap.getSlot(top(), 0));
    heap.collectFull();
    assertFalse(liveness.lastMarkingSawClass(YOUNG));
    assertTrue(liveness.lastMarkingSawClass(OLD));
    heap.verify();
  }

  private void finishAnyMarking() {
    for (int i = 0; heap.isMarking(); i++) {
      heap.incrementalMarkingStep(1 << 20);
      assertTrue(i < 100_000, "incremental marking never finished");
    }
  }

  /**
   * R (old, the only root) has a slot pointing at a chain of {@code n} old nodes whose tail holds
   * the only reference to W (old). After marking starts and one small step scans R (it is the only
   * root, so any work scans it first), the only reference to W moves from the unscanned tail into
   * black R. Without the insertion barrier the marker never sees W and sweeping frees it.
   */
  @ParameterizedTest(name = "white object of {0} payload words")
  @ValueSource(ints = {6, 2048})
  void insertionBarrierKeepsAWhiteObjectStoredIntoABlackOne(int whitePayloadWords) {
    // Incremental steps, whatever jsheap.gc.marking says: a marker thread may drain the chain
    // before the step below (the concurrent case is ConcurrentMarkingLitmusTest's store litmus).
    heap.close();
    heap =
        Heap.create(
            TestHeaps.small()
                .maxHeapBytes(16 * TestHeaps.MIB)
                .marking(MarkingMode.INCREMENTAL)
                .build());
    mock = new MockObjects(heap);
    stack = heap.newValueStack(16, 1 << 20);
    liveness = new LivenessRecorder();
    heap.addListener(liveness);
    int n = 20_000;
    stack.push(ref(mock.allocateTenured(BLACK, 2, 0, 1))); // R, stack[0]
    stack.push(ref(mock.allocateTenured(WHITE, 0, whitePayloadWords, 2))); // W, stack[1] for now
    long wId = mock.id(top());
    for (int i = 0; i < n; i++) {
      long node = mock.allocateTenured(CHAIN, 1, 0, i);
      heap.setSlot(node, 0, stack.peek());
      stack.set(1, ref(node));
    }
    heap.setSlot(address(stack.get(0)), 0, stack.pop()); // R -> chain head; W held by the tail
    finishAnyMarking();
    assertEquals(1, stack.size());

    heap.startIncrementalMarking();
    assertTrue(heap.isMarking());
    boolean finished = heap.incrementalMarkingStep(1024);
    assertFalse(finished, "one 1 KiB step marked a 20000-node chain; cannot build the case");

    long r = address(stack.get(0));
    long prev = r;
    long node = address(heap.getSlot(r, 0));
    int walked = 0;
    while (heap.classId(node) == CHAIN) {
      prev = node;
      node = address(heap.getSlot(node, 0));
      walked++;
    }
    assertEquals(n, walked);
    assertEquals(WHITE, heap.classId(node));
    heap.setSlot(r, 1, ref(node)); // white W into black R: the barrier must grey W
    heap.setSlot(prev, 0, ValueCodec.NULL); // and the old path to W is gone
    heap.setSlot(r, 0, ValueCodec.NULL); // drop the chain too

    for (int i = 0; !heap.incrementalMarkingStep(4096); i++) {
      assertTrue(i < 1_000_000, "incremental marking never finished");
    }
    assertFalse(heap.isMarking());
    assertTrue(liveness.lastMarkingSawClass(WHITE), "W was not marked");
    long w = address(heap.getSlot(address(stack.get(0)), 1));
    assertEquals(wId, mock.id(w));
    mock.checkIntegrity(w);
    heap.verify();

    // If W's cell had been freed, new tenured objects of its size would now overwrite it.
    for (int i = 0; i < (whitePayloadWords > 100 ? 300 : 5000); i++) {
      mock.allocateTenured(FILLER, 0, whitePayloadWords, i);
    }
    w = address(heap.getSlot(address(stack.get(0)), 1));
    assertEquals(wId, mock.id(w));
    mock.checkIntegrity(w);
  }

  @Test
  void youngObjectStoredIntoAnOldObjectDuringMarkingSurvivesBoth() {
    stack.push(ref(mock.allocateTenured(OLD, 1, 0, 1)));
    for (int i = 0; i < 2000; i++) {
      stack.push(ref(mock.allocateTenured(CHAIN, 0, 4, i)));
    }
    finishAnyMarking();
    heap.startIncrementalMarking();
    heap.incrementalMarkingStep(1024);
    long y = mock.allocate(YOUNG, 0, 2, 5);
    long id = mock.id(y);
    heap.setSlot(address(stack.get(0)), 0, ref(y));
    heap.collectYoung();
    while (!heap.incrementalMarkingStep(4096)) {
      // keep marking
    }
    heap.collectYoung();
    long now = address(heap.getSlot(address(stack.get(0)), 0));
    assertEquals(id, mock.id(now));
    mock.checkIntegrity(now);
    heap.verify();
  }

  /**
   * A young object stored into black R during marking, then promoted by a scavenge while marking
   * still runs: the promoted copy is an old object the marker has never seen, held only by R, so
   * promotion during marking must mark it (and trace its young child).
   */
  @Test
  void objectPromotedDuringMarkingIntoABlackHolderSurvives() {
    heap.close();
    heap = Heap.create(TestHeaps.small().maxHeapBytes(16 * TestHeaps.MIB).promotionAge(1).build());
    mock = new MockObjects(heap);
    stack = heap.newValueStack(16, 1 << 20);
    liveness = new LivenessRecorder();
    heap.addListener(liveness);

    stack.push(ref(mock.allocateTenured(BLACK, 2, 0, 1))); // R
    stack.push(ValueCodec.NULL);
    for (int i = 0; i < 20_000; i++) {
      long node = mock.allocateTenured(CHAIN, 1, 0, i);
      heap.setSlot(node, 0, stack.peek());
      stack.set(1, ref(node));
    }
    heap.setSlot(address(stack.get(0)), 0, stack.pop()); // R -> chain
    finishAnyMarking();
    heap.startIncrementalMarking();
    assertFalse(heap.incrementalMarkingStep(1024), "cannot build the case: marking finished");

    long y = mock.allocate(YOUNG, 1, 3, 2);
    long yId = mock.id(y);
    heap.setSlot(address(stack.get(0)), 1, ref(y));
    long z = mock.allocate(WHITE, 0, 3, 3);
    long zId = mock.id(z);
    heap.setSlot(address(heap.getSlot(address(stack.get(0)), 1)), 0, ref(z));
    heap.collectYoung(); // promotes y (and z) while marking runs
    long yNow = address(heap.getSlot(address(stack.get(0)), 1));
    assertTrue(heap.isOld(yNow), "promotionAge 1: y was promoted");
    heap.setSlot(address(stack.get(0)), 0, ValueCodec.NULL); // drop the chain
    for (int i = 0; !heap.incrementalMarkingStep(4096); i++) {
      assertTrue(i < 1_000_000, "incremental marking never finished");
    }
    assertTrue(liveness.lastMarkingSawClass(YOUNG), "promoted y was not marked");
    assertTrue(liveness.lastMarkingSawClass(WHITE), "y's child z was not marked");
    for (int i = 0; i < 5000; i++) {
      mock.allocateTenured(FILLER, 1, 3, i);
    }
    yNow = address(heap.getSlot(address(stack.get(0)), 1));
    assertEquals(yId, mock.id(yNow));
    mock.checkIntegrity(yNow);
    long zNow = address(heap.getSlot(yNow, 0));
    assertEquals(zId, mock.id(zNow));
    mock.checkIntegrity(zNow);
    heap.verify();
  }
}
