package org.jsheap.tests.random;

import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.graalvm.polyglot.Engine;
import org.jsheap.tests.js.ExpectedFailures;
import org.jsheap.tests.js.Languages;
import org.jsheap.tests.js.OutputDiff;
import org.jsheap.tests.js.ProgramRunner;
import org.jsheap.tests.js.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Random differential testing (plain run only: it compares semantics; GC stress is the golden
 * suite's {@code @stress} run): the program of each seed ({@link RandomProgramGenerator}) runs on
 * GraalJS and on the language under test in one {@link Engine}; the outputs must be equal. A seed
 * that differs prints its program. CI runs seeds 1..{@value #DEFAULT_SEEDS}; more on demand with
 * {@code -Djsheap.random.seeds=N} (and {@code -Djsheap.random.firstSeed=S}). Expected failures (by
 * {@code seed-N}): {@code random/expected-failures-<language>.txt}; they apply to the default
 * range.
 */
@Tag("no-stress")
class RandomDifferentialTest {
  static final int DEFAULT_SEEDS = 25;

  private static Engine engine;
  private static ProgramRunner runner;
  private static ExpectedFailures expected;

  @BeforeAll
  static void setUp() {
    engine = Engine.newBuilder().build();
    runner = new ProgramRunner(engine);
    expected =
        ExpectedFailures.load(
            TestPaths.resources("random/expected-failures-" + Languages.target() + ".txt"));
  }

  @AfterAll
  static void tearDown() {
    expected.writeIfRegenerating();
    runner.close();
    ProgramRunner.closeEngine(engine);
  }

  @TestFactory
  Stream<DynamicTest> sameOutputAsGraalJs() {
    long first = Long.getLong("jsheap.random.firstSeed", 1);
    long count = Long.getLong("jsheap.random.seeds", DEFAULT_SEEDS);
    return LongStream.range(first, first + count)
        .mapToObj(seed -> DynamicTest.dynamicTest("seed-" + seed, () -> check(seed)));
  }

  private static void check(long seed) {
    String program = RandomProgramGenerator.generate(seed);
    String name = "seed-" + seed + ".js";
    String js = runner.run(Languages.REFERENCE, name, program, Map.of());
    String ours = runner.run(Languages.target(), name, program, Map.of());
    String diff = OutputDiff.describe("graaljs", js, Languages.target(), ours);
    expected.check(
        "seed-" + seed,
        diff == null ? null : diff + "--- program (seed " + seed + ") ---\n" + program);
  }
}
