package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON.parse's grammar and GraalJS's error messages: every expected message and position was
 * printed by GraalJS 25.0.1 for the same text.
 */
class JsonParserTest {

  /** Builds Java values (LinkedHashMap, ArrayList, String, Double, Boolean, null) from events. */
  static final class JavaBuilder implements JsonParser.Handler {
    private final Deque<Object> containers = new ArrayDeque<>();
    private final Deque<String> keys = new ArrayDeque<>();
    Object result;

    private void value(Object v) {
      if (containers.isEmpty()) {
        result = v;
      } else if (containers.peek() instanceof List<?>) {
        @SuppressWarnings("unchecked") // SAFETY: only ArrayLists of Object are pushed as lists.
        List<Object> list = (List<Object>) containers.peek();
        list.add(v);
      } else {
        @SuppressWarnings(
            "unchecked") // SAFETY: only LinkedHashMaps of String to Object are pushed.
        Map<String, Object> map = (Map<String, Object>) containers.peek();
        map.remove(keys.peek());
        map.put(keys.pop(), v);
      }
    }

    @Override
    public void beginObject() {
      containers.push(new LinkedHashMap<String, Object>());
    }

    @Override
    public void key(String name) {
      keys.push(name);
    }

    @Override
    public void endObject() {
      value(containers.pop());
    }

    @Override
    public void beginArray() {
      containers.push(new ArrayList<Object>());
    }

    @Override
    public void endArray() {
      value(containers.pop());
    }

    @Override
    public void stringValue(String s) {
      value(s);
    }

    @Override
    public void numberValue(double d) {
      value(d);
    }

    @Override
    public void booleanValue(boolean b) {
      value(b);
    }

    @Override
    public void nullValue() {
      value(null);
    }
  }

  static Object parse(String text) {
    JavaBuilder builder = new JavaBuilder();
    JsonParser.parse(text, builder);
    return builder.result;
  }

  @Test
  void parsesEveryKindOfValue() {
    Object v =
        parse(
            " \t\n\r{\"a\" : [1, -0, 1e2, 1.5E-3, true, false, null, \"x\\u0041\\n\\/\"],"
                + " \"b\":{}, \"a\":2, \"__proto__\": 3} ");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("b", Map.of());
    expected.put("a", 2.0);
    expected.put("__proto__", 3.0);
    assertEquals(expected, v);
    assertEquals(
        List.of(1.0, -0.0, 100.0, 0.0015, true, false, "xA\n/"),
        ((List<?>) parse("[1, -0, 1e2, 1.5E-3, true, false, \"xA\\n/\"]")));
    assertEquals(-0.0, parse("-0"));
    assertEquals(1.2345678901234568e+29, parse("123456789012345678901234567890"));
    assertEquals("\ud834\udd1e", parse("\"\\ud834\\udd1e\""));
    assertEquals("\ud800", parse("\"\\uD800\""));
    assertEquals("\b\f\n\r\t\"\\/\u00e9", parse("\"\\b\\f\\n\\r\\t\\\"\\\\\\/\\u00e9\""));
    assertEquals("\u2028\u0000x", parse("\"\u2028\\u0000x\""));
    assertEquals(-0.0005, parse("-0.5e-3"));
    assertEquals(List.of(), parse("[ ]"));
    assertEquals(Map.of(), parse("{ }"));
    assertEquals(Map.of("", 1.0), parse("{\"\":1}"));
    assertEquals(List.of(List.of(List.of())), parse("[[[]]]"));
    assertEquals(null, parse("null"));
  }

  @Test
  void deepNestingDoesNotOverflowTheJavaStack() {
    int depth = 100_000;
    Object v = parse("[".repeat(depth) + "]".repeat(depth));
    for (int i = 1; i < depth; i++) {
      v = ((List<?>) v).get(0);
    }
    assertEquals(List.of(), v);
  }

  @ParameterizedTest
  @MethodSource("errors")
  void errorsCarryGraalJsMessagesAndPositions(String text, String message) {
    JsonParser.JsonParseException e =
        assertThrows(JsonParser.JsonParseException.class, () -> parse(text));
    assertEquals(message, e.getMessage());
  }

  private static Stream<Arguments> errors() {
    String end = "Unexpected end of JSON input";
    return Stream.of(
        Arguments.of("", end),
        Arguments.of("  ", end),
        Arguments.of("{", end),
        Arguments.of("[1,2", end),
        Arguments.of("\"abc", end),
        Arguments.of("\"\\", end),
        Arguments.of("\"\\u12\"", end),
        Arguments.of("\"\\u12\"x", end),
        Arguments.of("\"abc\\\"", end),
        Arguments.of("{\"a\"", end),
        Arguments.of("{\"a\":", end),
        Arguments.of("{\"a\":1,", end),
        Arguments.of("{\"a\":1 , \"b\"", end),
        Arguments.of("[", end),
        Arguments.of("[1,", end),
        Arguments.of("1e", end),
        Arguments.of("{\"a\":1,}", "Unexpected token } in JSON at position 7"),
        Arguments.of("{\"a\":1 ,}", "Unexpected token } in JSON at position 8"),
        Arguments.of("[1 2]", "closing quote ] expected at position 3"),
        Arguments.of("[1}", "closing quote ] expected at position 2"),
        Arguments.of("[\"a\" \"b\"]", "closing quote ] expected at position 5"),
        Arguments.of("[1\n,\n2 3]", "closing quote ] expected at position 7"),
        Arguments.of("{\"a\":[1,2}", "closing quote ] expected at position 9"),
        Arguments.of("{'a':1}", "Unexpected token ' in JSON at position 1"),
        Arguments.of("01", "octal and hexadecimal not allowed at position 2"),
        Arguments.of("-01", "octal and hexadecimal not allowed at position 3"),
        Arguments.of("0x10", "octal and hexadecimal not allowed at position 1"),
        Arguments.of("1.", "malformed number at position 2"),
        Arguments.of("1.e3", "malformed number at position 2"),
        Arguments.of("1.5.5", "malformed number at position 3"),
        Arguments.of("1e+", "malformed number at position 3"),
        Arguments.of("1E+", "malformed number at position 3"),
        Arguments.of("-", "malformed number at position 1"),
        Arguments.of("1ex", "Expected number but found ident at position 2"),
        Arguments.of("1e-x", "Expected number but found ident at position 3"),
        Arguments.of("-a", "Unexpected token a in JSON at position 1"),
        Arguments.of("[-]", "Unexpected token ] in JSON at position 2"),
        Arguments.of("\"a\\x\"", "wrong escape sequence at position 4"),
        Arguments.of("\"a\\u12g4\"", "invalid string at position 8"),
        Arguments.of("\"a\tb\"", "invalid string at position 2"),
        Arguments.of("tru", "Unexpected token t in JSON at position 0"),
        Arguments.of("nulx", "Unexpected token n in JSON at position 0"),
        Arguments.of("[null,nul]", "Unexpected token n in JSON at position 6"),
        Arguments.of("undefined", "Unexpected token u in JSON at position 0"),
        Arguments.of("+1", "Unexpected token + in JSON at position 0"),
        Arguments.of(".5", "Unexpected token . in JSON at position 0"),
        Arguments.of("\u00a01", "Unexpected token \u00a0 in JSON at position 0"),
        Arguments.of("\ufeff1", "Unexpected token \ufeff in JSON at position 0"),
        Arguments.of("1 x", "JSON cannot be fully parsed at position 2"),
        Arguments.of("true1", "JSON cannot be fully parsed at position 4"),
        Arguments.of("{\"a\":1}}", "JSON cannot be fully parsed at position 7"),
        Arguments.of("[1,2]]", "JSON cannot be fully parsed at position 5"),
        Arguments.of("\"x\" \"y\"", "JSON cannot be fully parsed at position 4"),
        Arguments.of("123abc", "JSON cannot be fully parsed at position 3"),
        Arguments.of("0b1", "JSON cannot be fully parsed at position 1"),
        Arguments.of("[,1]", "Unexpected token , in JSON at position 1"),
        Arguments.of("[1,]", "Unexpected token ] in JSON at position 3"),
        Arguments.of("[1,,2]", "Unexpected token , in JSON at position 3"),
        Arguments.of("{,}", "Unexpected token , in JSON at position 1"),
        Arguments.of("{\"a\":1,,}", "Unexpected token , in JSON at position 7"),
        Arguments.of("{\"a\" 1}", "Expected ':' after property name in JSON at position 5"),
        Arguments.of("{\"a\":1,\"b\"}", "Expected ':' after property name in JSON at position 10"),
        Arguments.of("{1:1}", "Unexpected number in JSON at position 1"),
        Arguments.of("{\"a\":1,1:2}", "Unexpected number in JSON at position 7"),
        Arguments.of("{\"a\":1,-1:2}", "Unexpected token - in JSON at position 7"),
        Arguments.of("{t:1}", "Unexpected token t in JSON at position 1"),
        Arguments.of("{\"a\":}", "Unexpected token } in JSON at position 5"),
        Arguments.of("{\"a\":1]", "Unexpected token ] in JSON at position 6"),
        Arguments.of("{\"a\":1 \"b\":2}", "Unexpected string in JSON at position 7"),
        Arguments.of("{\"a\":1 2}", "Unexpected token 2 in JSON at position 7"));
  }

  @Test
  void errorsExposeTheirPosition() {
    JsonParser.JsonParseException e =
        assertThrows(JsonParser.JsonParseException.class, () -> parse("[1,]"));
    assertEquals(3, e.position());
    e = assertThrows(JsonParser.JsonParseException.class, () -> parse("[1,"));
    assertEquals(3, e.position());
  }
}
