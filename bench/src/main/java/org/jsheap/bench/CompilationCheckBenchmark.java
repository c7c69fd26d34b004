package org.jsheap.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jsheap.bench.realistic.RealisticProgram;
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
 * Fails the run when partial evaluation or compilation of our engine's code bails out: a realistic
 * program runs on an engine that compiles in the foreground, at a low threshold, with {@code
 * engine.CompilationFailureAction=Throw}, so a compilation failure (for example a {@code
 * PermanentBailoutException: Too deep inlining} from a message built without a Truffle boundary,
 * docs/performance.md) is thrown into the program's run and fails the trial. A fallback to the
 * interpreter would otherwise only show as a slow benchmark.
 *
 * <p>Has a {@code program} parameter like {@link RealisticProgramBenchmark}, so the JMH smoke pass
 * ({@code -p program=scheduler}) runs it on one program; a full run checks all of them.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 1, time = 1)
@Fork(1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CompilationCheckBenchmark {
  /** Calls of one function before it is compiled (single tier, foreground). */
  static final String THRESHOLD = "100";

  /** Runs of the program in setup: enough for its hot functions to reach the threshold. */
  static final int SETUP_RUNS = 5;

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

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private RealisticProgram source;
  private Engine engine;
  private Context context;
  private Source run;

  @Setup(Level.Trial)
  public void setUp() {
    source = RealisticProgram.load(program);
    engine =
        Engine.newBuilder()
            .allowExperimentalOptions(true)
            .option("engine.BackgroundCompilation", "false")
            .option("engine.MultiTier", "false")
            .option("engine.SingleTierCompilationThreshold", THRESHOLD)
            .option("engine.CompilationFailureAction", "Throw")
            .build();
    OptimizingRuntime.require(engine);
    context =
        Context.newBuilder("jsheap")
            .engine(engine)
            .out(out)
            .err(out)
            .option("jsheap.GcStress", "none")
            .build();
    run = Source.create("jsheap", source.asCall());
    for (int i = 0; i < SETUP_RUNS; i++) {
      runProgram();
    }
  }

  /** Runs the program once and checks its output; a failed compilation throws out of it. */
  @Benchmark
  public Value runProgram() {
    out.reset();
    Value result = context.eval(run);
    source.check("jsheap", out.toString(StandardCharsets.UTF_8));
    return result;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    context.close();
    engine.close();
  }
}
