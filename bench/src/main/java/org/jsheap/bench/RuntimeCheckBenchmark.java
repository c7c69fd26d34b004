package org.jsheap.bench;

import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
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

/**
 * Fails loudly when benchmarks are not on the optimizing Truffle runtime, and measures the cost of
 * creating and closing a polyglot context on a shared engine (a lifecycle cost every embedder
 * pays).
 */
@State(Scope.Benchmark)
// Graal's first Truffle compilations take 1-3 s on 2 cores (the compiler warms up too), so warm-up
// is long; the smoke run in `mvn verify` overrides all of this with -f1 -wi1 -i1.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RuntimeCheckBenchmark {
  private Engine engine;

  @Setup(Level.Trial)
  public void setUp() {
    engine = Engine.newBuilder().build();
    OptimizingRuntime.require(engine);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  @Benchmark
  public Context contextCreateClose() {
    Context context = Context.newBuilder().engine(engine).build();
    context.close();
    return context;
  }
}
