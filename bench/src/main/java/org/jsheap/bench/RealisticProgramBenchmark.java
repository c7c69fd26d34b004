package org.jsheap.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jsheap.bench.realistic.PauseRecorder;
import org.jsheap.bench.realistic.PauseStats;
import org.jsheap.bench.realistic.RealisticProgram;
import org.jsheap.bench.realistic.WarmupCurve;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The realistic golden programs (OS scheduler, constraint solver, splay tree with payloads, ray
 * tracer, binary-trees, JSON round trip) on our engine ({@code jsheap}) and on GraalJS ({@code
 * js}), unmodified, in the same JVM layout on the optimizing runtime. One invocation runs a whole
 * program.
 *
 * <p>Checks: the engine is the optimizing runtime ({@link OptimizingRuntime}); the first run and
 * the last run of every iteration print exactly GraalJS's golden output. Reports, in the fork's
 * output: the first run's time, each iteration's GC pauses (JSHeap's collector and the JVM's G1,
 * from JFR), and at the end the pauses over the measurement iterations and the warm-up curve
 * ({@link WarmupCurve}: time to reach the peak).
 */
@State(Scope.Benchmark)
// A whole program per invocation (2 to 200 ms once compiled); GraalJS and our engine both need
// several seconds of compilation on 2 busy cores before they reach their peak.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealisticProgramBenchmark {
  /** The program (file name without {@code .js} in golden/realistic). */
  @Param({
    "binary-trees",
    "constraint-solver",
    "json-roundtrip",
    "ray-tracer",
    "scheduler",
    "splay-tree"
  })
  public String program;

  /**
   * The engine, by its language id: {@code jsheap} (ours) or {@code js} (GraalJS). JMH orders
   * parameter combinations by parameter name, the first name varying slowest, so {@code program}
   * before {@code vm} runs both engines back to back on each program (interleaved).
   */
  @Param({"jsheap", "js"})
  public String vm;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PauseRecorder recorder = new PauseRecorder();
  private RealisticProgram source;
  private Engine engine;
  private Context context;
  private Source run;
  private WarmupCurve curve;
  private PauseStats measuredJsheap = PauseStats.NONE;
  private PauseStats measuredJvm = PauseStats.NONE;
  private final Map<String, PauseStats> measuredByKind = new TreeMap<>();
  private boolean measuring;

  @Setup(Level.Trial)
  public void setUp() {
    source = RealisticProgram.load(program);
    // Experimental options are allowed so that profiling flags (-Dpolyglot.engine.TraceCompilation
    // and the compiler's tracing options, docs/performance.md) can be passed on the command line.
    engine = Engine.newBuilder().allowExperimentalOptions(true).build();
    OptimizingRuntime.require(engine);
    Context.Builder builder =
        Context.newBuilder(vm).engine(engine).out(out).err(out).allowExperimentalOptions(true);
    if (vm.equals("jsheap")) {
      builder.option("jsheap.GcStress", "none");
    }
    context = builder.build();
    long start = System.nanoTime();
    curve = new WarmupCurve(start);
    run = Source.create(vm, source.asCall());
    runOnce();
    System.out.printf(
        Locale.ROOT,
        "%n[%s on %s: first run (parse and interpreter) %.1f ms]%n",
        program,
        vm,
        (System.nanoTime() - start) / 1e6);
    source.check(vm, output());
  }

  @Setup(Level.Iteration)
  public void startIteration(IterationParams params) {
    measuring = params.getType() == IterationType.MEASUREMENT;
    if (measuring) {
      curve.startMeasuring();
    }
    recorder.start();
  }

  @Benchmark
  public Value runProgram() {
    return runOnce();
  }

  private Value runOnce() {
    out.reset();
    long start = System.nanoTime();
    Value result = context.eval(run);
    long end = System.nanoTime();
    curve.add(end - start, end);
    return result;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    PauseRecorder.Pauses pauses = recorder.stop();
    source.check(vm, output());
    if (measuring) {
      measuredJsheap = measuredJsheap.plus(pauses.jsheap());
      measuredJvm = measuredJvm.plus(pauses.jvm());
      pauses.jsheapByKind().forEach((kind, p) -> measuredByKind.merge(kind, p, PauseStats::plus));
    }
    System.out.printf(Locale.ROOT, " [jsheap gc: %s; JVM gc: %s]", pauses.jsheap(), pauses.jvm());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf(
        Locale.ROOT,
        "%n[%s on %s: %s]%n[%s on %s, measurement iterations: jsheap gc: %s; JVM gc: %s]%n"
            + "[%s on %s, jsheap pauses by kind: %s]%n",
        program,
        vm,
        curve,
        program,
        vm,
        measuredJsheap,
        measuredJvm,
        program,
        vm,
        measuredByKind);
    context.close();
    engine.close();
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
