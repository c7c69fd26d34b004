package org.jsheap.runtime.stdlib;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsheap.runtime.lib.RegExpFlags;
import org.jsheap.runtime.lib.RegexMatcher;

/**
 * A JavaScript regular expression compiled to {@code java.util.regex} (docs/runtime.md lists the
 * differences): the JS-only forms are rewritten first ({@code [^]}, {@code []}, {@code $} without
 * the m flag, {@code \0}, the braced unicode escape, and the characters a Java class treats
 * specially).
 */
final class JavaRegex implements RegexMatcher {
  final String source;
  final RegExpFlags flags;
  private final Pattern pattern;
  private final int groups;
  private final Map<String, Integer> names;

  /** A bad pattern, with the message a SyntaxError should carry. */
  static final class BadPattern extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadPattern(String message) {
      super(message, null, false, false);
    }
  }

  JavaRegex(String source, RegExpFlags flags) {
    this.source = source;
    this.flags = flags;
    int f = 0;
    if (flags.ignoreCase()) {
      f |= Pattern.CASE_INSENSITIVE;
      if (flags.fullUnicode()) {
        f |= Pattern.UNICODE_CASE;
      }
    }
    if (flags.multiline()) {
      f |= Pattern.MULTILINE;
    }
    if (flags.dotAll()) {
      f |= Pattern.DOTALL;
    }
    try {
      this.pattern = Pattern.compile(translate(source, flags), f);
    } catch (PatternSyntaxException e) {
      throw new BadPattern(
          "Invalid regular expression: /" + source + "/" + flags + ": " + e.getDescription());
    }
    this.groups = pattern.matcher("").groupCount() + 1;
    this.names = new LinkedHashMap<>();
    pattern.namedGroups().entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .forEach(e -> names.put(e.getKey(), e.getValue()));
  }

  /** JavaScript's WhiteSpace and LineTerminator code points, as class content. */
  private static final String JS_SPACE =
      "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

  /** Rewrites the JS-only syntax into Java syntax. */
  static String translate(String s, RegExpFlags flags) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == '0' && (i + 2 >= s.length() || !Character.isDigit(s.charAt(i + 2)))) {
          out.append("\\x00");
        } else if (n == 'u'
            && flags.fullUnicode()
            && i + 2 < s.length()
            && s.charAt(i + 2) == '{') {
          int close = s.indexOf('}', i + 3);
          if (close < 0) {
            throw new BadPattern("Invalid regular expression: /" + s + "/: Invalid Unicode escape");
          }
          out.append("\\x{").append(s, i + 3, close).append('}');
          i = close;
          continue;
        } else if (n == 'v') {
          out.append("\\x0B");
        } else if (n == 's') {
          out.append(inClass ? JS_SPACE : "[" + JS_SPACE + "]");
        } else if (n == 'S' && !inClass) {
          out.append("[^").append(JS_SPACE).append(']');
        } else {
          out.append(c).append(n);
        }
        i++;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        continue;
      }
      if (c == '[') {
        if (s.startsWith("[^]", i)) {
          out.append("[\\s\\S]");
          i += 2;
        } else if (s.startsWith("[]", i)) {
          out.append("(?!)");
          i += 1;
        } else {
          inClass = true;
          out.append(c);
          if (i + 1 < s.length() && s.charAt(i + 1) == '^') {
            out.append('^');
            i++;
          }
        }
      } else if (c == '$' && !flags.multiline()) {
        out.append("(?![\\s\\S])");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public int[] exec(String input, int from) {
    Matcher m = pattern.matcher(input);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    m.region(from, input.length());
    boolean found = flags.sticky() ? m.lookingAt() : m.find();
    if (!found) {
      return null;
    }
    int[] r = new int[2 * groups];
    for (int g = 0; g < groups; g++) {
      r[2 * g] = m.start(g);
      r[2 * g + 1] = m.end(g);
    }
    return r;
  }

  @Override
  public int groupCount() {
    return groups;
  }

  @Override
  public Map<String, Integer> groupNames() {
    return names;
  }
}
