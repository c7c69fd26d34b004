package org.jsheap.tests.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
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
 * Differential (plain run only: it compares semantics; GC stress is {@link GoldenTest}'s {@code
 * @stress} run): each golden program runs on GraalJS and on the language under test, in two contexts
 * of one {@link Engine} that holds both languages, and the two outputs must be equal (independently
 * of the committed {@code .out}). A difference is our bug unless documented in docs/runtime.md and
 * listed in {@code golden/expected-failures-differential-<language>.txt}.
 */
@Tag("no-stress")
class DifferentialTest {
  private static Engine engine;
  private static ProgramRunner runner;
  private static ExpectedFailures expected;

  @BeforeAll
  static void setUp() {
    engine = Engine.newBuilder().build();
    runner = new ProgramRunner(engine);
    expected =
        ExpectedFailures.load(
            TestPaths.resources(
                "golden/expected-failures-differential-" + Languages.target() + ".txt"));
  }

  @AfterAll
  static void tearDown() {
    expected.writeIfRegenerating();
    runner.close();
    ProgramRunner.closeEngine(engine);
  }

  @TestFactory
  Stream<DynamicTest> sameOutputAsGraalJs() {
    List<GoldenPrograms.Program> programs = GoldenPrograms.standard().list();
    assertFalse(programs.isEmpty(), "no golden programs found");
    return programs.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.name(),
                    () -> {
                      String js = runner.run(Languages.REFERENCE, p.name(), p.code(), Map.of());
                      String ours = runner.run(Languages.target(), p.name(), p.code(), Map.of());
                      expected.check(
                          p.name(), OutputDiff.describe("graaljs", js, Languages.target(), ours));
                    }));
  }
}
