package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random mutator programs ({@link RacingMutator}) racing the concurrent marker, each cycle's end
 * checked by the marking validator and the heap verifier (they throw on a missed mark or a broken
 * invariant).
 *
 * <p>CI runs {@link #SEEDS} seeds of {@link #CYCLES} cycles each (a few seconds; fewer nodes in the
 * stressed run). A soak run sets {@code -Djsheap.gc.raceSeeds=N} (see docs/testing.md).
 *
 * <p>The broken-barrier check: {@link #aBrokenBarrierIsCaught} runs the same program with {@link
 * Marker#breakBarrierForTesting} on, and must see a {@link HeapVerificationError} ("marking missed
 * reachable old object ...", or a dangling reference left in a floating black holder once the
 * missed object was swept) within its budget of 20 seeds of 4 cycles; on the loaded 2-core machine
 * it is caught within about a second.
 */
class ConcurrentMarkingRaceTest {
  static final int SEEDS = Integer.getInteger("jsheap.gc.raceSeeds", 12);
  static final int CYCLES = 4;
  private static final int NODES = TestHeaps.scaled(20_000, 2_000);
  private static final int OPS_PER_CYCLE = TestHeaps.scaled(200_000, 5_000);

  static HeapConfig concurrentHeap() {
    HeapConfig.Builder b =
        TestHeaps.small()
            .maxHeapBytes(32 * TestHeaps.MIB)
            .semispaceBytes(256 * TestHeaps.KIB)
            .marking(MarkingMode.CONCURRENT);
    if (!TestHeaps.stressed()) {
      b.stress(StressMode.verifyOnly()); // the validator after every marking
    }
    return b.build();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomProgramsRacingTheMarker(long seed) {
    try (Heap heap = Heap.create(concurrentHeap())) {
      assumeTrue(heap.markingMode() == MarkingMode.CONCURRENT, "one processor: no marker thread");
      RacingMutator program = new RacingMutator(heap, seed);
      program.build(NODES);
      for (int c = 0; c < CYCLES; c++) {
        program.runCycle(OPS_PER_CYCLE, 1e-5);
      }
      assertTrue(program.cyclesEnded >= CYCLES, "cycles ended: " + program.cyclesEnded);
      assertFalse(heap.markerThreadRunning(), "the marker thread ends with its cycle");
      heap.verify();
    }
  }

  @Test
  void aBrokenBarrierIsCaught() {
    assumeTrue(
        !TestHeaps.stressed(), "forced full collections leave the race too little room to show");
    int caught = 0;
    long cycles = 0;
    for (long seed = 1; seed <= 20 && caught == 0; seed++) {
      try (Heap heap = Heap.create(concurrentHeap())) {
        assumeTrue(heap.markingMode() == MarkingMode.CONCURRENT, "one processor");
        RacingMutator program = new RacingMutator(heap, seed);
        program.build(NODES);
        heap.marker().breakBarrierForTesting(true);
        for (int c = 0; c < CYCLES && caught == 0; c++) {
          try {
            program.runCycle(OPS_PER_CYCLE, 0);
            cycles++;
          } catch (HeapVerificationError e) {
            // The validator's "marking missed reachable old object", or the verifier's dangling
            // reference from a floating black holder to the missed object that the sweep freed.
            assertTrue(
                e.getMessage().contains("marking missed")
                    || e.getMessage().contains("not a live object start"),
                e.getMessage());
            caught++;
          }
        }
      }
    }
    assertEquals(1, caught, "no missed mark in " + cycles + " cycles with the barrier broken");
  }
}
