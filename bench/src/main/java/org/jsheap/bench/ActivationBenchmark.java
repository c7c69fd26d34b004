package org.jsheap.bench;

import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.jsheap.bench.activation.ActivationBenchLanguage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of keeping an interpreter's reference locals in value-stack activations (GC-safe) rather
 * than in Truffle frame slots (the baseline, not GC-safe), compiled by Graal, on three loops of
 * issue 7 ({@link ActivationBenchLanguage}): {@code calls} (inlined calls passing an object),
 * {@code reads} (a property read of a local) and {@code allocation} (an object allocated per
 * iteration that stores the local). {@link #variant}: {@code frame}, {@code activation} (references
 * cached between collection points) or {@code activation_reload} (the window read at every use).
 * Targets: activation / frame at most 1.2 for calls, 1.05 for reads and allocation.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ActivationBenchmark {
  /** Loop iterations per benchmark invocation. */
  static final int OPS = 1000;

  @Param({"calls", "reads", "allocation"})
  public String loop;

  @Param({"frame", "activation", "activation_reload"})
  public String variant;

  private Engine engine;
  private Context context;
  private Value program;

  @Setup(Level.Trial)
  public void setUp() {
    // One compilation tier: the loops' first compilation already inlines the callee (Tier 1 does
    // not inline), so on a loaded machine the measured code is the final one sooner.
    engine =
        Engine.newBuilder()
            .allowExperimentalOptions(true)
            .option("engine.MultiTier", "false")
            .build();
    OptimizingRuntime.require(engine);
    context = Context.newBuilder(ActivationBenchLanguage.ID).engine(engine).build();
    program = context.parse(ActivationBenchLanguage.ID, loop + "-" + variant);
    check(program.execute(7).asInt(), 7);
  }

  /** Every loop adds the receiver's {@code x} (1) once per iteration. */
  private static void check(int checksum, int iterations) {
    if (checksum != iterations) {
      throw new IllegalStateException(iterations + " iterations summed to " + checksum);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    int checksum = program.execute(OPS).asInt();
    context.close();
    engine.close();
    check(checksum, OPS);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int run() {
    return program.execute(OPS).asInt();
  }
}
