package org.jsheap.bench.gc;

import java.util.concurrent.TimeUnit;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Small-object allocation rate: a 32-byte object (header + two tagged slots) on our heap, against
 * {@code new} of a Java object of the same size in the same JVM. Every object dies young, so the
 * cost includes the (cheap, nothing survives) scavenges, as the Java side includes its young GCs.
 * {@link EpsilonAllocationBenchmark} runs the Java side with no collector at all, the ceiling.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AllocationBenchmark {
  static final int BATCH = 1000;

  /** A Java object of 32 bytes with compressed class pointers: 12-byte header, 2 x 8 fields. */
  static final class JavaNode {
    long left;
    long right;

    JavaNode(long left, long right) {
      this.left = left;
      this.right = right;
    }
  }

  Heap heap;

  @Setup(Level.Trial)
  public void setUp() {
    heap =
        Heap.create(
            HeapConfig.builder()
                .maxHeapBytes(64L << 20)
                .semispaceBytes(8L << 20)
                .stress(StressMode.NONE)
                .build());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    heap.close();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void offHeapAllocate(Blackhole bh) {
    Heap h = heap;
    for (int i = 0; i < BATCH; i++) {
      bh.consume(h.allocate(1, 0, 2, 0));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void javaNew(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      bh.consume(new JavaNode(i, i));
    }
  }
}
