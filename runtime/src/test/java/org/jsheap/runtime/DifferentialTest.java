package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Realistic programs (src/test/resources/programs, and the library builtins' workout in
 * src/test/resources/library) run on JSHeap and on GraalJS in the same JVM: the printed output must
 * be the same. GraalJS gets a {@code print} that joins its arguments with spaces, as ours does.
 */
class DifferentialTest {
  /** A program by its resource path, e.g. {@code programs/splay.js}. */
  static String program(String path) throws IOException {
    try (InputStream in = DifferentialTest.class.getResourceAsStream("/" + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String runOn(String language, String name, String code) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Context.Builder b =
        Context.newBuilder(language)
            .out(out)
            .err(out)
            .option("engine.WarnInterpreterOnly", "false");
    if (language.equals("js")) {
      b.option("js.print", "true");
    }
    try (Context c = b.build()) {
      c.eval(Source.newBuilder(language, code, name).buildLiteral());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "programs/binary_trees.js",
        "programs/splay.js",
        "programs/scheduler.js",
        "programs/closures_and_strings.js",
        "programs/solver.js",
        "library/library_workout.js"
      })
  void sameOutputAsGraalJs(String name) throws IOException {
    String code = program(name);
    String expected = runOn("js", name, code);
    assertFalse(expected.isEmpty(), "GraalJS printed nothing");
    assertEquals(expected, runOn(JSHeapLanguage.ID, name, code));
  }
}
