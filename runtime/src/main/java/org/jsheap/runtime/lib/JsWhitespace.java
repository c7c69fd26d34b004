package org.jsheap.runtime.lib;

/**
 * JavaScript's white space for {@code trim}, {@code ToNumber(String)}, {@code parseInt} and {@code
 * parseFloat}: the spec's WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP U+FEFF and the Unicode "Zs"
 * category) plus LineTerminator (LF, CR, LS, PS). Not Java's {@link Character#isWhitespace}, which
 * leaves out NBSP and U+FEFF, nor {@link String#strip}.
 */
public final class JsWhitespace {
  private JsWhitespace() {}

  /** True for a WhiteSpace or LineTerminator code unit. */
  public static boolean isWhitespace(char c) {
    return switch (c) {
      case '\t',
          '\n',
          '\u000b',
          '\f',
          '\r',
          ' ',
          '\u00a0',
          '\u1680',
          '\u2028',
          '\u2029',
          '\u202f',
          '\u205f',
          '\u3000',
          '\ufeff' ->
          true;
      default -> c >= '\u2000' && c <= '\u200a';
    };
  }

  /** {@code String.prototype.trim}. */
  public static String trim(String s) {
    int end = endOfContent(s);
    return s.substring(Math.min(startOfContent(s), end), end);
  }

  /** {@code String.prototype.trimStart}. */
  public static String trimStart(String s) {
    return s.substring(startOfContent(s));
  }

  /** {@code String.prototype.trimEnd}. */
  public static String trimEnd(String s) {
    return s.substring(0, endOfContent(s));
  }

  /** Index of the first non-white-space code unit, or {@code s.length()}. */
  public static int startOfContent(String s) {
    int i = 0;
    while (i < s.length() && isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** One past the index of the last non-white-space code unit, or 0. */
  public static int endOfContent(String s) {
    int i = s.length();
    while (i > 0 && isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
