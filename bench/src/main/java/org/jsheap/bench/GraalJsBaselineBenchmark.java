package org.jsheap.bench;

import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
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
 * The JavaScript peer: the same monomorphic property read and write loops as {@link
 * DynamicObjectBaselineBenchmark}, written in JS and run by GraalJS in the same engine layout.
 */
@State(Scope.Benchmark)
// GraalJS's loop took 10 s to reach its first `opt done` on a busy 2-core machine, so warm-up is
// longer than for the DynamicObject baseline; the smoke run in `mvn verify` uses -f1 -wi1 -i1.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GraalJsBaselineBenchmark {
  /** Property accesses per benchmark invocation. */
  static final int OPS = 1000;

  private static final String LOOPS =
      """
      ({
        make() { return {x: 0}; },
        get(o, n) { let s = 0; for (let i = 0; i < n; i++) { s += o.x; } return s; },
        put(o, n) { for (let i = 0; i < n; i++) { o.x = i; } return n; },
      })
      """;

  private Engine engine;
  private Context context;
  private Value object;
  private Value getLoop;
  private Value putLoop;

  @Setup(Level.Trial)
  public void setUp() {
    engine = Engine.newBuilder().build();
    OptimizingRuntime.require(engine);
    context = Context.newBuilder("js").engine(engine).build();
    Value loops = context.eval("js", LOOPS);
    object = loops.invokeMember("make");
    getLoop = loops.getMember("get");
    putLoop = loops.getMember("put");
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
