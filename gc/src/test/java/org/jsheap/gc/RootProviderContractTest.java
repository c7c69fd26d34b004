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

/**
 * The contract every kind of root must keep, whatever holds it (value stack, handle scope, global
 * handle, a VM's own {@link RootProvider}): a value held only by the root survives every kind of
 * collection and the root is updated to the moved address; once the root is dropped the object is
 * reclaimed. One thin subclass per implementation supplies {@link #newRoot}.
 */
abstract class RootProviderContractTest {

  /** One root slot of the implementation under test. */
  interface TestRoot {
    long get();

    void set(long value);

    /** Stops this value being a root (closing, truncating or unregistering it). */
    void drop();
  }

  /** A new root of the implementation under test, holding {@code value}. */
  protected abstract TestRoot newRoot(Heap heap, long value);

  private static final int CLASS_A = 7001;
  private static final int CLASS_B = 7002;

  protected Heap heap;
  protected MockObjects mock;
  protected LivenessRecorder liveness;

  @BeforeEach
  void openHeap() {
    heap = Heap.create(TestHeaps.small().promotionAge(2).build());
    mock = new MockObjects(heap);
    liveness = new LivenessRecorder();
    heap.addListener(liveness);
  }

  @AfterEach
  void closeHeap() {
    heap.close();
  }

  private void finishIncrementalCycle() {
    heap.startIncrementalMarking();
    // By time, not by step count: with -Djsheap.gc.marking=concurrent a step only polls a marker
    // thread the loaded machine may not schedule for a while.
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (heap.incrementalMarkingStep(4096)) {
        assertFalse(heap.isMarking());
        return;
      }
      Thread.yield();
    }
    throw new AssertionError("incremental marking did not finish");
  }

  @Test
  void youngObjectHeldOnlyByTheRootSurvivesAScavengeAndTheRootIsUpdated() {
    long a = mock.allocate(CLASS_A, 2, 4, 11);
    long id = mock.id(a);
    long before = ref(a);
    TestRoot root = newRoot(heap, before);
    heap.collectYoung();
    long after = root.get();
    assertTrue(ValueCodec.isReference(after), ValueCodec.describe(after));
    assertNotEquals(before, after, "a scavenge copies every survivor out of from-space");
    long moved = address(after);
    assertEquals(id, mock.id(moved));
    assertEquals(CLASS_A, heap.classId(moved));
    mock.checkIntegrity(moved);
    heap.verify();
  }

  @Test
  void objectHeldOnlyByTheRootSurvivesFullAndIncrementalCollections() {
    long a = mock.allocate(CLASS_A, 1, 3, 12);
    long id = mock.id(a);
    TestRoot root = newRoot(heap, ref(a));
    heap.collectFull();
    mock.checkIntegrity(address(root.get()));
    assertEquals(id, mock.id(address(root.get())));
    assertTrue(liveness.lastMarkingSawClass(CLASS_A));
    finishIncrementalCycle();
    mock.checkIntegrity(address(root.get()));
    assertEquals(id, mock.id(address(root.get())));
    assertTrue(liveness.lastMarkingSawClass(CLASS_A));
    heap.verify();
  }

  @Test
  void objectHeldOnlyByTheRootIsPromotedIntact() {
    long a = mock.allocate(CLASS_A, 1, 2, 13);
    long id = mock.id(a);
    assertTrue(heap.isYoung(a));
    TestRoot root = newRoot(heap, ref(a));
    for (int i = 0; i < 4; i++) {
      heap.collectYoung();
    }
    long promoted = address(root.get());
    assertTrue(heap.isOld(promoted), "survived 4 scavenges with promotionAge 2");
    assertFalse(heap.isYoung(promoted));
    assertEquals(id, mock.id(promoted));
    mock.checkIntegrity(promoted);
  }

  @Test
  void objectsReachableThroughTheRootSurviveWithIt() {
    long a = mock.allocate(CLASS_A, 2, 1, 14);
    TestRoot root = newRoot(heap, ref(a));
    long b = mock.allocate(CLASS_B, 0, 5, 15);
    long idB = mock.id(b);
    heap.setSlot(address(root.get()), 1, ref(b));
    heap.setSlot(address(root.get()), 0, ValueCodec.fromInt(77));
    heap.collectYoung();
    heap.collectFull();
    heap.collectYoung();
    long newA = address(root.get());
    assertEquals(ValueCodec.fromInt(77), heap.getSlot(newA, 0));
    long newB = address(heap.getSlot(newA, 1));
    assertEquals(idB, mock.id(newB));
    mock.checkIntegrity(newB);
    assertEquals(2, mock.traceAndCheck(root.get()));
    assertTrue(liveness.lastMarkingSawClass(CLASS_B));
  }

  @Test
  void droppedRootLetsTheYoungObjectBeReclaimed() {
    long a = mock.allocate(CLASS_A, 0, 1, 16);
    TestRoot root = newRoot(heap, ref(a));
    heap.collectFull();
    assertTrue(liveness.lastMarkingSawClass(CLASS_A));
    root.drop();
    heap.collectFull();
    assertFalse(liveness.lastMarkingSawClass(CLASS_A), "dropped root still keeps its object");
    heap.verify();
  }

  @Test
  void droppedRootLetsTheOldObjectBeFreed() {
    long a = mock.allocateTenured(CLASS_B, 2, 64, 17);
    long size = heap.sizeOf(a);
    TestRoot root = newRoot(heap, ref(a));
    heap.collectFull();
    assertTrue(liveness.lastMarkingSawClass(CLASS_B));
    mock.checkIntegrity(address(root.get()));
    long freedBefore = heap.statistics().bytesFreed();
    root.drop();
    heap.collectFull();
    assertFalse(liveness.lastMarkingSawClass(CLASS_B));
    assertTrue(
        heap.statistics().bytesFreed() - freedBefore >= size,
        "bytesFreed grew by less than the " + size + "-byte object");
  }

  @Test
  void overwrittenRootNoLongerKeepsItsOldValue() {
    long a = mock.allocate(CLASS_A, 0, 0, 18);
    TestRoot root = newRoot(heap, ref(a));
    long b = mock.allocate(CLASS_B, 0, 0, 19);
    root.set(ref(b));
    heap.collectFull();
    assertFalse(liveness.lastMarkingSawClass(CLASS_A));
    assertTrue(liveness.lastMarkingSawClass(CLASS_B));
    assertEquals(CLASS_B, heap.classId(address(root.get())));
  }

  @Test
  void nonReferenceValuesAreLeftAlone() {
    long[] values = {
      ValueCodec.fromInt(-5),
      ValueCodec.fromDouble(-0.0),
      ValueCodec.CANONICAL_NAN,
      ValueCodec.TRUE,
      ValueCodec.NULL,
      ValueCodec.UNDEFINED,
      ValueCodec.HOLE
    };
    TestRoot[] roots = new TestRoot[values.length];
    for (int i = 0; i < values.length; i++) {
      roots[i] = newRoot(heap, values[i]);
    }
    mock.allocate(CLASS_A, 1, 1, 20);
    heap.collectYoung();
    heap.collectFull();
    for (int i = 0; i < values.length; i++) {
      assertEquals(values[i], roots[i].get(), ValueCodec.describe(values[i]));
    }
  }

  @Test
  void rootSurvivesManyAllocationsInterleavedWithCollections() {
    long a = mock.allocate(CLASS_A, 1, 2, 21);
    long id = mock.id(a);
    TestRoot root = newRoot(heap, ref(a));
    for (int i = 0; i < 20_000; i++) {
      mock.allocate(1, 1, 2, i);
    }
    long now = address(root.get());
    assertEquals(id, mock.id(now));
    mock.checkIntegrity(now);
    assertTrue(heap.statistics().scavenges() > 0, "20000 allocations never filled a semispace");
  }
}
