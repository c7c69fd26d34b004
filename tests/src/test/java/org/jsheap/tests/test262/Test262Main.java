package org.jsheap.tests.test262;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsheap.tests.js.ExpectedFailures;
import org.jsheap.tests.js.Languages;

/**
 * {@code bin/test262 [--language jsheap|js] [--root DIR] [--list FILE] [--write-list FILE] [--tests
 * FILE] [--filter PREFIX]}: runs test262 (every test of {@code tests.txt}, or of {@code --tests
 * FILE}, or those under {@code --filter PREFIX}), lists the failures, prints a pass count per
 * directory and last {@code test262: P/N passed}.
 *
 * <p>{@code --list FILE} is a committed list of expected failures: the exit status is 1 when a test
 * fails that the list does not name (a regression); tests the list names that pass now are
 * reported. {@code --write-list FILE} writes this run's failures in the same format.
 */
public final class Test262Main {
  private Test262Main() {}

  /** Entry point; see the class comment. */
  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) throws IOException {
    String language = Languages.target();
    Path root = null;
    Path list = null;
    Path writeList = null;
    Path tests = null;
    String filter = "";
    long timeout = Test262Runner.DEFAULT_TIME_LIMIT_SECONDS;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--language" -> language = value;
        case "--root" -> root = Path.of(value);
        case "--list" -> list = Path.of(value);
        case "--write-list" -> writeList = Path.of(value);
        case "--tests" -> tests = Path.of(value);
        case "--filter" -> filter = value;
        case "--timeout" -> timeout = Long.parseLong(value);
        default -> {
          out.println("test262: unknown argument " + args[i]);
          out.println(
              "usage: bin/test262 [--language jsheap|js] [--root DIR] [--list FILE]"
                  + " [--write-list FILE] [--tests FILE] [--filter PREFIX] [--timeout SECONDS]");
          return 2;
        }
      }
      i++;
      if (value == null) {
        out.println("test262: " + args[i - 1] + " needs a value");
        return 2;
      }
    }
    if (root == null) {
      root = Test262Suite.findRoot(Path.of(System.getProperty("jsheap.project.root", ".")));
    }
    if (root == null || !Files.isRegularFile(root.resolve("tests.txt"))) {
      out.println("test262: no test262 copy found (give --root DIR)");
      return 2;
    }
    List<String> selected = new ArrayList<>();
    for (String t : Test262Suite.readList(tests != null ? tests : root.resolve("tests.txt"))) {
      if (t.startsWith(filter)) {
        selected.add(t);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    if (list != null && Files.exists(list)) {
      ExpectedFailures.load(list).names().forEach(n -> expected.put(n, ""));
    }
    List<Test262Runner.Outcome> outcomes = new ArrayList<>();
    int unexpected = 0;
    List<String> nowPassing = new ArrayList<>();
    long start = System.nanoTime();
    try (Test262Runner runner = new Test262Runner(language, root, timeout)) {
      for (String t : selected) {
        Test262Runner.Outcome o = runner.run(t);
        outcomes.add(o);
        if (!o.passed()) {
          boolean listed = expected.containsKey(t);
          unexpected += listed ? 0 : 1;
          out.println((listed ? "FAIL (expected) " : "FAIL ") + t + ": " + o.failure());
        } else if (expected.containsKey(t)) {
          nowPassing.add(t);
        }
      }
    }
    Test262Suite.summary(outcomes).forEach(out::println);
    for (String t : nowPassing) {
      out.println("now passing (remove from " + list + "): " + t);
    }
    if (writeList != null) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "# test262 failures of " + language + " (bin/test262 --write-list); name then reason");
      for (Test262Runner.Outcome o : outcomes) {
        if (!o.passed()) {
          lines.add(o.test() + "  " + o.failure());
        }
      }
      Files.write(writeList, lines);
    }
    long passed = outcomes.stream().filter(Test262Runner.Outcome::passed).count();
    out.printf(
        "language %s, %d s%s%n",
        language,
        (System.nanoTime() - start) / 1_000_000_000L,
        list == null ? "" : ", " + unexpected + " unexpected failures");
    out.println("test262: " + passed + "/" + outcomes.size() + " passed");
    return list != null && unexpected > 0 ? 1 : 0;
  }
}
