package org.jsheap.runtime.lib;

/**
 * QuoteJSONString (ECMA-262 25.5.2.3, well-formed since ES2019): {@code "}, {@code \} and control
 * characters escaped ({@code \b \f \n \r \t} by name, the rest as a u-escape of four lower-case hex
 * digits), lone surrogates as u-escapes too; everything else, U+2028 and U+2029 included, as is.
 */
public final class JsonQuote {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonQuote() {}

  /** The quoted form of {@code s}. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /** Appends the quoted form of {@code s} to {@code out}. */
  public static void appendQuoted(StringBuilder out, String s) {
    out.append('"');
    int length = s.length();
    int plainFrom = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      String named = null;
      boolean escape;
      if (c < ' ' || c == '"' || c == '\\') {
        escape = true;
        named =
            switch (c) {
              case '"' -> "\\\"";
              case '\\' -> "\\\\";
              case '\b' -> "\\b";
              case '\f' -> "\\f";
              case '\n' -> "\\n";
              case '\r' -> "\\r";
              case '\t' -> "\\t";
              default -> null;
            };
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        escape = true;
      } else {
        escape = Character.isLowSurrogate(c);
      }
      if (!escape) {
        continue;
      }
      out.append(s, plainFrom, i);
      plainFrom = i + 1;
      if (named != null) {
        out.append(named);
      } else {
        out.append("\\u")
            .append(HEX[c >> 12])
            .append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    out.append(s, plainFrom, length).append('"');
  }
}
