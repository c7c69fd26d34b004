package org.jsheap.tests.js;

/** Describes how two program outputs differ: the first differing line, with context. */
public final class OutputDiff {
  private OutputDiff() {}

  /** Null when equal, else a description whose first line names the first differing line. */
  public static String describe(
      String expectedLabel, String expected, String actualLabel, String actual) {
    if (expected.equals(actual)) {
      return null;
    }
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int line = 0;
    while (line < e.length && line < a.length && e[line].equals(a[line])) {
      line++;
    }
    StringBuilder text = new StringBuilder();
    text.append("output differs at line ").append(line + 1).append(": ");
    text.append(expectedLabel).append(" ").append(quote(e, line));
    text.append(", ").append(actualLabel).append(" ").append(quote(a, line)).append('\n');
    text.append("--- ").append(expectedLabel).append(" ---\n").append(clip(expected));
    text.append("\n--- ").append(actualLabel).append(" ---\n").append(clip(actual)).append('\n');
    return text.toString();
  }

  private static String quote(String[] lines, int i) {
    if (i >= lines.length) {
      return "<end of output>";
    }
    String s = lines[i];
    return "\"" + (s.length() > 100 ? s.substring(0, 100) + "..." : s) + "\"";
  }

  private static String clip(String s) {
    return s.length() > 4000 ? s.substring(0, 4000) + "\n...(clipped)" : s;
  }
}
