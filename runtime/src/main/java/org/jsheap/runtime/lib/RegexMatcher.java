package org.jsheap.runtime.lib;

import java.util.Map;

/**
 * A compiled regular expression as the RegExp algorithms in {@link RegExpAlgorithms} see it. The
 * runtime implements it over TRegex (docs/decisions.md, "RegExp engine"); tests use a {@code
 * java.util.regex} stand-in. Indices are UTF-16 code-unit offsets.
 */
public interface RegexMatcher {
  /**
   * The first match starting at or after {@code from} (exactly at {@code from} if the expression
   * was compiled with the sticky flag), or null. The array holds start and end of each group, group
   * 0 first ({@code 2 * groupCount()} entries), -1 for a group that did not participate.
   */
  int[] exec(String input, int from);

  /** The number of groups including group 0. */
  int groupCount();

  /** Named groups: name to group number, in pattern order; empty if there are none. */
  Map<String, Integer> groupNames();
}
