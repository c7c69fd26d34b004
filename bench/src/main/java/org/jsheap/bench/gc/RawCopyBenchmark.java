package org.jsheap.bench.gc;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** The raw copy bandwidth the scavenger is compared with: {@code MemorySegment.copy} of 4 MiB. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RawCopyBenchmark {
  Arena arena;
  MemorySegment source;
  MemorySegment target;

  @Setup(Level.Trial)
  public void setUp() {
    arena = Arena.ofConfined();
    source = arena.allocate(ScavengeBenchmark.LIVE_BYTES, 8);
    target = arena.allocate(ScavengeBenchmark.LIVE_BYTES, 8);
    for (long i = 0; i < ScavengeBenchmark.LIVE_BYTES; i += 8) {
      source.set(JAVA_LONG, i, i);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    arena.close();
  }

  @Benchmark
  public void rawCopy() {
    MemorySegment.copy(source, 0, target, 0, ScavengeBenchmark.LIVE_BYTES);
  }
}
