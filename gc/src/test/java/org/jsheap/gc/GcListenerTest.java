package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link GcListener} contract: both callbacks run inside the collection, so a listener that
 * allocates or starts a collection gets an {@link IllegalStateException}, and the heap stays usable
 * afterwards.
 */
class GcListenerTest {
  /** Tries, from each callback, what the contract forbids, and records what happened. */
  private static final class ForbiddenActions implements GcListener {
    private final Heap heap;
    final List<String> outcomes = new ArrayList<>();
    private boolean reentered;

    ForbiddenActions(Heap heap) {
      this.heap = heap;
    }

    @Override
    public void afterCollection(CollectionKind kind, GcStatistics statistics) {
      outcomes.add("afterCollection allocate: " + attempt(() -> heap.allocate(1, 0, 1, 0)));
      outcomes.add("afterCollection collect: " + attempt(heap::collectYoung));
    }

    @Override
    public void liveClassIds(BitSet classIds) {
      outcomes.add("liveClassIds allocate: " + attempt(() -> heap.allocate(1, 0, 1, 0)));
      outcomes.add("liveClassIds collect: " + attempt(heap::collectYoung));
    }

    /** Runs a forbidden action once (a collection it is allowed to start does not recurse). */
    private String attempt(Runnable action) {
      if (reentered) {
        return "reentered";
      }
      reentered = true;
      try {
        action.run();
        return "allowed";
      } catch (IllegalStateException e) {
        return "refused";
      } finally {
        reentered = false;
      }
    }
  }

  @Test
  void afterCollectionRunsInsideTheScavenge() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ForbiddenActions listener = new ForbiddenActions(heap);
      heap.addListener(listener);
      heap.collectYoung();
      heap.removeListener(listener);
      assertEquals(
          List.of("afterCollection allocate: refused", "afterCollection collect: refused"),
          listener.outcomes.subList(0, 2));
      assertTrue(
          listener.outcomes.stream().allMatch(o -> o.endsWith("refused")),
          listener.outcomes::toString);
      assertTrue(heap.allocate(1, 0, 1, 0) > 0, "the heap stays usable after the collection");
    }
  }

  @Test
  void bothCallbacksRunInsideAFullCollection() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ForbiddenActions listener = new ForbiddenActions(heap);
      heap.addListener(listener);
      heap.collectFull();
      heap.removeListener(listener);
      assertTrue(
          listener.outcomes.contains("liveClassIds allocate: refused"),
          listener.outcomes::toString);
      assertTrue(
          listener.outcomes.contains("afterCollection allocate: refused"),
          listener.outcomes::toString);
      assertTrue(
          listener.outcomes.stream().allMatch(o -> o.endsWith("refused")),
          listener.outcomes::toString);
      heap.collectFull();
      assertTrue(heap.allocate(1, 0, 1, 0) > 0, "the heap stays usable after the collection");
    }
  }

  @Test
  void aThrowingListenerStillEndsThePause() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      GcListener failing =
          new GcListener() {
            @Override
            public void afterCollection(CollectionKind kind, GcStatistics statistics) {
              throw new IllegalArgumentException("listener failed");
            }
          };
      heap.addListener(failing);
      assertThrows(IllegalArgumentException.class, heap::collectYoung);
      heap.removeListener(failing);
      heap.collectYoung();
      assertTrue(heap.allocate(1, 0, 1, 0) > 0, "the pause ended although the listener threw");
    }
  }
}
