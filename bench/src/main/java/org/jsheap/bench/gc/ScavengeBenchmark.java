package org.jsheap.bench.gc;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
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
 * 48-byte objects, all reachable, and the scavenge copies them all; compare its time with {@code
 * rawCopy}, a {@code MemorySegment.copy} of the same number of bytes, to get the fraction of raw
 * copy bandwidth. {@code mostlyDead}: the young generation is full of garbage with 100 live
 * objects. {@code oldMiB}: old-generation occupancy with no old-to-young pointers, which must not
 * change the scavenge time.
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

  @Param({"0", "64"})
  public int oldMiB;

  Heap heap;
  ValueStack stack;
  Arena arena;
  MemorySegment source;
  MemorySegment target;

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
    // Old-generation ballast: tenured objects with no young references.
    long ballast = (long) oldMiB << 20;
    for (long filled = 0; filled < ballast; filled += 4096) {
      stack.push(ValueCodec.fromReference(heap.allocateTenured(2, 0, 8, 4096 - 80)));
    }
    arena = Arena.ofConfined();
    source = arena.allocate(LIVE_BYTES, 8);
    target = arena.allocate(LIVE_BYTES, 8);
    for (long i = 0; i < LIVE_BYTES; i += 8) {
      source.set(JAVA_LONG, i, i);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    heap.close();
    arena.close();
  }

  @State(Scope.Thread)
  public static class FullSurvival {
    int base;

    /** Fills the young generation with a linked list of LIVE_BYTES, rooted on the stack. */
    @Setup(Level.Invocation)
    public void fill(ScavengeBenchmark b) {
      b.heap.collectYoung(); // empties the nursery (previous list is dropped below)
      base = b.stack.size();
      b.stack.push(ValueCodec.UNDEFINED);
      long objects = LIVE_BYTES / (16 + 8 * OBJECT_SLOTS);
      for (long i = 0; i < objects; i++) {
        long node = b.heap.allocate(1, 0, OBJECT_SLOTS, 0);
        b.heap.setSlot(node, 0, b.stack.get(base));
        b.heap.setSlot(node, 1, ValueCodec.fromInt((int) i));
        b.stack.set(base, ValueCodec.fromReference(node));
      }
    }

    @TearDown(Level.Invocation)
    public void drop(ScavengeBenchmark b) {
      b.stack.setSize(base);
    }
  }

  @State(Scope.Thread)
  public static class MostlyDead {
    int base;

    /** Fills most of the nursery with garbage; 100 objects stay reachable. */
    @Setup(Level.Invocation)
    public void fill(ScavengeBenchmark b) {
      b.heap.collectYoung();
      base = b.stack.size();
      long objects = (12L << 20) / (16 + 8 * OBJECT_SLOTS);
      for (long i = 0; i < objects; i++) {
        long node = b.heap.allocate(1, 0, OBJECT_SLOTS, 0);
        if (i % (objects / 100) == 0) {
          b.stack.push(ValueCodec.fromReference(node));
        }
      }
    }

    @TearDown(Level.Invocation)
    public void drop(ScavengeBenchmark b) {
      b.stack.setSize(base);
    }
  }

  @Benchmark
  public void fullSurvival(FullSurvival state) {
    heap.collectYoung();
  }

  @Benchmark
  public void mostlyDead(MostlyDead state) {
    heap.collectYoung();
  }

  @Benchmark
  public void rawCopy() {
    MemorySegment.copy(source, 0, target, 0, LIVE_BYTES);
  }
}
