package org.jsheap.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * JSON.stringify's algorithm over a host of plain Java values (Map is an object, List an array, a
 * {@link Function} a JS function, {@link Undefined} undefined); expected strings printed by GraalJS
 * 25.0.1 for the equivalent JavaScript.
 */
class JsonStringifierTest {
  enum Undefined {
    INSTANCE
  }

  record BigIntValue(long value) {}

  record NumberObject(double value) {}

  /** A host over Java values; a map's "toJSON" entry holding a Function is its toJSON method. */
  static final class JavaHost implements JsonStringifier.Host<Object> {
    BiFunction<String, Object, Object> replacer;
    int depth;
    int maxDepth;

    @Override
    public int mark() {
      maxDepth = Math.max(maxDepth, ++depth);
      return depth;
    }

    @Override
    public void release(int mark) {
      assertEquals(depth--, mark, "marks nest");
    }

    @Override
    public JsonStringifier.Kind kind(Object value) {
      if (value == Undefined.INSTANCE) {
        return JsonStringifier.Kind.UNDEFINED;
      } else if (value == null) {
        return JsonStringifier.Kind.NULL;
      } else if (value instanceof Boolean) {
        return JsonStringifier.Kind.BOOLEAN;
      } else if (value instanceof Double) {
        return JsonStringifier.Kind.NUMBER;
      } else if (value instanceof String) {
        return JsonStringifier.Kind.STRING;
      } else if (value instanceof BigIntValue) {
        return JsonStringifier.Kind.BIGINT;
      } else if (value instanceof Function<?, ?>) {
        return JsonStringifier.Kind.CALLABLE;
      } else if (value instanceof List<?>) {
        return JsonStringifier.Kind.ARRAY;
      }
      return JsonStringifier.Kind.OBJECT;
    }

    @Override
    public Object createHolder(Object value) {
      Map<String, Object> holder = new LinkedHashMap<>();
      holder.put("", value);
      return holder;
    }

    @Override
    public Object get(Object holder, String key) {
      if (holder instanceof List<?> list) {
        return list.get(Integer.parseInt(key));
      }
      Map<?, ?> map = (Map<?, ?>) holder;
      return map.containsKey(key) ? map.get(key) : Undefined.INSTANCE;
    }

    @Override
    public long length(Object array) {
      return ((List<?>) array).size();
    }

    @Override
    public List<String> ownEnumerableKeys(Object object) {
      List<String> keys = new ArrayList<>();
      for (Object k : ((Map<?, ?>) object).keySet()) {
        keys.add((String) k);
      }
      return keys;
    }

    @Override
    @SuppressWarnings("unchecked") // SAFETY: the tests only store Function<Object, Object> values.
    public Object toJson(Object value, String key) {
      if (value instanceof Map<?, ?> map && map.get("toJSON") instanceof Function<?, ?> f) {
        return ((Function<Object, Object>) f).apply(key);
      }
      return value;
    }

    @Override
    public boolean hasReplacer() {
      return replacer != null;
    }

    @Override
    public Object callReplacer(Object holder, String key, Object value) {
      return replacer.apply(key, value);
    }

    @Override
    public Object unwrap(Object value) {
      return value instanceof NumberObject n ? n.value() : value;
    }

    @Override
    public boolean sameObject(Object a, Object b) {
      return a == b;
    }

    @Override
    public RuntimeException typeError(String message) {
      return new IllegalStateException(message);
    }

    @Override
    public double numberValue(Object value) {
      return (Double) value;
    }

    @Override
    public String stringValue(Object value) {
      return (String) value;
    }

    @Override
    public boolean booleanValue(Object value) {
      return (Boolean) value;
    }
  }

  private static Map<String, Object> object(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  private static String stringify(Object value, String gap) {
    return new JsonStringifier<>(new JavaHost(), null, gap).stringify(value);
  }

  @Test
  void compactOutput() {
    Object v =
        object(
            "a",
            Arrays.asList(1.0, object("b", 2.0)),
            "c",
            "d",
            "u",
            Undefined.INSTANCE,
            "n",
            null);
    assertEquals("{\"a\":[1,{\"b\":2}],\"c\":\"d\",\"n\":null}", stringify(v, ""));
    Function<Object, Object> fn = x -> x;
    assertEquals("[null,null,null]", stringify(Arrays.asList(Undefined.INSTANCE, fn, null), ""));
    assertEquals(
        "{\"c\":null,\"d\":null,\"e\":0,\"t\":true,\"f\":false}",
        stringify(
            object(
                "a",
                Undefined.INSTANCE,
                "b",
                fn,
                "c",
                Double.NaN,
                "d",
                Double.NEGATIVE_INFINITY,
                "e",
                -0.0,
                "t",
                true,
                "f",
                false),
            ""));
    assertNull(stringify(Undefined.INSTANCE, ""));
    assertNull(stringify(fn, ""));
    assertEquals("3", stringify(new NumberObject(3), ""));
    assertEquals("1e+21", stringify(1e21, ""));
  }

  @Test
  void marksNestAndBalance() {
    JavaHost host = new JavaHost();
    new JsonStringifier<>(host, null, "")
        .stringify(object("a", Arrays.asList(1.0, object("b", 2.0)), "c", "d"));
    assertEquals(0, host.depth);
    assertEquals(4, host.maxDepth);
  }

  @Test
  void indentation() {
    Object v = object("a", Arrays.asList(1.0, object("b", 2.0)), "c", "d");
    assertEquals(
        "{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"c\": \"d\"\n}",
        stringify(v, JsonStringifier.gapFromNumber(2)));
    assertEquals(
        "[\n--1,\n--[\n----2,\n----[]\n--],\n--{}\n]",
        stringify(Arrays.asList(1.0, Arrays.asList(2.0, List.of()), object()), "--"));
    assertEquals(
        "{\n1234567890\"a\": 1,\n1234567890\"b\": [\n123456789012345678901,\n"
            + "123456789012345678902\n1234567890]\n}",
        stringify(
            object("a", 1.0, "b", Arrays.asList(1.0, 2.0)),
            JsonStringifier.gapFromString("12345678901234")));
    assertEquals(
        "{\n          \"a\": 1\n}", stringify(object("a", 1.0), JsonStringifier.gapFromNumber(20)));
    assertEquals("{}", stringify(object(), "  "));
    assertEquals("[]", stringify(List.of(), "  "));
    assertEquals("", JsonStringifier.gapFromNumber(0.5));
    assertEquals("", JsonStringifier.gapFromNumber(-3));
    assertEquals("", JsonStringifier.gapFromNumber(Double.NaN));
    assertEquals("          ", JsonStringifier.gapFromNumber(Double.POSITIVE_INFINITY));
  }

  @Test
  void propertyListReplacer() {
    JsonStringifier<Object> s =
        new JsonStringifier<>(new JavaHost(), List.of("c", "a", "c", "1"), "");
    assertEquals("{\"c\":3,\"a\":1}", s.stringify(object("a", 1.0, "b", 2.0, "c", 3.0)));
  }

  @Test
  void functionReplacerAndToJson() {
    JavaHost host = new JavaHost();
    host.replacer = (k, v) -> v instanceof Double d ? d * 2 : v;
    assertEquals(
        "{\"a\":2,\"b\":\"x\"}",
        new JsonStringifier<>(host, null, "").stringify(object("a", 1.0, "b", "x")));
    Function<Object, Object> toJson = key -> "key:" + key;
    assertEquals("\"key:\"", stringify(object("toJSON", toJson), ""));
    assertEquals("{\"x\":\"key:x\"}", stringify(object("x", object("toJSON", toJson)), ""));
  }

  @Test
  void cyclesAndBigIntsAreTypeErrors() {
    List<Object> a = new ArrayList<>();
    a.add(a);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> stringify(a, ""));
    assertEquals("Converting circular structure to JSON", e.getMessage());
    Map<String, Object> o = object();
    o.put("x", object("y", o));
    assertThrows(IllegalStateException.class, () -> stringify(o, ""));
    e = assertThrows(IllegalStateException.class, () -> stringify(new BigIntValue(1), ""));
    assertEquals("Do not know how to serialize a BigInt", e.getMessage());
    // The same object twice, not nested, is no cycle.
    Map<String, Object> shared = object("k", 1.0);
    assertEquals("[{\"k\":1},{\"k\":1}]", stringify(Arrays.asList(shared, shared), ""));
  }

  @Test
  void quoteEscapesControlsAndLoneSurrogates() {
    assertEquals(
        "\"\u2028\u2029\ud800\udc00\\ud800x\\udc00\\u0000\\u001f\u007f\\\"\\\\\\b\\f\\n\\r\\t\"",
        JsonQuote.quote("\u2028\u2029\ud800\udc00\ud800x\udc00\u0000\u001f\u007f\"\\\b\f\n\r\t"));
    assertEquals("\"\\udbff\"", JsonQuote.quote("\udbff"));
    assertEquals("\"plain\"", JsonQuote.quote("plain"));
    assertEquals("\"\"", JsonQuote.quote(""));
  }
}
