package org.jsheap.tests.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsheap.tests.js.ExpectedFailures;
import org.jsheap.tests.js.Languages;
import org.jsheap.tests.js.TestPaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fixed, cheap slice of test262 (every {@value #STRIDE}th test of {@code tests.txt}) on the
 * language under test against the committed list {@code
 * test262/slice-expected-failures-<language>.txt}: fails on any regression (an unlisted failure)
 * and on a listed test that passes now (the list only shrinks; regenerate with {@code
 * -Djsheap.expectedFailures.regenerate=true}). Plain run only: test262 is about semantics, the
 * golden suite covers GC stress. The whole suite: {@code bin/test262}.
 */
@Tag("no-stress")
class Test262SliceTest {
  static final int STRIDE = 25;
  static final long TIME_LIMIT_SECONDS = 10;

  @Test
  void sliceHasNoRegressions() {
    Path root = Test262Suite.findRoot(TestPaths.module().getParent());
    assertNotNull(root, "no test262 copy found: ../shared/test262 beside the project (CI layout)");
    List<String> all = Test262Suite.readList(root.resolve("tests.txt"));
    List<String> slice = new ArrayList<>();
    for (int i = 0; i < all.size(); i += STRIDE) {
      slice.add(all.get(i));
    }
    ExpectedFailures expected =
        ExpectedFailures.load(
            TestPaths.resources("test262/slice-expected-failures-" + Languages.target() + ".txt"));
    List<String> problems = new ArrayList<>();
    int passed = 0;
    try (Test262Runner runner = new Test262Runner(Languages.target(), root, TIME_LIMIT_SECONDS)) {
      for (String test : slice) {
        Test262Runner.Outcome o = runner.run(test);
        passed += o.passed() ? 1 : 0;
        try {
          expected.check(test, o.failure());
        } catch (AssertionError e) {
          problems.add(e.getMessage());
        } catch (org.opentest4j.TestAbortedException e) {
          // listed and still failing: expected
        }
      }
    }
    if (expected.writeIfRegenerating()) {
      return;
    }
    assertTrue(
        problems.isEmpty(),
        problems.size()
            + " of "
            + slice.size()
            + " differ from the list ("
            + passed
            + " passed):\n"
            + String.join("\n", problems));
    assertEquals(slice.size() - expected.names().size(), passed, "passes");
  }
}
