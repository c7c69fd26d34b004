package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Class edges ({@link ClassEdges}) against a mock VM whose classes each have one "prototype" edge:
 * the target lives exactly while an object of the class lives (cycles through the target included),
 * moves with scavenges, and the edge is cleared when the target dies.
 */
class ClassEdgesTest {
  /** A mock VM: class id to prototype value. */
  private static final class Prototypes implements ClassEdges {
    final Map<Integer, long[]> edges = new HashMap<>();
    int visits;

    void set(int classId, long value) {
      edges.computeIfAbsent(classId, k -> new long[1])[0] = value;
    }

    long get(int classId) {
      return edges.get(classId)[0];
    }

    @Override
    public void visitClassEdges(int classId, RootVisitor visitor) {
      long[] e = edges.get(classId);
      if (e != null) {
        visits++;
        visitor.visit(e[0]);
      }
    }

    @Override
    public void updateClassEdges(RootVisitor visitor) {
      for (long[] e : edges.values()) {
        e[0] = visitor.visit(e[0]);
      }
    }
  }

  private static void finishIncremental(Heap heap) {
    heap.startIncrementalMarking();
    while (!heap.incrementalMarkingStep(1 << 20)) {
      // finish the cycle
    }
  }

  @ParameterizedTest(name = "incremental {0}")
  @ValueSource(booleans = {false, true})
  void aClassEdgeTargetLivesExactlyWhileAnInstanceLives(boolean incremental) {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      Prototypes vm = new Prototypes();
      heap.addClassEdges(vm);
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(16, 1024);
      int classId = 500;
      stack.push(ref(mock.allocate(7, 1, 2, 1))); // 0: the prototype (rooted for now)
      vm.set(classId, stack.get(0));
      stack.push(ref(mock.allocate(classId, 1, 2, 2))); // 1: an instance
      // The cycle: prototype -> instance -> (class edge) -> prototype.
      heap.setSlot(address(stack.get(0)), 0, stack.get(1));
      heap.collectYoung();
      assertEquals(stack.get(0), vm.get(classId), "a scavenge updates the edge");
      stack.set(0, ValueCodec.UNDEFINED); // only the instance keeps the prototype now
      for (int round = 0; round < 2; round++) {
        if (incremental) {
          finishIncremental(heap);
        } else {
          heap.collectFull();
        }
        heap.verify();
        long proto = vm.get(classId);
        assertTrue(ValueCodec.isReference(proto), "the instance keeps its prototype");
        mock.checkIntegrity(address(proto));
        assertEquals(stack.get(1), heap.getSlot(address(proto), 0));
      }
      assertTrue(vm.visits > 0);
      stack.set(0, ref(heap.allocateWeak(1, 0, 1))); // observes whether the prototype dies
      heap.setSlot(address(stack.get(0)), 0, vm.get(classId));
      stack.setSize(1); // the cycle is garbage
      if (incremental) {
        finishIncremental(heap);
        finishIncremental(heap);
      } else {
        heap.collectFull();
      }
      assertEquals(ValueCodec.UNDEFINED, vm.get(classId), "the dead prototype's edge is cleared");
      assertEquals(ValueCodec.UNDEFINED, heap.getSlot(address(stack.get(0)), 0), "proto freed");
      heap.verify();
    }
  }

  @Test
  void aClassFirstSeenDuringIncrementalMarkingKeepsItsYoungPrototype() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      Prototypes vm = new Prototypes();
      heap.addClassEdges(vm);
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(16, 1024);
      stack.push(ref(mock.allocateTenured(1, 1, 2, 1))); // 0: an old instance, class 1 for now
      heap.startIncrementalMarking();
      heap.incrementalMarkingStep(1 << 20);
      if (!heap.isMarking()) {
        heap.startIncrementalMarking();
      }
      vm.set(600, ref(mock.allocate(8, 1, 2, 9))); // a young prototype, only on the edge
      heap.setClassId(address(stack.get(0)), 600); // the class is first seen while marking
      while (!heap.incrementalMarkingStep(1 << 20)) {
        // finish the cycle
      }
      heap.collectYoung();
      heap.verify();
      assertTrue(ValueCodec.isReference(vm.get(600)));
      mock.checkIntegrity(address(vm.get(600)));
      assertEquals(8, heap.classId(address(vm.get(600))));
    }
  }
}
