package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The RegExp algorithms over a {@code java.util.regex} stand-in for the engine (patterns here are
 * written so both dialects agree); expectations printed by GraalJS 25.0.1 for the same calls.
 */
class RegExpAlgorithmsTest {

  /** java.util.regex as a {@link RegexMatcher}: search, or match at the index when sticky. */
  record JavaMatcher(Pattern pattern, boolean sticky) implements RegexMatcher {
    static JavaMatcher of(String regex, String flags) {
      RegExpFlags f = RegExpFlags.parse(flags);
      int javaFlags = f.ignoreCase() ? Pattern.CASE_INSENSITIVE : 0;
      return new JavaMatcher(Pattern.compile(regex, javaFlags), f.sticky());
    }

    @Override
    public int[] exec(String input, int from) {
      Matcher m = pattern.matcher(input);
      m.region(from, input.length());
      m.useTransparentBounds(true).useAnchoringBounds(false);
      if (!(sticky ? m.lookingAt() : m.find())) {
        return null;
      }
      int[] result = new int[2 * (m.groupCount() + 1)];
      for (int g = 0; g <= m.groupCount(); g++) {
        result[2 * g] = m.start(g);
        result[2 * g + 1] = m.end(g);
      }
      return result;
    }

    @Override
    public int groupCount() {
      return pattern.matcher("").groupCount() + 1;
    }

    @Override
    public Map<String, Integer> groupNames() {
      return new LinkedHashMap<>(pattern.namedGroups());
    }
  }

  private static List<String> split(String s, String regex, String flags, long limit) {
    return RegExpAlgorithms.split(
        JavaMatcher.of(regex, flags), s, limit, RegExpFlags.parse(flags).fullUnicode());
  }

  private static String replace(String s, String regex, String flags, String template) {
    return RegExpAlgorithms.replace(
            JavaMatcher.of(regex, flags), s, 0, RegExpFlags.parse(flags), template, null)
        .result();
  }

  @Test
  void split() {
    long all = 4294967295L;
    assertEquals(List.of("a", "b", "c", ""), split("a1b22c333", "\\d+", "", all));
    assertEquals(List.of("a", "1", "b", "2", "c", "3", ""), split("a1b22c333", "(\\d)+", "", all));
    assertEquals(List.of("a", "b", "c"), split("abc", "(?:)", "", all));
    assertEquals(List.of(""), split("", "x", "", all));
    assertEquals(List.of(), split("", "(?:)", "", all));
    assertEquals(List.of("a", "b"), split("a,b,,c", ",", "", 2));
    assertEquals(List.of(), split("a,b", ",", "", 0));
    assertEquals(Arrays.asList("a", "b", null, "c"), split("abc", "(b)|(x)", "", all));
    assertEquals(List.of("a", "b"), split("abc", "(b)", "", 2));
    assertEquals(List.of("", "es", ""), split("test", "t", "", all));
    assertEquals(List.of("\ud83d\ude00", "x"), split("\ud83d\ude00x", "(?:)", "u", all));
    assertEquals(List.of("\ud83d", "\ude00", "x"), split("\ud83d\ude00x", "(?:)", "", all));
  }

  @Test
  void replaceWithTemplates() {
    assertEquals("Smith, John", replace("John Smith", "(\\w+)\\s(\\w+)", "", "$2, $1"));
    assertEquals("[a][a][a]", replace("aaa", "a", "g", "[$&]"));
    assertEquals("a[a|c]c", replace("abc", "b", "", "[$`|$']"));
    assertEquals("a$-$0-$3-$10-$01c", replace("abc", "b", "", "$$-$0-$3-$10-$01"));
    assertEquals(
        "k-j-ab-k1-$00l",
        replace("abcdefghijkl", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "", "$11-$10-$1$2-$111-$00"));
    assertEquals(
        "10/03/2024 | $<",
        replace(
            "2024-03-10", "(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)", "", "$<d>/$<m>/$<y> $<nope>| $<"));
    assertEquals("a$<x>c", replace("abc", "b", "", "$<x>"));
    assertEquals("-a-a-a-", replace("aaa", "(?:)", "g", "-"));
    assertEquals("-\ud83d\ude00-", replace("\ud83d\ude00", "(?:)", "gu", "-"));
    assertEquals("-\ud83d-\ude00-", replace("\ud83d\ude00", "(?:)", "g", "-"));
    assertEquals("abcabc", replace("abcabc", "b", "y", "X"));
    assertEquals("Xabc", replace("babc", "b", "gy", "X"));
    assertEquals("x$", replace("x", "x", "", "$&$"));
  }

  @Test
  void replaceWithFunctionAndLastIndex() {
    RegExpAlgorithms.ReplaceResult r =
        RegExpAlgorithms.replace(
            JavaMatcher.of("x", "gi"),
            "aXbX",
            7,
            RegExpFlags.parse("gi"),
            null,
            (m, s) -> "(" + s.substring(m[0], m[1]) + m[0] + s.length() + ")");
    assertEquals("a(X14)b(X34)", r.result());
    assertEquals(0, r.lastIndex());
    r =
        RegExpAlgorithms.replace(
            JavaMatcher.of("(z)?b", ""),
            "abc",
            5,
            RegExpFlags.NONE,
            null,
            (m, s) -> "[" + RegExpAlgorithms.group(m, s, 1) + "," + m[0] + "]");
    assertEquals("a[null,1]c", r.result());
    assertEquals(-1, r.lastIndex());
    r =
        RegExpAlgorithms.replace(
            JavaMatcher.of("a", "y"), "aba", 2, RegExpFlags.parse("y"), "X", null);
    assertEquals("abX", r.result());
    assertEquals(3, r.lastIndex());
  }

  @Test
  void execLastIndexRules() {
    RegExpAlgorithms.ExecResult r =
        RegExpAlgorithms.exec(JavaMatcher.of("a", "g"), "aaa", 5, RegExpFlags.parse("g"));
    assertNull(r.match());
    assertEquals(0, r.lastIndex());
    r = RegExpAlgorithms.exec(JavaMatcher.of("a", "y"), "aba", 1, RegExpFlags.parse("y"));
    assertNull(r.match());
    assertEquals(0, r.lastIndex());
    r = RegExpAlgorithms.exec(JavaMatcher.of("a", "y"), "aba", 2, RegExpFlags.parse("y"));
    assertEquals(2, r.match()[0]);
    assertEquals(3, r.lastIndex());
    r = RegExpAlgorithms.exec(JavaMatcher.of("a", ""), "aba", 2, RegExpFlags.NONE);
    assertEquals(0, r.match()[0]);
    assertEquals(-1, r.lastIndex());
    r = RegExpAlgorithms.exec(JavaMatcher.of("x", ""), "aba", 0, RegExpFlags.NONE);
    assertNull(r.match());
    assertEquals(-1, r.lastIndex());
    assertArrayEquals(
        new String[] {"1"},
        RegExpAlgorithms.captures(JavaMatcher.of("(\\d)", "").exec("a1", 0), "a1"));
  }

  @Test
  void matchSearchAndStringReplace() {
    assertEquals(
        List.of("1", "2"),
        RegExpAlgorithms.matchAll(JavaMatcher.of("\\d", "g"), "a1b2", RegExpFlags.parse("g")));
    assertEquals(
        List.of(),
        RegExpAlgorithms.matchAll(JavaMatcher.of("x", "g"), "ab", RegExpFlags.parse("g")));
    assertEquals(
        List.of("", "", ""),
        RegExpAlgorithms.matchAll(JavaMatcher.of("(?:)", "g"), "ab", RegExpFlags.parse("g")));
    assertEquals(1, RegExpAlgorithms.search(JavaMatcher.of("b", "i"), "aBc"));
    assertEquals(-1, RegExpAlgorithms.search(JavaMatcher.of("z", ""), "aBc"));
    assertEquals("x[yxz$]z", RegExpAlgorithms.replaceString("xyz", "y", false, "[$&$`$'$$]", null));
    assertEquals("a.!b.!c", RegExpAlgorithms.replaceString("a.b.c", ".", true, "$&!", null));
    assertEquals("-a-b-c-", RegExpAlgorithms.replaceString("abc", "", true, "-", null));
    assertEquals("-abc", RegExpAlgorithms.replaceString("abc", "", false, "-", null));
    assertEquals("abc", RegExpAlgorithms.replaceString("abc", "z", true, "-", null));
    assertEquals(
        "a<1>c",
        RegExpAlgorithms.replaceString("abc", "b", false, null, (m, s) -> "<" + m[0] + ">"));
  }

  @Test
  void flagsAndSource() {
    assertEquals("dgimsuy", RegExpFlags.parse("gimsuyd").toString());
    assertEquals("v", RegExpFlags.parse("v").toString());
    assertEquals(true, RegExpFlags.parse("v").fullUnicode());
    assertEquals("", RegExpFlags.NONE.toString());
    assertEquals(
        "Repeated RegExp flag: g",
        assertThrows(RegExpFlags.InvalidFlagsException.class, () -> RegExpFlags.parse("gg"))
            .getMessage());
    assertEquals(
        "Invalid regular expression flags",
        assertThrows(RegExpFlags.InvalidFlagsException.class, () -> RegExpFlags.parse("x"))
            .getMessage());
    assertEquals(
        "Both flags 'u' and 'v' cannot be set at same time",
        assertThrows(RegExpFlags.InvalidFlagsException.class, () -> RegExpFlags.parse("uv"))
            .getMessage());
    assertEquals("a\\/b", RegExpAlgorithms.escapeSource("a/b"));
    assertEquals("\\/", RegExpAlgorithms.escapeSource("\\/"));
    assertEquals("[/]", RegExpAlgorithms.escapeSource("[/]"));
    assertEquals("(?:)", RegExpAlgorithms.escapeSource(""));
    assertEquals("\\n", RegExpAlgorithms.escapeSource("\n"));
    assertEquals("a\\r\\u2028\\u2029", RegExpAlgorithms.escapeSource("a\r\u2028\u2029"));
    assertEquals("\\n", RegExpAlgorithms.escapeSource("\\\n"));
  }
}
