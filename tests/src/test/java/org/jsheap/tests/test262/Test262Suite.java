package org.jsheap.tests.test262;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the shared test262 copy is and which tests it holds; the per-directory summary a run
 * prints.
 *
 * <p>The root is, in order: the system property {@code jsheap.test262.root}; the environment
 * variable {@code JSHEAP_TEST262_ROOT}; {@code ../shared/test262} beside the project (the CI
 * layout); the same beside the main checkout when the project is a git worktree elsewhere.
 */
public final class Test262Suite {
  private Test262Suite() {}

  /** The test262 root for the project at {@code project}, or null when none is found. */
  public static Path findRoot(Path project) {
    String property = System.getProperty("jsheap.test262.root");
    if (property != null && !property.isEmpty()) {
      return Path.of(property);
    }
    String env = System.getenv("JSHEAP_TEST262_ROOT");
    if (env != null && !env.isEmpty()) {
      return Path.of(env);
    }
    Path beside = project.toAbsolutePath().normalize().resolveSibling("shared").resolve("test262");
    if (Files.isRegularFile(beside.resolve("tests.txt"))) {
      return beside;
    }
    Path main = mainCheckout(project);
    if (main != null) {
      Path besideMain = main.resolveSibling("shared").resolve("test262");
      if (Files.isRegularFile(besideMain.resolve("tests.txt"))) {
        return besideMain;
      }
    }
    return null;
  }

  /**
   * The main checkout of a git worktree ({@code .git} is a file naming {@code
   * .../.git/worktrees/x}).
   */
  static Path mainCheckout(Path project) {
    Path dotGit = project.resolve(".git");
    if (!Files.isRegularFile(dotGit)) {
      return null;
    }
    try {
      String text = Files.readString(dotGit).strip();
      if (!text.startsWith("gitdir:")) {
        return null;
      }
      Path gitdir = Path.of(text.substring("gitdir:".length()).strip());
      // <main>/.git/worktrees/<name>
      Path git = gitdir.getParent() == null ? null : gitdir.getParent().getParent();
      return git == null ? null : git.getParent();
    } catch (IOException e) {
      return null;
    }
  }

  /** The tests named in {@code list} (one path a line, blank lines and # comments skipped). */
  public static List<String> readList(Path list) {
    try {
      List<String> tests = new ArrayList<>();
      for (String line : Files.readAllLines(list)) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          int space = t.indexOf(' ');
          tests.add(space < 0 ? t : t.substring(0, space));
        }
      }
      return tests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory a test is counted under: the two levels below {@code test/}. */
  public static String directoryOf(String test) {
    String[] parts = test.split("/");
    int from = parts.length > 0 && parts[0].equals("test") ? 1 : 0;
    StringBuilder dir = new StringBuilder();
    for (int i = from; i < Math.min(from + 2, parts.length - 1); i++) {
      dir.append(dir.isEmpty() ? "" : "/").append(parts[i]);
    }
    return dir.isEmpty() ? "." : dir.toString();
  }

  /** {@code directory passed/total} lines, sorted by directory. */
  public static List<String> summary(List<Test262Runner.Outcome> outcomes) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Test262Runner.Outcome o : outcomes) {
      int[] c = counts.computeIfAbsent(directoryOf(o.test()), d -> new int[2]);
      c[0] += o.passed() ? 1 : 0;
      c[1]++;
    }
    List<String> lines = new ArrayList<>();
    counts.forEach((dir, c) -> lines.add(String.format("%-45s %6d/%d", dir, c[0], c[1])));
    return lines;
  }
}
