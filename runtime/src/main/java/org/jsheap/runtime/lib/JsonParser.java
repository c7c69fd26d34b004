package org.jsheap.runtime.lib;

/**
 * {@code JSON.parse}'s grammar (ECMA-404 as ECMA-262 25.5.1 requires), reporting values as events
 * to a {@link Handler} rather than returning them: the runtime builds heap objects and must keep
 * every partially built container rooted across allocations, which a parser holding them in Java
 * locals could not do. The parser is iterative (an explicit stack of container kinds), so nesting
 * depth is bounded by memory, not by the Java stack.
 *
 * <p>Errors are {@link JsonParseException}s with GraalJS's messages ("Unexpected token } in JSON at
 * position 7", "Unexpected end of JSON input", ...) and the position (UTF-16 index) they name; the
 * builtin throws them as {@code SyntaxError} with the same message.
 */
public final class JsonParser {
  /**
   * Receives the parsed values in document order. A value inside an object follows the {@link #key}
   * it belongs to; a duplicate key replaces the earlier value and keeps its position, and {@code
   * "__proto__"} is an ordinary own property (CreateDataProperty, not [[Set]]). Each container is
   * closed by its {@code end*} call, after which it is the next value of its parent.
   */
  public interface Handler {
    /** An object starts; its members follow as key/value pairs. */
    void beginObject();

    /** The name of the next member of the innermost open object. */
    void key(String name);

    /** The innermost open object is complete. */
    void endObject();

    /** An array starts; its elements follow. */
    void beginArray();

    /** The innermost open array is complete. */
    void endArray();

    /** A string value. */
    void stringValue(String value);

    /** A number value ({@code -0} included). */
    void numberValue(double value);

    /** {@code true} or {@code false}. */
    void booleanValue(boolean value);

    /** {@code null}. */
    void nullValue();
  }

  /** A syntax error at a position of the text; the message is GraalJS's. */
  public static final class JsonParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int position;

    JsonParseException(String message, int position) {
      super(message, null, false, false);
      this.position = position;
    }

    /** The UTF-16 index the error is at (the text's length for an unexpected end). */
    public int position() {
      return position;
    }
  }

  private static final byte IN_ARRAY = 1;
  private static final byte IN_OBJECT = 2;

  private final String text;
  private final Handler handler;
  private int pos;
  private byte[] stack = new byte[16];
  private int depth;

  private JsonParser(String text, Handler handler) {
    this.text = text;
    this.handler = handler;
  }

  /** Parses {@code text} (one JSON value with optional white space around it) into events. */
  public static void parse(String text, Handler handler) {
    new JsonParser(text, handler).run();
  }

  private void run() {
    skipWhitespace();
    while (true) {
      if (value()) {
        continue;
      }
      // A value is complete: close containers until one expects more.
      while (true) {
        skipWhitespace();
        if (depth == 0) {
          if (pos < text.length()) {
            throw error("JSON cannot be fully parsed", pos);
          }
          return;
        }
        char c = peek();
        if (c == ',') {
          pos++;
          skipWhitespace();
          if (stack[depth - 1] == IN_OBJECT) {
            key();
          }
          break;
        }
        if (stack[depth - 1] == IN_ARRAY) {
          if (c != ']') {
            throw error("closing quote ] expected", pos);
          }
          pos++;
          depth--;
          handler.endArray();
        } else {
          if (c != '}') {
            throw unexpected(c == '"' ? "string" : "token " + c);
          }
          pos++;
          depth--;
          handler.endObject();
        }
      }
    }
  }

  /**
   * Parses the value at {@code pos}. Returns true if it opened a non-empty container (a value
   * follows), false if a complete value was read.
   */
  private boolean value() {
    char c = peek();
    switch (c) {
      case '{' -> {
        pos++;
        handler.beginObject();
        skipWhitespace();
        if (peek() == '}') {
          pos++;
          handler.endObject();
          return false;
        }
        push(IN_OBJECT);
        key();
        return true;
      }
      case '[' -> {
        pos++;
        handler.beginArray();
        skipWhitespace();
        if (peek() == ']') {
          pos++;
          handler.endArray();
          return false;
        }
        push(IN_ARRAY);
        return true;
      }
      case '"' -> handler.stringValue(string());
      case 't' -> literal("true", c);
      case 'f' -> literal("false", c);
      case 'n' -> literal("null", c);
      default -> {
        if (c == '-' || isDigit(c)) {
          handler.numberValue(number());
        } else {
          throw unexpected("token " + c);
        }
      }
    }
    return false;
  }

  /** A member name and its colon; {@code pos} is after the colon and white space. */
  private void key() {
    char c = peek();
    if (c != '"') {
      throw unexpected(isDigit(c) ? "number" : "token " + c);
    }
    handler.key(string());
    skipWhitespace();
    if (peek() != ':') {
      throw error("Expected ':' after property name in JSON", pos);
    }
    pos++;
    skipWhitespace();
  }

  private void literal(String word, char first) {
    if (!text.startsWith(word, pos)) {
      throw unexpected("token " + first);
    }
    pos += word.length();
    switch (first) {
      case 't' -> handler.booleanValue(true);
      case 'f' -> handler.booleanValue(false);
      default -> handler.nullValue();
    }
  }

  private double number() {
    int start = pos;
    if (text.charAt(pos) == '-') {
      pos++;
      if (pos == text.length()) {
        throw malformedNumber();
      }
      if (!isDigit(text.charAt(pos))) {
        throw unexpected("token " + text.charAt(pos));
      }
    }
    if (text.charAt(pos) == '0') {
      pos++;
      if (pos < text.length()) {
        char next = text.charAt(pos);
        if (isDigit(next)) {
          skipDigits();
          throw error("octal and hexadecimal not allowed", pos);
        }
        if (next == 'x' || next == 'X') {
          throw error("octal and hexadecimal not allowed", pos);
        }
      }
    } else {
      skipDigits();
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      if (pos == text.length() || !isDigit(text.charAt(pos))) {
        throw malformedNumber();
      }
      skipDigits();
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      pos++;
      peek();
      if (text.charAt(pos) == '+' || text.charAt(pos) == '-') {
        pos++;
        if (pos == text.length()) {
          throw malformedNumber();
        }
      }
      if (!isDigit(text.charAt(pos))) {
        throw error("Expected number but found ident", pos);
      }
      skipDigits();
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      throw malformedNumber();
    }
    return Double.parseDouble(text.substring(start, pos));
  }

  /** The string starting at the quote at {@code pos}; {@code pos} ends after its closing quote. */
  private String string() {
    int close = closingQuote(pos + 1);
    int start = pos + 1;
    pos = close + 1;
    int backslash = -1;
    for (int i = start; i < close; i++) {
      char c = text.charAt(i);
      if (c < ' ') {
        throw error("invalid string", i);
      }
      if (c == '\\') {
        backslash = i;
        break;
      }
    }
    if (backslash < 0) {
      return text.substring(start, close);
    }
    StringBuilder out = new StringBuilder(close - start).append(text, start, backslash);
    int i = backslash;
    while (i < close) {
      char c = text.charAt(i);
      if (c < ' ') {
        throw error("invalid string", i);
      }
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      char e = text.charAt(i + 1);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          int code = 0;
          for (int k = i + 2; k < i + 6; k++) {
            int digit = Character.digit(text.charAt(k), 16);
            if (digit < 0 || text.charAt(k) >= 128) {
              throw error("invalid string", i + 6);
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
          i += 4;
        }
        default -> throw error("wrong escape sequence", i + 2);
      }
      i += 2;
    }
    return out.toString();
  }

  /**
   * The index of the quote closing a string whose contents start at {@code from}, skipping escapes
   * ({@code \\u} and its four characters as one); an unterminated string is an unexpected end.
   */
  private int closingQuote(int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        i += i + 1 < text.length() && text.charAt(i + 1) == 'u' ? 6 : 2;
      } else {
        i++;
      }
    }
    throw unexpectedEnd();
  }

  private void push(byte kind) {
    if (depth == stack.length) {
      stack = java.util.Arrays.copyOf(stack, depth * 2);
    }
    stack[depth++] = kind;
  }

  /** The character at {@code pos}; an unexpected end if there is none. */
  private char peek() {
    if (pos >= text.length()) {
      throw unexpectedEnd();
    }
    return text.charAt(pos);
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private void skipDigits() {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private JsonParseException malformedNumber() {
    return error("malformed number", pos);
  }

  private JsonParseException unexpected(String what) {
    return error("Unexpected " + what + " in JSON", pos);
  }

  private JsonParseException unexpectedEnd() {
    return new JsonParseException("Unexpected end of JSON input", text.length());
  }

  private static JsonParseException error(String what, int at) {
    return new JsonParseException(what + " at position " + at, at);
  }
}
