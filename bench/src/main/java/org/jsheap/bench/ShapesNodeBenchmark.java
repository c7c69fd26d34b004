package org.jsheap.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.jsheap.bench.shapes.DynamicObjectBenchLanguage;
import org.jsheap.bench.shapes.JSHeapBenchLanguage;
import org.jsheap.bench.shapes.NodeProgram;
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
 * JSHeap's property-access nodes ({@code org.jsheap.shapes.nodes}) against Truffle's {@code
 * DynamicObject} through {@code DynamicObjectLibrary}, operation by operation, compiled by Graal:
 * {@link #model} selects the language ({@code jsheap}: {@link JSHeapBenchLanguage}, {@code
 * dynamicobject}: {@link DynamicObjectBenchLanguage}); both run the same {@link NodeProgram}s. Each
 * invocation crosses the polyglot boundary once and runs {@value #OPS} accesses in a compiled loop,
 * so the score is the cost of one access plus 1/{@value #OPS} of a call. Every program's checksum
 * is checked in setup and teardown.
 */
@State(Scope.Benchmark)
// With another build running, the first Tier 2 compilation of a loop arrived after 10 to 16 s
// (TraceCompilation, docs/performance.md), so warm-up is longer than DynamicObjectBaseline's.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ShapesNodeBenchmark {
  /** Property accesses per benchmark invocation. */
  static final int OPS = 1000;

  @Param({"jsheap", "dynamicobject"})
  public String model;

  private Engine engine;
  private Context context;
  private final Map<NodeProgram, Value> programs = new EnumMap<>(NodeProgram.class);

  @Setup(Level.Trial)
  public void setUp() {
    // Experimental engine options may come from system properties (polyglot.engine.*): on a loaded
    // machine, BackgroundCompilation=false makes warm-up wait for each compilation
    // (docs/performance.md, "Object model (shapes) nodes").
    engine = Engine.newBuilder().allowExperimentalOptions(true).build();
    OptimizingRuntime.require(engine);
    String language =
        switch (model) {
          case "jsheap" -> JSHeapBenchLanguage.ID;
          case "dynamicobject" -> DynamicObjectBenchLanguage.ID;
          default -> throw new IllegalArgumentException("model: jsheap or dynamicobject");
        };
    context = Context.newBuilder(language).engine(engine).build();
    for (NodeProgram p : NodeProgram.values()) {
      programs.put(p, context.parse(language, p.source));
    }
    check("setup");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    try {
      check("teardown");
    } finally {
      context.close();
      engine.close();
    }
  }

  /** Runs every program for a few counts and compares its checksum with the expected one. */
  private void check(String when) {
    for (NodeProgram p : NodeProgram.values()) {
      for (int count : new int[] {1, 5, OPS}) {
        int actual = programs.get(p).execute(count).asInt();
        if (actual != p.expected(count)) {
          throw new IllegalStateException(
              String.format(
                  "%s, %s: %s(%d) returned %d, expected %d",
                  when, model, p.source, count, actual, p.expected(count)));
        }
      }
    }
  }

  private int run(NodeProgram p) {
    return programs.get(p).execute(OPS).asInt();
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int monomorphicGet() {
    return run(NodeProgram.MONOMORPHIC_GET);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int monomorphicPut() {
    return run(NodeProgram.MONOMORPHIC_PUT);
  }

  /** {@code x = a or b}, both old objects: the reference write barrier in a compiled loop. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public int monomorphicPutReference() {
    return run(NodeProgram.MONOMORPHIC_PUT_REFERENCE);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int polymorphicGet() {
    return run(NodeProgram.POLYMORPHIC_GET);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int megamorphicGet() {
    return run(NodeProgram.MEGAMORPHIC_GET);
  }

  /** One op is one object allocated with three properties added. */
  @Benchmark
  @OperationsPerInvocation(OPS)
  public int addProperties() {
    return run(NodeProgram.ADD_PROPERTIES);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int prototypeGet() {
    return run(NodeProgram.PROTOTYPE_GET);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int dictionaryGet() {
    return run(NodeProgram.DICTIONARY_GET);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int elementGet() {
    return run(NodeProgram.ELEMENT_GET);
  }

  @Benchmark
  @OperationsPerInvocation(OPS)
  public int elementPut() {
    return run(NodeProgram.ELEMENT_PUT);
  }
}
