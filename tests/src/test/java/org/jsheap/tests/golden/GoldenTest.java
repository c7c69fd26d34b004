package org.jsheap.tests.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden suite: every program under {@code golden/} runs on the language under test ({@link
 * Languages#target()}) and must print exactly its {@code .out} file, GraalJS's output. On jsheap
 * each program runs a second time ({@code name@stress}) under GC stress with poisoning and a tiny
 * young generation ({@value #STRESS_OPTIONS}). Expected failures: {@code
 * golden/expected-failures-<language>.txt}.
 *
 * <p>{@code -Djsheap.golden.regenerate=true} rewrites every {@code .out} from GraalJS first.
 *
 * <p>Plain surefire run only ({@code no-stress}): the {@code @stress} variant already runs every
 * program under GC stress, with the language's own option rather than the JVM-wide property.
 */
@Tag("no-stress")
class GoldenTest {
  /** Rewrites the {@code .out} files from GraalJS before checking. */
  static final String REGENERATE_OUTPUT = "jsheap.golden.regenerate";

  /** The context options of the stress run, {@code key=value} separated by {@code ;}. */
  static final String STRESS_OPTIONS = "jsheap.golden.stressOptions";

  static final String DEFAULT_STRESS_OPTIONS =
      "jsheap.GcStress=minor=31,major=211,random=11,verify,poison;jsheap.YoungSize=64k";

  /**
   * The realistic programs allocate millions of objects; with a verified collection every 31
   * allocations (each verification walks the whole heap) a stressed run takes minutes and hits the
   * runner's 60 s limit on a 2-core machine. They keep poisoning, verification and the tiny young
   * generation, with collections sixteen times sparser.
   */
  static final String REALISTIC_STRESS_SPEC = "minor=509,major=3389,random=11,verify,poison";

  private static Engine engine;
  private static ProgramRunner runner;
  private static ProgramRunner stressRunner;
  private static ExpectedFailures expected;

  @BeforeAll
  static void setUp() {
    engine = Engine.newBuilder().build();
    runner = new ProgramRunner(engine);
    stressRunner = new ProgramRunner(null);
    expected =
        ExpectedFailures.load(
            TestPaths.resources("golden/expected-failures-" + Languages.target() + ".txt"));
  }

  @AfterAll
  static void tearDown() {
    expected.writeIfRegenerating();
    runner.close();
    stressRunner.close();
    ProgramRunner.closeEngine(engine);
  }

  static Map<String, String> stressOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (String item : System.getProperty(STRESS_OPTIONS, DEFAULT_STRESS_OPTIONS).split(";")) {
      int eq = item.indexOf('=');
      if (eq > 0) {
        options.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
      }
    }
    return options;
  }

  /** The stress options for one program: realistic programs get a sparser schedule by default. */
  static Map<String, String> stressOptionsFor(GoldenPrograms.Program program) {
    Map<String, String> options = stressOptions();
    if (System.getProperty(STRESS_OPTIONS) == null && program.name().startsWith("realistic/")) {
      options.put("jsheap.GcStress", REALISTIC_STRESS_SPEC);
    }
    return options;
  }

  @TestFactory
  Stream<DynamicNode> golden() throws IOException {
    List<GoldenPrograms.Program> programs = GoldenPrograms.standard().list();
    assertFalse(programs.isEmpty(), "no golden programs found");
    if (Boolean.getBoolean(REGENERATE_OUTPUT)) {
      try (ProgramRunner reference = new ProgramRunner(engine)) {
        for (GoldenPrograms.Program p : programs) {
          String output = reference.run(Languages.REFERENCE, p.name(), p.code(), Map.of());
          Files.writeString(p.outputFile(), output);
        }
      }
    }
    return programs.stream().map(GoldenTest::testsFor);
  }

  private static DynamicNode testsFor(GoldenPrograms.Program program) {
    List<DynamicTest> tests = new ArrayList<>();
    tests.add(DynamicTest.dynamicTest("plain", () -> check(program, program.name(), Map.of())));
    if (Languages.targetIsJsheap()) {
      tests.add(
          DynamicTest.dynamicTest(
              "stress",
              () -> check(program, program.name() + "@stress", stressOptionsFor(program))));
    }
    return DynamicContainer.dynamicContainer(program.name(), tests);
  }

  private static void check(
      GoldenPrograms.Program program, String caseName, Map<String, String> options) {
    String want = program.expectedOutput();
    assertNotNull(
        want, program.outputFile() + " is missing: run with -D" + REGENERATE_OUTPUT + "=true");
    ProgramRunner r = options.isEmpty() ? runner : stressRunner;
    String got = r.run(Languages.target(), program.name(), program.code(), options);
    expected.check(caseName, OutputDiff.describe("expected", want, Languages.target(), got));
  }
}
