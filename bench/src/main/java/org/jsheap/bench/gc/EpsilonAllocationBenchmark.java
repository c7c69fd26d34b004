package org.jsheap.bench.gc;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ceiling for allocation: Java {@code new} under Epsilon, the JVM's allocation-only collector
 * (TLAB bump, never collects). The heap is pre-touched, otherwise every allocation would pay for a
 * fresh page's first-touch fault and Epsilon would look slower than G1; the run is short so that it
 * fits in the fork's 8 GiB heap.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 50, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 50, timeUnit = TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-XX:+UnlockExperimentalVMOptions",
      "-XX:+UseEpsilonGC",
      "-Xms8g",
      "-Xmx8g",
      "-XX:+AlwaysPreTouch"
    })
public class EpsilonAllocationBenchmark {
  @Benchmark
  @OperationsPerInvocation(AllocationBenchmark.BATCH)
  public void javaNewEpsilon(Blackhole bh) {
    for (int i = 0; i < AllocationBenchmark.BATCH; i++) {
      bh.consume(new AllocationBenchmark.JavaNode(i, i));
    }
  }
}
