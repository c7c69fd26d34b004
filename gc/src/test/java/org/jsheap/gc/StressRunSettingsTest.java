package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * Proves that each surefire execution got its settings. The parent pom marks its executions with
 * {@code jsheap.test.run} ({@code plain} or {@code stress}); the stress run must carry a non-empty,
 * valid {@code jsheap.gc.stress} that forces collections, and every test heap must pick it up.
 * Otherwise the "stressed" run would silently repeat the plain one.
 */
class StressRunSettingsTest {
  static final String RUN_PROPERTY = "jsheap.test.run";

  @Test
  void theRunGotItsStressSettings() {
    String run = System.getProperty(RUN_PROPERTY, "");
    String spec = System.getProperty(HeapConfig.STRESS_PROPERTY, "");
    switch (run) {
      case "stress" -> {
        assertFalse(spec.isBlank(), "the stress run has no " + HeapConfig.STRESS_PROPERTY);
        StressMode mode = StressMode.parse(spec); // a malformed spec throws here
        assertTrue(mode.forcesCollections(), "the stress run forces no collections: " + spec);
        assertEquals(mode, HeapConfig.defaults().stress(), "test heaps do not use the spec");
        assertTrue(TestHeaps.stressed());
        try (Heap heap = Heap.create(TestHeaps.small().build())) {
          assertEquals(mode, heap.config().stress());
        }
      }
      case "plain" ->
          assertEquals(
              StressMode.fromSystemProperty(),
              HeapConfig.defaults().stress(),
              "the plain run's heaps do not follow " + HeapConfig.STRESS_PROPERTY);
      default ->
          fail(
              "unknown "
                  + RUN_PROPERTY
                  + " '"
                  + run
                  + "': run the tests through the build (the parent pom sets it per execution),"
                  + " or pass -D"
                  + RUN_PROPERTY
                  + "=plain");
    }
  }
}
