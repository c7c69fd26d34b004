package org.jsheap.bench;

import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.jsheap.bench.truffle.BaselineLanguage;
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

/**
 * The peer for JSHeap's object-model benchmarks: a monomorphic property read and write on Truffle's
 * own {@code DynamicObject} through {@code DynamicObjectLibrary}, compiled by Graal. Each
 * invocation crosses the polyglot boundary once and then runs {@link #OPS} accesses in a compiled
 * loop, so the score is the cost of one access plus 1/{@value #OPS} of a call.
 */
@State(Scope.Benchmark)
// Graal's first Truffle compilations take 1-3 s on 2 cores (the compiler warms up too), so warm-up
// is long; the smoke run in `mvn verify` overrides all of this with -f1 -wi1 -i1.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DynamicObjectBaselineBenchmark {
  /** Property accesses per benchmark invocation. */
  static final int OPS = 1000;

  private Engine engine;
  private Context context;
  private Value object;
  private Value getLoop;
  private Value putLoop;

  @Setup(Level.Trial)
  public void setUp() {
    engine = Engine.newBuilder().build();
    OptimizingRuntime.require(engine);
    context = Context.newBuilder(BaselineLanguage.ID).engine(engine).build();
    object = context.eval(BaselineLanguage.ID, "new");
    getLoop = context.parse(BaselineLanguage.ID, "get");
    putLoop = context.parse(BaselineLanguage.ID, "put");
    int sum = getLoop.execute(object, 3).asInt();
    if (sum != 0) {
      throw new IllegalStateException("x starts at 0, but three reads summed to " + sum);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    putLoop.execute(object, 5);
    int sum = getLoop.execute(object, 2).asInt();
    context.close();
    engine.close();
    if (sum != 8) {
      throw new IllegalStateException("after writing 0..4, two reads of x summed to " + sum);
    }
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int monomorphicGet() {
    return getLoop.execute(object, OPS).asInt();
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int monomorphicPut() {
    return putLoop.execute(object, OPS).asInt();
  }
}
