package org.jsheap.bench.realistic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One realistic golden program (tests/src/test/resources/golden/realistic, copied into the
 * benchmarks jar by bench/pom.xml) and the output GraalJS prints for it (its committed {@code .out}
 * file), so both engines run the same unmodified code and must print the same text.
 *
 * <p>The program runs as the body of a function called at once, {@code (function () { <program>
 * })()}, one {@link org.graalvm.polyglot.Source} evaluated again per benchmark invocation (the
 * engine parses it once and caches its call target): a script with top-level {@code class} or
 * {@code let} declarations cannot be evaluated twice in one context, and a function body can; and
 * our engine does not yet hand functions to the host as executable values.
 */
public record RealisticProgram(String name, String code, String expectedOutput) {
  /** The programs, as in tests/src/test/resources/golden/realistic. */
  public static final String[] NAMES = {
    "binary-trees", "constraint-solver", "json-roundtrip", "ray-tracer", "scheduler", "splay-tree"
  };

  /** Reads program {@code name} and its expected output from the class path. */
  public static RealisticProgram load(String name) {
    return new RealisticProgram(name, resource(name + ".js"), resource(name + ".out"));
  }

  /** The program as a function expression called at once: each evaluation runs it once. */
  public String asCall() {
    return "(function () {\n" + code + "\n})();";
  }

  /** Throws unless {@code output} is the expected output. */
  public void check(String language, String output) {
    if (!expectedOutput.equals(output)) {
      throw new IllegalStateException(
          language
              + " printed a different output for "
              + name
              + " than GraalJS's golden output ("
              + output.length()
              + " vs "
              + expectedOutput.length()
              + " chars); first difference at char "
              + firstDifference(expectedOutput, output));
    }
  }

  static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  private static String resource(String file) {
    String path = "programs/" + file;
    try (InputStream in = RealisticProgram.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/jsheap/bench/realistic/" + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
