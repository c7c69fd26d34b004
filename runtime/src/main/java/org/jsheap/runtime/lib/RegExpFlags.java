package org.jsheap.runtime.lib;

/**
 * The flags of a RegExp ({@code d g i m s u v y}), parsed with GraalJS's SyntaxError messages, and
 * the canonical {@code flags} string (spec order "dgimsuvy").
 *
 * @param hasIndices {@code d}
 * @param global {@code g}
 * @param ignoreCase {@code i}
 * @param multiline {@code m}
 * @param dotAll {@code s}
 * @param unicode {@code u}
 * @param unicodeSets {@code v}
 * @param sticky {@code y}
 */
public record RegExpFlags(
    boolean hasIndices,
    boolean global,
    boolean ignoreCase,
    boolean multiline,
    boolean dotAll,
    boolean unicode,
    boolean unicodeSets,
    boolean sticky) {
  private static final String ORDER = "dgimsuvy";

  /** No flags. */
  public static final RegExpFlags NONE =
      new RegExpFlags(false, false, false, false, false, false, false, false);

  /** A bad flags string; the message is GraalJS's SyntaxError message. */
  public static final class InvalidFlagsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidFlagsException(String message) {
      super(message, null, false, false);
    }
  }

  /** Parses {@code flags}: each of "dgimsuvy" at most once, not both u and v. */
  public static RegExpFlags parse(String flags) {
    boolean[] seen = new boolean[ORDER.length()];
    for (int i = 0; i < flags.length(); i++) {
      char c = flags.charAt(i);
      int index = ORDER.indexOf(c);
      if (index < 0) {
        throw new InvalidFlagsException("Invalid regular expression flags");
      }
      if (seen[index]) {
        throw new InvalidFlagsException("Repeated RegExp flag: " + c);
      }
      seen[index] = true;
    }
    if (seen[5] && seen[6]) {
      throw new InvalidFlagsException("Both flags 'u' and 'v' cannot be set at same time");
    }
    return new RegExpFlags(seen[0], seen[1], seen[2], seen[3], seen[4], seen[5], seen[6], seen[7]);
  }

  /** The {@code flags} getter's string, in spec order. */
  @Override
  public String toString() {
    boolean[] set = {
      hasIndices, global, ignoreCase, multiline, dotAll, unicode, unicodeSets, sticky
    };
    StringBuilder out = new StringBuilder(8);
    for (int i = 0; i < set.length; i++) {
      if (set[i]) {
        out.append(ORDER.charAt(i));
      }
    }
    return out.toString();
  }

  /** Full Unicode matching (u or v): indices advance by code point. */
  public boolean fullUnicode() {
    return unicode || unicodeSets;
  }

  /** True if {@code lastIndex} is read and written (g or y). */
  public boolean usesLastIndex() {
    return global || sticky;
  }
}
