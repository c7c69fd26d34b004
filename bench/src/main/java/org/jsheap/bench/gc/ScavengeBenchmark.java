package org.jsheap.bench.gc;

import java.util.concurrent.TimeUnit;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scavenge cost. {@code fullSurvival}: the young generation holds {@link #LIVE_BYTES} of linked
 * 48-byte objects, all reachable, and the scavenge copies them all; compare with {@link
 * RawCopyBenchmark}, a {@code MemorySegment.copy} of the same bytes, for the fraction of raw copy
 * bandwidth. {@code mostlyDead}: 12 MiB of garbage with 100 live objects. {@code empty}: nothing
 * allocated, nothing live: the scavenge's fixed cost (roots, remembered set, statistics, flip), the
 * floor under {@code mostlyDead}. {@code oldMiB}: old- generation occupancy with no old-to-young
 * pointers, which must not change the scavenge time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScavengeBenchmark {
  static final long LIVE_BYTES = 4L << 20;
  static final int OBJECT_SLOTS = 4; // 16 + 32 = 48 bytes
  static final long OBJECT_BYTES = 16 + 8 * OBJECT_SLOTS;

  @Param({"fullSurvival", "mostlyDead", "empty"})
  public String scenario;

  @Param({"0", "64"})
  public int oldMiB;

  Heap heap;
  ValueStack stack;
  int base;

  @Setup(Level.Trial)
  public void setUp() {
    heap =
        Heap.create(
            HeapConfig.builder()
                .maxHeapBytes(256L << 20)
                .semispaceBytes(16L << 20)
                .promotionAge(15)
                .incrementalMarking(false)
                .stress(StressMode.NONE)
                .build());
    stack = heap.newValueStack(1024, 1 << 20);
    // Old-generation ballast: tenured 4 KiB objects with no young references, held by one tenured
    // array (itself held by one root), so the root set does not grow with the ballast.
    int ballast = (int) (((long) oldMiB << 20) / 4096);
    stack.push(ValueCodec.fromReference(heap.allocateTenured(3, 0, Math.max(1, ballast), 0)));
    for (int i = 0; i < ballast; i++) {
      long object = heap.allocateTenured(2, 0, 8, 4096 - 80);
      heap.setSlot(ValueCodec.asReference(stack.get(0)), i, ValueCodec.fromReference(object));
    }
    base = stack.size();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    long old = heap.statistics().oldUsedBytes();
    heap.close();
    if (old > ((long) oldMiB << 20) + (8L << 20)) {
      throw new IllegalStateException("the old generation grew to " + old + " bytes: a leak");
    }
  }

  /** Empties the nursery, then fills it for the scenario; everything is rooted on the stack. */
  @Setup(Level.Invocation)
  public void fill() {
    stack.setSize(base);
    heap.collectYoung();
    if (scenario.equals("fullSurvival")) {
      stack.push(ValueCodec.UNDEFINED);
      for (long i = 0; i < LIVE_BYTES / OBJECT_BYTES; i++) {
        long node = heap.allocate(1, 0, OBJECT_SLOTS, 0);
        heap.setSlot(node, 0, stack.get(base));
        heap.setSlot(node, 1, ValueCodec.fromInt((int) i));
        stack.set(base, ValueCodec.fromReference(node));
      }
    } else if (scenario.equals("mostlyDead")) {
      long objects = (12L << 20) / OBJECT_BYTES;
      for (long i = 0; i < objects; i++) {
        long node = heap.allocate(1, 0, OBJECT_SLOTS, 0);
        if (i % (objects / 100) == 0) {
          stack.push(ValueCodec.fromReference(node));
        }
      }
    }
  }

  @Benchmark
  public void scavenge() {
    heap.collectYoung();
  }
}
