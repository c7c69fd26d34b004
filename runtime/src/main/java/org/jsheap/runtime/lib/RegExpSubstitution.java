package org.jsheap.runtime.lib;

import java.util.function.Function;

/**
 * GetSubstitution (ECMA-262 22.1.3.19.1): the {@code $} patterns of a replacement template, as in
 * ES2023: {@code $$}, {@code $&}, {@code $`}, {@code $'}, {@code $n} and {@code $nn} (two digits
 * first when that group exists), {@code $<name>} (only when the expression has named groups). Also
 * AdvanceStringIndex.
 */
public final class RegExpSubstitution {
  private RegExpSubstitution() {}

  /**
   * The replacement text.
   *
   * @param matched the matched substring
   * @param str the input
   * @param position where the match starts
   * @param captures groups 1..m (null for a group that did not participate)
   * @param namedCaptures a group name to its capture (null if it did not participate or does not
   *     exist), or null if the expression has no named groups
   * @param template the replacement template
   */
  public static String substitute(
      String matched,
      String str,
      int position,
      String[] captures,
      Function<String, String> namedCaptures,
      String template) {
    int dollar = template.indexOf('$');
    if (dollar < 0) {
      return template;
    }
    StringBuilder out = new StringBuilder(template.length() + matched.length());
    out.append(template, 0, dollar);
    int m = captures.length;
    int i = dollar;
    int length = template.length();
    while (i < length) {
      char c = template.charAt(i);
      if (c != '$' || i + 1 == length) {
        out.append(c);
        i++;
        continue;
      }
      char next = template.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '&') {
        out.append(matched);
        i += 2;
      } else if (next == '`') {
        out.append(str, 0, Math.min(position, str.length()));
        i += 2;
      } else if (next == '\'') {
        int tail = Math.min(position + matched.length(), str.length());
        out.append(str, tail, str.length());
        i += 2;
      } else if (next >= '0' && next <= '9') {
        int one = next - '0';
        int two =
            i + 2 < length && isDigit(template.charAt(i + 2))
                ? one * 10 + (template.charAt(i + 2) - '0')
                : -1;
        if (two >= 1 && two <= m) {
          appendCapture(out, captures[two - 1]);
          i += 3;
        } else if (one >= 1 && one <= m) {
          appendCapture(out, captures[one - 1]);
          i += 2;
        } else {
          out.append('$');
          i++;
        }
      } else if (next == '<' && namedCaptures != null) {
        int close = template.indexOf('>', i + 2);
        if (close < 0) {
          out.append('$');
          i++;
        } else {
          appendCapture(out, namedCaptures.apply(template.substring(i + 2, close)));
          i = close + 1;
        }
      } else {
        out.append('$');
        i++;
      }
    }
    return out.toString();
  }

  private static void appendCapture(StringBuilder out, String capture) {
    if (capture != null) {
      out.append(capture);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** AdvanceStringIndex: past a surrogate pair when {@code unicode}, else by one code unit. */
  public static int advance(String s, int index, boolean unicode) {
    if (!unicode
        || index + 1 >= s.length()
        || !Character.isHighSurrogate(s.charAt(index))
        || !Character.isLowSurrogate(s.charAt(index + 1))) {
      return index + 1;
    }
    return index + 2;
  }
}
