package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.HandleScope;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The prototype edge is traced like any other edge: a prototype is kept alive by the objects whose
 * hidden class inherits from it, not by a root. So a prototype that reaches its own instances
 * (prototype -> constructor -> instance -> shape -> prototype, as every JavaScript class does) is
 * collected with them.
 */
class PrototypeCycleTest {
  private static final int CYCLES =
      HeapConfig.defaults().stress().forcesCollections() ? 1_500 : 10_000;

  final HeapFixture fx = new HeapFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  /** One class-like cycle: returns the instance, leaving nothing rooted. */
  private long cycle(int n) {
    ObjectModel m = fx.model;
    try (HandleScope scope = fx.heap.openHandleScope()) {
      int proto = scope.add(m.newObject(ValueCodec.NULL));
      int ctor = scope.add(m.newObject(ValueCodec.NULL));
      m.put(scope.get(proto), "constructor", scope.get(ctor));
      m.put(scope.get(ctor), "prototype", scope.get(proto));
      int instance = scope.add(m.newObject(scope.get(proto)));
      m.put(scope.get(instance), "n", HeapFixture.i(n));
      m.put(scope.get(ctor), "instance", scope.get(instance));
      return scope.get(instance);
    }
  }

  private long oldUsedAfterFullCollections() {
    fx.heap.collectFull();
    fx.heap.collectFull();
    return fx.heap.statistics().oldUsedBytes();
  }

  @Test
  void tenThousandPrototypeCyclesAreCollected() {
    int survivor = fx.keep(cycle(-1)); // a class that stays alive throughout
    long before = oldUsedAfterFullCollections();
    for (int n = 0; n < CYCLES; n++) {
      cycle(n);
    }
    long after = oldUsedAfterFullCollections();
    assertTrue(
        after - before < 16 * 1024,
        "old generation grew by " + (after - before) + " bytes over " + CYCLES + " dead cycles");
    long instance = fx.ref(survivor);
    assertEquals(HeapFixture.i(-1), fx.model.get(instance, "n"));
    long proto = fx.model.getPrototype(instance);
    long ctor = fx.model.get(proto, "constructor");
    assertEquals(proto, fx.model.get(ctor, "prototype"), "the live cycle is intact");
    fx.heap.verify();
  }

  @Test
  void aPrototypeFirstReachedThroughAClassSeenDuringIncrementalMarkingSurvives() {
    long before = oldUsedAfterFullCollections();
    fx.heap.startIncrementalMarking();
    fx.heap.incrementalMarkingStep(1);
    // Only the instances are rooted; their prototypes and classes are new to this cycle.
    int first = fx.stack.size();
    for (int n = 0; n < 50; n++) {
      fx.keep(cycle(n));
      fx.heap.incrementalMarkingStep(256);
    }
    fx.heap.collectYoung();
    while (!fx.heap.incrementalMarkingStep(1 << 20)) {
      // finish the cycle
    }
    fx.heap.collectYoung();
    fx.heap.verify();
    for (int n = 0; n < 50; n++) {
      long instance = fx.ref(first + n);
      long proto = fx.model.getPrototype(instance);
      long ctor = fx.model.get(proto, "constructor");
      assertEquals(instance, fx.model.get(ctor, "instance"), "cycle " + n + " intact");
    }
    fx.stack.setSize(first);
    long after = oldUsedAfterFullCollections();
    assertTrue(after - before < 16 * 1024, "old generation grew by " + (after - before));
  }
}
