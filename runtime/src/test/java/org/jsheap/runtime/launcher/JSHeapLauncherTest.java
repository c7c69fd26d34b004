package org.jsheap.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher against a real language: {@code jsheap} once it is on the class path, GraalJS
 * ({@code js}, test scope) until then. Assertions are about the launcher's contract, not about
 * either language's wording.
 */
class JSHeapLauncherTest {
  static final String LANGUAGE = languageUnderTest();

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  static String languageUnderTest() {
    try (Engine engine = Engine.newBuilder().build()) {
      return engine.getLanguages().containsKey(JSHeapLauncher.LANGUAGE_ID)
          ? JSHeapLauncher.LANGUAGE_ID
          : "js";
    }
  }

  private int run(String... args) {
    return runIn(LANGUAGE, args);
  }

  private int runIn(String language, String... args) {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    return new JSHeapLauncher(language, new ByteArrayInputStream(new byte[0]), o, e).run(args);
  }

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void filesRunInOrderInOneGlobalScope() throws IOException {
    String a = file("a.js", "var x = 20; let y = 2; print('a');\n");
    String b = file("b.js", "print(x + y + 20);\n");
    assertEquals(0, run(a, b), err());
    assertEquals("a\n42\n", out().replace("\r\n", "\n"));
    assertEquals("", err());
  }

  @Test
  void anUncaughtExceptionPrintsLocationMessageAndJsStackAndExitsNonZero() throws IOException {
    String f =
        file(
            "throws.js",
            "function inner() {\n  throw new TypeError('boom here');\n}\n"
                + "function outer() { inner(); }\nouter();\n");
    String later = file("later.js", "print('must not run');\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f, later));
    String[] lines = err().split("\n");
    assertTrue(lines[0].startsWith(f + ":2:"), err());
    assertTrue(lines[0].contains("boom here"), err());
    assertTrue(err().contains("    at inner (" + f + ":2:"), err());
    assertTrue(err().contains("    at outer (" + f + ":4:"), err());
    assertFalse(err().contains(".java"), "no Java frames: " + err());
    assertEquals("", out());
  }

  @Test
  void aRuntimeErrorIsReportedWhereItWasRaised() throws IOException {
    String f =
        file(
            "null.js",
            "function inner(o) {\n  return o.x;\n}\n"
                + "function outer() { return inner(null); }\nouter();\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f));
    String[] lines = err().split("\n");
    assertTrue(lines[0].startsWith(f + ":2:"), err());
    assertTrue(lines[0].contains("TypeError"), err());
    assertTrue(err().contains("    at inner (" + f + ":2:"), err());
    assertTrue(err().contains("    at outer (" + f + ":4:"), err());
    assertFalse(err().contains(".java"), "no Java frames: " + err());
  }

  @Test
  void unboundedRecursionIsAGuestErrorWithoutJavaFrames() throws IOException {
    String f = file("deep.js", "function down(n) { return down(n + 1); }\ndown(0);\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f));
    assertTrue(err().startsWith(f + ":1:"), err());
    assertTrue(err().contains("RangeError"), err());
    assertFalse(err().contains(".java"), err());
  }

  @Test
  void aStackOverflowPrintsAtMostTheFrameLimitAndCountsTheRest() throws IOException {
    String f = file("deep2.js", "function down(n) { return down(n + 1); }\ndown(0);\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f));
    String[] lines = err().split("\n");
    long frames = java.util.Arrays.stream(lines).filter(l -> l.startsWith("    at ")).count();
    assertEquals(org.jsheap.runtime.objects.Errors.FRAME_LIMIT, frames, err());
    assertTrue(lines[lines.length - 1].matches("    \\.\\.\\. [1-9][0-9]* more"), err());
  }

  @Test
  void aThrownNonErrorValueIsReportedToo() throws IOException {
    String f = file("value.js", "print('before');\nthrow 42;\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f));
    assertTrue(err().contains("42"), err());
    assertTrue(err().startsWith(f + ":2:"), err());
    assertEquals("before\n", out());
  }

  @Test
  void aSyntaxErrorPrintsItsPositionAndExitsNonZero() throws IOException {
    String f = file("bad.js", "print('ok');\nvar = ;\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f));
    assertTrue(err().startsWith(f + ":2:"), err());
    assertTrue(err().contains("SyntaxError"), err());
    assertFalse(err().contains(".java"), err());
    assertEquals("", out(), "nothing of a file with a syntax error runs");
  }

  @Test
  void optionsReachTheEngine() throws IOException {
    String f = file("ok.js", "print(1 + 1);\n");
    assertEquals(0, run("--engine.WarnInterpreterOnly=false", f), err());
    assertEquals("2\n", out());
    assertEquals(JSHeapLauncher.EXIT_USAGE, run("--" + LANGUAGE + ".NoSuchOption=1", f));
    assertTrue(err().contains(LANGUAGE + ".NoSuchOption"), err());
    assertEquals("2\n", out(), "no script runs with a bad option");
  }

  @Test
  void anUnreadableFileIsAUsageError() {
    String missing = dir.resolve("missing.js").toString();
    assertEquals(JSHeapLauncher.EXIT_USAGE, run(missing));
    assertTrue(err().contains("cannot read " + missing), err());
  }

  @Test
  void aMalformedCommandLinePrintsUsage() {
    assertEquals(JSHeapLauncher.EXIT_USAGE, run());
    assertTrue(err().contains(JSHeapLauncher.USAGE), err());
  }

  @Test
  void helpListsTheLanguageOptions() {
    assertEquals(0, run("--help"), err());
    assertTrue(out().contains("--help"), out());
    assertTrue(out().contains("  --" + LANGUAGE + "."), out());
    if (LANGUAGE.equals(JSHeapLauncher.LANGUAGE_ID)) {
      assertTrue(out().contains("--jsheap.MaxHeapSize="), out());
    }
  }

  @Test
  void helpForAMissingLanguageFails() {
    assertEquals(JSHeapLauncher.EXIT_USAGE, runIn("no-such-language", "--help"));
    assertTrue(err().contains("not installed"), err());
  }

  @Test
  void aMissingLanguageIsAUsageError() throws IOException {
    String f = file("ok.js", "print(1);\n");
    assertEquals(JSHeapLauncher.EXIT_USAGE, runIn("no-such-language", f));
    assertTrue(err().contains("no-such-language"), err());
  }

  @Test
  void aBadOptionValueIsAUsageErrorWithoutAJavaStackTrace() throws IOException {
    String f = file("ok.js", "print(1);\n");
    String option =
        LANGUAGE.equals(JSHeapLauncher.LANGUAGE_ID)
            ? "--jsheap.YoungSize=16k"
            : "--js.ecmascript-version=banana";
    assertEquals(JSHeapLauncher.EXIT_USAGE, run(option, f));
    assertTrue(err().startsWith("jsheap: "), err());
    assertFalse(err().contains("\tat "), err());
    assertEquals("", out());
  }

  @Test
  void aSyntaxErrorPrintsItsPositionOnce() throws IOException {
    String f = file("twice.js", "print('ok');\nvar = ;\n");
    assertEquals(JSHeapLauncher.EXIT_GUEST_ERROR, run(f));
    String first = err().lines().findFirst().orElse("");
    if (LANGUAGE.equals(JSHeapLauncher.LANGUAGE_ID)) {
      assertEquals(first.indexOf(":2:"), first.lastIndexOf(":2:"), first);
      assertTrue(first.startsWith(f + ":2:5: SyntaxError: "), first);
    }
  }

  @Test
  void anUnparsableSizeNamesTheOptionWithoutAJavaClassName() throws IOException {
    String f = file("ok.js", "print(1);\n");
    if (!LANGUAGE.equals(JSHeapLauncher.LANGUAGE_ID)) {
      return;
    }
    assertEquals(JSHeapLauncher.EXIT_USAGE, run("--jsheap.YoungSize=banana", f));
    assertTrue(err().startsWith("jsheap: "), err());
    assertTrue(err().contains("--jsheap.YoungSize: not a size: banana"), err());
    assertFalse(err().contains("java.lang"), err());
    assertFalse(err().contains("\tat "), err());
    assertEquals("", out());
  }

  @Test
  void aYoungSizeAboveTheHeapSizeNamesBothOptions() throws IOException {
    String f = file("ok.js", "print(1);\n");
    if (!LANGUAGE.equals(JSHeapLauncher.LANGUAGE_ID)) {
      return;
    }
    assertEquals(
        JSHeapLauncher.EXIT_USAGE, run("--jsheap.YoungSize=64m", "--jsheap.MaxHeapSize=8m", f));
    assertTrue(err().contains("--jsheap.MaxHeapSize=8m"), err());
    assertTrue(err().contains("--jsheap.YoungSize=64m"), err());
    assertFalse(err().contains("java.lang"), err());
    assertEquals("", out());
  }

  @Test
  void firstLineDropsAJavaExceptionClassName() {
    assertEquals("bad: x", JSHeapLauncher.firstLine("java.lang.IllegalArgumentException: bad: x"));
    assertEquals("TypeError: y", JSHeapLauncher.firstLine("TypeError: y\n  more"));
    assertEquals("", JSHeapLauncher.firstLine(null));
  }

  @Test
  void stackLinesInAMessageAreDroppedBecauseTheFramesFollow() {
    assertEquals(
        "TypeError: boom\nsecond line",
        ErrorReport.withoutStackLines(
            "TypeError: boom\n    at f (a.js:1)\nsecond line\n  at g (b.js)"));
    assertEquals("", ErrorReport.withoutStackLines(null));
  }
}
