package org.jsheap.tests.js;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A committed list of cases a suite expects to fail while the language is incomplete: one case a
 * line, {@code name reason}, {@code #} comments. The list only shrinks: a listed case that passes
 * fails the test (remove it from the list), an unlisted case that fails fails the test, and a
 * listed case that fails is reported as skipped with its reason.
 *
 * <p>With the system property {@value #REGENERATE} set to {@code true}, no case fails: the outcomes
 * are collected and {@link #writeIfRegenerating()} rewrites the list (call it after the suite): the
 * cases that ran get their new outcome, listed cases that did not run stay.
 */
public final class ExpectedFailures {
  /** The system property that regenerates every expected-failures list a suite uses. */
  public static final String REGENERATE = "jsheap.expectedFailures.regenerate";

  private final Path file;
  private final Map<String, String> listed;
  private final Map<String, String> failedNow = new TreeMap<>();
  private final java.util.Set<String> checked = new java.util.HashSet<>();

  /**
   * Cases checked in surefire's GC-stress execution ({@code jsheap.test.run=stress}) carry this
   * suffix, so a case that fails only there is listed apart from the plain run's.
   */
  static final String RUN_SUFFIX =
      "stress".equals(System.getProperty("jsheap.test.run")) ? "@gc-stress-run" : "";

  private ExpectedFailures(Path file, Map<String, String> listed) {
    this.file = file;
    this.listed = listed;
  }

  /** Loads {@code file}; a missing file is an empty list. */
  public static ExpectedFailures load(Path file) {
    Map<String, String> listed = new TreeMap<>();
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.strip();
          if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            continue;
          }
          int space = trimmed.indexOf(' ');
          String name = space < 0 ? trimmed : trimmed.substring(0, space);
          listed.put(name, space < 0 ? "" : trimmed.substring(space).strip());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ExpectedFailures(file, listed);
  }

  /** Whether the suite is regenerating its lists instead of checking them. */
  public static boolean regenerating() {
    return Boolean.getBoolean(REGENERATE);
  }

  /** The listed case names. */
  public synchronized List<String> names() {
    return new ArrayList<>(listed.keySet());
  }

  /**
   * Records the outcome of {@code name} and fails, skips or passes the current test as the class
   * comment says. {@code failure} is null when the case passed, else a multi-line description;
   * {@code reason} is its first line, kept in the list.
   */
  public void check(String caseName, String failure) {
    String name = caseName + RUN_SUFFIX;
    synchronized (this) {
      checked.add(name);
      if (failure != null) {
        failedNow.put(name, oneLine(failure));
      }
    }
    if (regenerating()) {
      return;
    }
    String expected = listed.get(name);
    if (failure == null && expected != null && !expected.startsWith(TIMED_OUT)) {
      Assertions.fail(
          name
              + " passes now but is listed in "
              + file
              + ": remove it from the list (or run with -D"
              + REGENERATE
              + "=true)");
    }
    if (failure != null && expected == null) {
      Assertions.fail(name + " fails and is not listed in " + file + ":\n" + failure);
    }
    Assumptions.assumeTrue(expected == null, () -> "expected failure: " + expected);
  }

  /** Rewrites the list from the recorded outcomes when regenerating; returns whether it did. */
  public synchronized boolean writeIfRegenerating() {
    if (!regenerating()) {
      return false;
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "# Expected failures: one case a line, name then reason. Only shrinks; regenerate with");
    lines.add("# -D" + REGENERATE + "=true (see docs/testing.md).");
    Map<String, String> merged = new TreeMap<>(failedNow);
    listed.forEach(
        (name, reason) -> {
          if (!checked.contains(name)) {
            merged.put(name, reason); // not run this time (another execution, seed or slice)
          }
        });
    merged.forEach((name, reason) -> lines.add(name + "  " + reason));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /**
   * The reason recorded for a case that hit the time limit. Such a case, once listed, may pass
   * without failing the build: how long it takes depends on the machine's load.
   */
  static final String TIMED_OUT = "timed out";

  private static String oneLine(String failure) {
    if (failure.contains(ProgramRunner.TIMEOUT + " after ") || failure.contains("timeout after ")) {
      return TIMED_OUT + " (over the time limit)";
    }
    String first = failure.strip().lines().findFirst().orElse("fails");
    return first.length() > 160 ? first.substring(0, 160) + "..." : first;
  }
}
