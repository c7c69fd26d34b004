package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Weak slots ({@link Heap#allocateWeak}) and ephemeron tables ({@link
 * Heap#allocateEphemeronTable}), directed cases: each collector clears a weak slot exactly when its
 * target is otherwise unreachable, keeps an ephemeron value exactly while its key is otherwise
 * reachable (also through chains of ephemerons), and both hold during incremental marking with
 * stores into already-scanned holders. {@link WeakReferenceModelTest} checks random programs.
 */
class WeakReferenceTest {
  private static final int CLASS = 3;

  /** How a test collects: the three ways an object can be found dead. */
  enum Collection {
    SCAVENGE,
    FULL,
    INCREMENTAL;

    void run(Heap heap) {
      switch (this) {
        case SCAVENGE -> heap.collectYoung();
        case FULL -> heap.collectFull();
        case INCREMENTAL -> {
          heap.startIncrementalMarking();
          while (!heap.incrementalMarkingStep(1 << 20)) {
            // finish the cycle
          }
        }
      }
    }

    /** Whether objects under test are tenured (a scavenge only judges young objects). */
    boolean tenures() {
      return this != SCAVENGE;
    }
  }

  /**
   * Directed tests decide which generation each object is in and when it is judged, so they run
   * without forced collections (but verify and poison); {@link WeakReferenceModelTest} runs under
   * the build's stress setting.
   */
  private static HeapConfig directed() {
    return TestHeaps.small().stress(StressMode.parse("verify,poison")).build();
  }

  private static long node(Heap heap, boolean tenured) {
    return tenured ? heap.allocateTenured(CLASS, 0, 2, 8) : heap.allocate(CLASS, 0, 2, 8);
  }

  @ParameterizedTest
  @EnumSource(Collection.class)
  void aWeakSlotIsClearedExactlyWhenItsTargetIsOtherwiseUnreachable(Collection collection) {
    try (Heap heap = Heap.create(directed())) {
      ValueStack stack = heap.newValueStack(16, 1024);
      long holder = heap.allocateWeak(CLASS, 0, 3);
      stack.push(ref(holder)); // 0: the holder
      stack.push(ref(node(heap, collection.tenures()))); // 1: a rooted target
      long dead = node(heap, collection.tenures());
      holder = address(stack.get(0));
      heap.setSlot(holder, 0, stack.get(1));
      heap.setSlot(holder, 1, ref(dead));
      heap.setSlot(holder, 2, ValueCodec.fromInt(42));
      assertTrue(heap.hasWeakSlots(holder));
      collection.run(heap);
      holder = address(stack.get(0));
      assertEquals(stack.get(1), heap.getSlot(holder, 0), "a live target is kept (and updated)");
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(holder, 1), "a dead target is cleared");
      assertEquals(ValueCodec.fromInt(42), heap.getSlot(holder, 2), "primitives are untouched");
      heap.verify();
    }
  }

  @Test
  void anOldWeakHolderClearsItsDeadYoungTargetsInAScavenge() {
    try (Heap heap = Heap.create(directed())) {
      ValueStack stack = heap.newValueStack(16, 1024);
      stack.push(ref(heap.allocateWeak(CLASS, 0, 2)));
      heap.collectYoung();
      heap.collectYoung();
      long holder = address(stack.get(0));
      assertTrue(heap.isOld(holder), "promoted");
      stack.push(ref(node(heap, false)));
      heap.setSlot(address(stack.get(0)), 0, stack.get(1));
      heap.setSlot(address(stack.get(0)), 1, ref(node(heap, false)));
      heap.collectYoung();
      assertEquals(stack.get(1), heap.getSlot(holder, 0));
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(holder, 1));
      heap.verify();
    }
  }

  @ParameterizedTest
  @EnumSource(Collection.class)
  void anEphemeronValueLivesExactlyWhileItsKeyIsOtherwiseReachable(Collection collection) {
    try (Heap heap = Heap.create(directed())) {
      ValueStack stack = heap.newValueStack(16, 1024);
      boolean old = collection.tenures();
      stack.push(ref(heap.allocateEphemeronTable(CLASS, 0, 2))); // 0: the table
      stack.push(ref(heap.allocateWeak(CLASS, 0, 2))); // 1: observes the two values
      stack.push(ref(node(heap, old))); // 2: the live key
      long deadKey = node(heap, old);
      long liveValue = node(heap, old);
      long deadValue = node(heap, old);
      long table = address(stack.get(0));
      heap.setSlot(table, 0, stack.get(2));
      heap.setSlot(table, 1, ref(liveValue));
      heap.setSlot(table, 2, ref(deadKey));
      heap.setSlot(table, 3, ref(deadValue));
      heap.setSlot(address(stack.get(1)), 0, ref(liveValue));
      heap.setSlot(address(stack.get(1)), 1, ref(deadValue));
      assertEquals(2, heap.ephemeronPairCount(table));
      collection.run(heap);
      table = address(stack.get(0));
      long observer = address(stack.get(1));
      assertEquals(stack.get(2), heap.getSlot(table, 0));
      assertEquals(heap.getSlot(observer, 0), heap.getSlot(table, 1), "the value is kept");
      assertTrue(ValueCodec.isReference(heap.getSlot(observer, 0)));
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(table, 2), "the dead key's pair is cleared");
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(table, 3));
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(observer, 1), "the dead value died");
      heap.verify();
    }
  }

  @ParameterizedTest
  @EnumSource(Collection.class)
  void aChainOfEphemeronsLivesWhileItsFirstKeyIsRooted(Collection collection) {
    try (Heap heap = Heap.create(directed())) {
      int length = 50;
      boolean old = collection.tenures();
      ValueStack stack = heap.newValueStack(16, 1024);
      stack.push(ref(heap.allocateEphemeronTable(CLASS, 0, length))); // 0
      stack.push(ref(heap.allocateWeak(CLASS, 0, length + 1))); // 1: observes every key
      stack.push(ref(node(heap, old))); // 2: the first key
      heap.setSlot(address(stack.get(1)), 0, stack.get(2));
      // Pairs in reverse order, so each key becomes reachable only after a later pair's value:
      // pair (length - 1 - i) maps key i to key i + 1.
      for (int i = 0; i < length; i++) {
        long next = node(heap, old);
        long key = heap.getSlot(address(stack.get(1)), i);
        int pair = length - 1 - i;
        heap.setSlot(address(stack.get(0)), 2 * pair, key);
        heap.setSlot(address(stack.get(0)), 2 * pair + 1, ref(next));
        heap.setSlot(address(stack.get(1)), i + 1, ref(next));
      }
      collection.run(heap);
      for (int i = 0; i <= length; i++) {
        assertTrue(
            ValueCodec.isReference(heap.getSlot(address(stack.get(1)), i)), "key " + i + " kept");
      }
      heap.verify();
      stack.setSize(2); // drop the first key: the whole chain dies
      collection.run(heap);
      for (int i = 0; i <= length; i++) {
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(address(stack.get(1)), i), "key " + i);
        assertEquals(ValueCodec.UNDEFINED, heap.getSlot(address(stack.get(0)), 2 * (i % length)));
      }
      heap.verify();
    }
  }

  /**
   * Stores into holders the marker has already scanned. Collections are controlled here (no stress
   * mode), because the test needs a cycle that is open with the holders black.
   */
  @Test
  void storesIntoScannedHoldersDuringIncrementalMarkingStayWeak() {
    try (Heap heap = Heap.create(directed())) {
      ValueStack stack = heap.newValueStack(16, 1024);
      stack.push(ref(node(heap, true))); // 0: a chain that keeps the marker busy
      for (int i = 0; i < 200; i++) {
        long next = node(heap, true);
        heap.setSlot(next, 0, stack.get(0));
        stack.set(0, ref(next));
      }
      stack.push(ref(heap.allocateWeak(CLASS, 0, 2))); // 1
      stack.push(ref(heap.allocateEphemeronTable(CLASS, 0, 2))); // 2
      stack.push(ref(heap.allocateWeak(CLASS, 0, 2))); // 3: observes the ephemeron values
      heap.collectYoung();
      heap.collectYoung(); // the holders are promoted
      long deadTarget = node(heap, true);
      long liveKey = node(heap, true);
      long liveValue = node(heap, true);
      long deadKey = node(heap, true);
      long deadValue = node(heap, true);
      heap.startIncrementalMarking();
      // The gray list pops the holders first (last roots first), then starts on the chain.
      assertTrue(!heap.incrementalMarkingStep(200) && heap.isMarking(), "the cycle stays open");
      long youngDead = node(heap, false);
      stack.push(ref(liveKey)); // 4: rooted only now (roots are re-scanned at the end)
      long weak = address(stack.get(1));
      long table = address(stack.get(2));
      long observer = address(stack.get(3));
      heap.setSlot(weak, 0, ref(deadTarget));
      heap.setSlot(weak, 1, ref(youngDead));
      heap.setSlot(table, 0, ref(liveKey));
      heap.setSlot(table, 1, ref(liveValue));
      heap.setSlot(table, 2, ref(deadKey));
      heap.setSlot(table, 3, ref(deadValue));
      heap.setSlot(observer, 0, ref(liveValue));
      heap.setSlot(observer, 1, ref(deadValue));
      while (!heap.incrementalMarkingStep(1 << 20)) {
        // finish the cycle
      }
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(weak, 0), "old target stored when black");
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(weak, 1), "young target stored when black");
      assertEquals(ref(liveKey), heap.getSlot(table, 0));
      assertEquals(ref(liveValue), heap.getSlot(table, 1));
      assertEquals(ref(liveValue), heap.getSlot(observer, 0));
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(table, 2));
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(table, 3));
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(observer, 1));
      heap.verify();
    }
  }
}
