package org.jsheap.runtime.lib;

import java.nio.charset.StandardCharsets;

/**
 * The URI and legacy escaping algorithms of ECMA-262 ({@code encodeURI}, {@code
 * encodeURIComponent}, {@code decodeURI}, {@code decodeURIComponent}, Annex B {@code escape} and
 * {@code unescape}) on Java strings. A malformed input is an {@link IllegalArgumentException},
 * which the builtins turn into a URIError.
 */
public final class UriCodec {
  private UriCodec() {}

  private static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String URI_RESERVED = ";/?:@&=+$,";
  private static final String URI_MARK = "-_.!~*'()";

  /** Left alone by {@code encodeURIComponent}. */
  public static final String COMPONENT_UNESCAPED = ALNUM + URI_MARK;

  /** Left alone by {@code encodeURI}. */
  public static final String URI_UNESCAPED = ALNUM + URI_MARK + URI_RESERVED + "#";

  /** Kept escaped by {@code decodeURI}. */
  public static final String URI_RESERVED_SET = URI_RESERVED + "#";

  private static final String ESCAPE_UNESCAPED = ALNUM + "@*_+-./";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Encode: characters outside {@code unescaped} become UTF-8 {@code %XX}; lone surrogate: error.
   */
  public static String encode(String s, String unescaped) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (unescaped.indexOf(c) >= 0) {
        sb.append(c);
        continue;
      }
      int cp;
      if (Character.isLowSurrogate(c)) {
        throw new IllegalArgumentException("URI malformed");
      } else if (Character.isHighSurrogate(c)) {
        if (k + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(k + 1))) {
          throw new IllegalArgumentException("URI malformed");
        }
        cp = Character.toCodePoint(c, s.charAt(++k));
      } else {
        cp = c;
      }
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        appendByte(sb, b & 0xff);
      }
    }
    return sb.toString();
  }

  private static void appendByte(StringBuilder sb, int b) {
    sb.append('%').append(HEX[b >> 4]).append(HEX[b & 0xf]);
  }

  /** Decode {@code %XX} UTF-8 sequences, leaving escapes of characters in {@code reserved}. */
  public static String decode(String s, String reserved) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      int start = k;
      int b = hexByte(s, k);
      k += 2;
      if (b < 0x80) {
        char d = (char) b;
        if (reserved.indexOf(d) >= 0) {
          sb.append(s, start, k + 1);
        } else {
          sb.append(d);
        }
        continue;
      }
      int count = Integer.numberOfLeadingZeros(~(b << 24));
      if (count < 2 || count > 4) {
        throw new IllegalArgumentException("URI malformed");
      }
      int cp = b & (0xff >> (count + 1));
      for (int j = 1; j < count; j++) {
        k++;
        if (k >= n || s.charAt(k) != '%') {
          throw new IllegalArgumentException("URI malformed");
        }
        int cont = hexByte(s, k);
        k += 2;
        if ((cont & 0xc0) != 0x80) {
          throw new IllegalArgumentException("URI malformed");
        }
        cp = (cp << 6) | (cont & 0x3f);
      }
      int min = count == 2 ? 0x80 : count == 3 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        throw new IllegalArgumentException("URI malformed");
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /** The byte of {@code %XX} at {@code k} (which holds the '%'), or an error. */
  private static int hexByte(String s, int k) {
    if (k + 2 >= s.length()) {
      throw new IllegalArgumentException("URI malformed");
    }
    int hi = digit(s.charAt(k + 1));
    int lo = digit(s.charAt(k + 2));
    if (hi < 0 || lo < 0) {
      throw new IllegalArgumentException("URI malformed");
    }
    return hi << 4 | lo;
  }

  /** Annex B {@code escape}. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (ESCAPE_UNESCAPED.indexOf(c) >= 0) {
        sb.append(c);
      } else if (c < 256) {
        appendByte(sb, c);
      } else {
        sb.append("%u")
            .append(HEX[c >> 12])
            .append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /** Annex B {@code unescape}. */
  public static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c == '%') {
        if (k + 5 < n && s.charAt(k + 1) == 'u') {
          int v = hex(s, k + 2, 4);
          if (v >= 0) {
            sb.append((char) v);
            k += 5;
            continue;
          }
        }
        if (k + 2 < n) {
          int v = hex(s, k + 1, 2);
          if (v >= 0) {
            sb.append((char) v);
            k += 2;
            continue;
          }
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static int hex(String s, int from, int digits) {
    int v = 0;
    for (int i = from; i < from + digits; i++) {
      int d = digit(s.charAt(i));
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }

  /** An ASCII hex digit's value, else -1. */
  private static int digit(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }
}
