package org.jsheap.runtime.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The RegExp algorithms between the engine ({@link RegexMatcher}) and the heap: RegExpBuiltinExec's
 * {@code lastIndex} rules, {@code @@split}, {@code @@replace} (template or function),
 * {@code @@match} with {@code g}, {@code @@search}, and String.prototype.replace/replaceAll with a
 * string pattern. The runtime reads and writes {@code lastIndex} (ToLength, Set) and builds result
 * arrays; everything here works on Java strings and index arrays, so no heap reference is held.
 */
public final class RegExpAlgorithms {
  private RegExpAlgorithms() {}

  /**
   * The outcome of an exec.
   *
   * @param match the match (see {@link RegexMatcher#exec}), or null
   * @param lastIndex the value to store in {@code lastIndex}, or -1 to leave it alone
   */
  public record ExecResult(int[] match, long lastIndex) {}

  /**
   * The function replacer: called once per match, in order, after all matches are found. Arguments
   * for the JS call are the matched string, the captures, the position, the input and (with named
   * groups) the groups object, all derivable from {@code match}.
   */
  @FunctionalInterface
  public interface ReplaceFunction {
    /** The replacement for {@code match} in {@code input} (ToString of the call's result). */
    String replace(int[] match, String input);
  }

  /**
   * The outcome of a replace.
   *
   * @param result the new string
   * @param lastIndex the value to store in {@code lastIndex}, or -1 to leave it alone
   */
  public record ReplaceResult(String result, long lastIndex) {}

  /**
   * RegExpBuiltinExec: {@code lastIndex} is the ToLength'd property, used only with g or y; a
   * failure stores 0 (with g or y), a success stores the match end (with g or y).
   */
  public static ExecResult exec(RegexMatcher matcher, String s, long lastIndex, RegExpFlags flags) {
    boolean usesLastIndex = flags.usesLastIndex();
    long from = usesLastIndex ? lastIndex : 0;
    if (from > s.length()) {
      return new ExecResult(null, usesLastIndex ? 0 : -1);
    }
    int[] match = matcher.exec(s, (int) from);
    if (match == null) {
      return new ExecResult(null, usesLastIndex ? 0 : -1);
    }
    return new ExecResult(match, usesLastIndex ? match[1] : -1);
  }

  /** Group {@code group}'s substring, or null if it did not participate. */
  public static String group(int[] match, String input, int group) {
    int start = match[2 * group];
    return start < 0 ? null : input.substring(start, match[2 * group + 1]);
  }

  /** Groups 1..n of {@code match} as strings (null where a group did not participate). */
  public static String[] captures(int[] match, String input) {
    String[] captures = new String[match.length / 2 - 1];
    for (int i = 0; i < captures.length; i++) {
      captures[i] = group(match, input, i + 1);
    }
    return captures;
  }

  /**
   * {@code @@split} (limit already ToUint32'd): {@code matcher} must search forward (compiled
   * without the sticky flag); captures are spliced in, null for non-participating groups.
   */
  public static List<String> split(RegexMatcher matcher, String s, long limit, boolean unicode) {
    List<String> out = new ArrayList<>();
    if (limit == 0) {
      return out;
    }
    int size = s.length();
    if (size == 0) {
      int[] z = matcher.exec(s, 0);
      if (z == null) {
        out.add(s);
      }
      return out;
    }
    int p = 0;
    int q = 0;
    while (q < size) {
      int[] z = matcher.exec(s, q);
      if (z == null || z[0] >= size) {
        break;
      }
      int start = z[0];
      int e = Math.min(z[1], size);
      if (e == p) {
        q = RegExpSubstitution.advance(s, start, unicode);
        continue;
      }
      out.add(s.substring(p, start));
      if (out.size() == limit) {
        return out;
      }
      for (int g = 1; g < z.length / 2; g++) {
        out.add(group(z, s, g));
        if (out.size() == limit) {
          return out;
        }
      }
      p = e;
      q = p;
    }
    out.add(s.substring(p));
    return out;
  }

  /**
   * {@code @@replace}: with g every match from index 0 ({@code lastIndex} ends at 0), otherwise one
   * exec honouring {@code lastIndex} and sticky. Exactly one of {@code template} and {@code
   * function} is non-null.
   */
  public static ReplaceResult replace(
      RegexMatcher matcher,
      String s,
      long lastIndex,
      RegExpFlags flags,
      String template,
      ReplaceFunction function) {
    List<int[]> results = new ArrayList<>();
    long finalLastIndex;
    if (flags.global()) {
      long index = 0;
      while (true) {
        ExecResult r = exec(matcher, s, index, flags);
        if (r.match() == null) {
          break;
        }
        results.add(r.match());
        index = r.lastIndex();
        if (r.match()[0] == r.match()[1]) {
          index = RegExpSubstitution.advance(s, (int) index, flags.fullUnicode());
        }
      }
      finalLastIndex = 0;
    } else {
      ExecResult r = exec(matcher, s, lastIndex, flags);
      if (r.match() != null) {
        results.add(r.match());
      }
      finalLastIndex = r.lastIndex();
    }
    Map<String, Integer> names = matcher.groupNames();
    StringBuilder out = new StringBuilder(s.length());
    int nextSourcePosition = 0;
    for (int[] match : results) {
      int position = match[0];
      String replacement;
      if (function != null) {
        replacement = function.replace(match, s);
      } else {
        Function<String, String> named =
            names.isEmpty()
                ? null
                : name -> names.containsKey(name) ? group(match, s, names.get(name)) : null;
        replacement =
            RegExpSubstitution.substitute(
                s.substring(match[0], match[1]), s, position, captures(match, s), named, template);
      }
      if (position >= nextSourcePosition) {
        out.append(s, nextSourcePosition, position).append(replacement);
        nextSourcePosition = match[1];
      }
    }
    out.append(s, Math.min(nextSourcePosition, s.length()), s.length());
    return new ReplaceResult(out.toString(), finalLastIndex);
  }

  /** {@code @@match} with g: every matched string from index 0 (empty list: the result is null). */
  public static List<String> matchAll(RegexMatcher matcher, String s, RegExpFlags flags) {
    List<String> out = new ArrayList<>();
    long index = 0;
    while (true) {
      ExecResult r = exec(matcher, s, index, flags);
      if (r.match() == null) {
        return out;
      }
      int[] m = r.match();
      out.add(s.substring(m[0], m[1]));
      index = m[1];
      if (m[0] == m[1]) {
        index = RegExpSubstitution.advance(s, (int) index, flags.fullUnicode());
      }
    }
  }

  /** {@code @@search}: the first match from index 0 (sticky: at 0), or -1; lastIndex unchanged. */
  public static int search(RegexMatcher matcher, String s) {
    int[] m = matcher.exec(s, 0);
    return m == null ? -1 : m[0];
  }

  /**
   * String.prototype.replace ({@code all} false) and replaceAll with a string pattern: the first or
   * every occurrence (an empty pattern matches between every code unit); {@code function}, if
   * non-null, gets {@code {start, end}} arrays.
   */
  public static String replaceString(
      String s, String search, boolean all, String template, ReplaceFunction function) {
    List<Integer> positions = new ArrayList<>();
    int advanceBy = Math.max(1, search.length());
    int position = s.indexOf(search);
    while (position >= 0) {
      positions.add(position);
      if (!all) {
        break;
      }
      int from = position + advanceBy;
      position = from > s.length() ? -1 : s.indexOf(search, from);
    }
    StringBuilder out = new StringBuilder(s.length());
    int end = 0;
    String[] noCaptures = new String[0];
    for (int p : positions) {
      out.append(s, end, p);
      int[] match = {p, p + search.length()};
      out.append(
          function != null
              ? function.replace(match, s)
              : RegExpSubstitution.substitute(search, s, p, noCaptures, null, template));
      end = p + search.length();
    }
    return out.append(s, end, s.length()).toString();
  }

  /**
   * EscapeRegExpPattern for {@code source}: "(?:)" for an empty pattern, {@code /} outside a class
   * escaped, line terminators as escapes.
   */
  public static String escapeSource(String pattern) {
    if (pattern.isEmpty()) {
      return "(?:)";
    }
    StringBuilder out = new StringBuilder(pattern.length() + 4);
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      switch (c) {
        case '\\' -> {
          out.append(c);
          if (i + 1 < pattern.length()) {
            char next = pattern.charAt(++i);
            appendEscapedTerminator(out, next);
          }
        }
        case '[' -> {
          inClass = true;
          out.append(c);
        }
        case ']' -> {
          inClass = false;
          out.append(c);
        }
        case '/' -> out.append(inClass ? "/" : "\\/");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void appendEscapedTerminator(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append('n');
      case '\r' -> out.append('r');
      case '\u2028' -> out.append("u2028");
      case '\u2029' -> out.append("u2029");
      default -> out.append(c);
    }
  }
}
