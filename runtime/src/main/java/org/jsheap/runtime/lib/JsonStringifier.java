package org.jsheap.runtime.lib;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code JSON.stringify}'s algorithm (ECMA-262 25.5.2: SerializeJSONProperty, SerializeJSONObject,
 * SerializeJSONArray) over values of a {@link Host}: the runtime supplies property access, {@code
 * toJSON} and replacer calls, and classification; this class owns the order of those steps, the
 * cycle check, the indentation and the output.
 *
 * <p>GC: the stringifier keeps values of type {@code V} in Java locals and on its cycle stack while
 * it calls the host, and host calls may run JavaScript and allocate. {@code V} must therefore stay
 * valid across collections: a handle the runtime keeps rooted (a {@code HandleScope} slot, a
 * value-stack slot), never a raw heap reference.
 *
 * @param <V> the runtime's rooted value type
 */
public final class JsonStringifier<V> {
  /** What a value is after {@code toJSON}, the replacer and unwrapping. */
  public enum Kind {
    /** {@code undefined} or a symbol: omitted from objects, {@code null} in arrays. */
    UNDEFINED,
    NULL,
    BOOLEAN,
    NUMBER,
    STRING,
    /** A BigInt: a TypeError. */
    BIGINT,
    /** A callable object: treated as undefined. */
    CALLABLE,
    /** IsArray is true (arrays and proxies of arrays). */
    ARRAY,
    /** Any other object. */
    OBJECT
  }

  /** What the runtime provides. */
  public interface Host<V> {
    /** Classifies {@code value}; symbols are {@link Kind#UNDEFINED}. */
    Kind kind(V value);

    /** A new ordinary object with {@code value} as its {@code ""} property (the wrapper). */
    V createHolder(V value);

    /** {@code Get(holder, key)}; for arrays {@code key} is the index's canonical string. */
    V get(V holder, String key);

    /** {@code LengthOfArrayLike(array)}. */
    long length(V array);

    /** {@code EnumerableOwnProperties(object, key)}: own enumerable string keys, in order. */
    List<String> ownEnumerableKeys(V object);

    /**
     * Step 2 of SerializeJSONProperty: if {@code value} is an object or a BigInt with a callable
     * {@code toJSON}, its result for {@code key}; otherwise {@code value}.
     */
    V toJson(V value, String key);

    /** True if {@code JSON.stringify} was given a replacer function. */
    boolean hasReplacer();

    /** Calls the replacer function with {@code holder} as this and {@code (key, value)}. */
    V callReplacer(V holder, String key, V value);

    /**
     * Step 4: a Number, String, Boolean or BigInt wrapper object becomes its primitive (ToNumber,
     * ToString, [[BooleanData]], [[BigIntData]]); any other value is returned as is.
     */
    V unwrap(V value);

    /** True if {@code a} and {@code b} are the same object. */
    boolean sameObject(V a, V b);

    /** The TypeError to throw with {@code message}. */
    RuntimeException typeError(String message);

    /** The number in a {@link Kind#NUMBER} value. */
    double numberValue(V value);

    /** The string in a {@link Kind#STRING} value. */
    String stringValue(V value);

    /** The boolean in a {@link Kind#BOOLEAN} value. */
    boolean booleanValue(V value);

    /**
     * Called when one property's serialization starts; the values the host hands out until the
     * matching {@link #release} are used only until then (calls nest, last in first out), so a host
     * that roots each value in a stack slot can pop them all there.
     */
    default int mark() {
      return 0;
    }

    /** The property whose serialization returned {@code mark} from {@link #mark} is done. */
    default void release(int mark) {}
  }

  /** GraalJS's message for a cycle. */
  public static final String CIRCULAR_MESSAGE = "Converting circular structure to JSON";

  /** GraalJS's message for a BigInt. */
  public static final String BIGINT_MESSAGE = "Do not know how to serialize a BigInt";

  private static final int MAX_GAP = 10;

  private final Host<V> host;
  private final List<String> propertyList;
  private final String gap;
  private final List<V> stack = new ArrayList<>();
  private String indent = "";

  /**
   * @param host the runtime's side
   * @param propertyList the keys from a replacer array (ToString'd in order; duplicates are dropped
   *     here), or null
   * @param gap the indentation unit, from {@link #gapFromNumber} or {@link #gapFromString}, or ""
   */
  public JsonStringifier(Host<V> host, List<String> propertyList, String gap) {
    this.host = host;
    this.propertyList =
        propertyList == null ? null : List.copyOf(new LinkedHashSet<>(propertyList));
    this.gap = gap;
  }

  /** The gap for a numeric {@code space}: min(10, ToIntegerOrInfinity(space)) spaces. */
  public static String gapFromNumber(double space) {
    double count = Math.min(MAX_GAP, NumberConversions.toIntegerOrInfinity(space));
    return count < 1 ? "" : " ".repeat((int) count);
  }

  /** The gap for a string {@code space}: its first ten code units. */
  public static String gapFromString(String space) {
    return space.length() <= MAX_GAP ? space : space.substring(0, MAX_GAP);
  }

  /**
   * {@code JSON.stringify(value)}: the text, or null for undefined. {@code value} and the holder
   * the host creates for it must stay valid throughout.
   */
  public String stringify(V value) {
    StringBuilder out = new StringBuilder();
    return serializeProperty(out, host.createHolder(value), "") ? out.toString() : null;
  }

  /** SerializeJSONProperty; false if the result is undefined (nothing appended). */
  private boolean serializeProperty(StringBuilder out, V holder, String key) {
    int mark = host.mark();
    try {
      return serializeValue(out, holder, key);
    } finally {
      host.release(mark);
    }
  }

  private boolean serializeValue(StringBuilder out, V holder, String key) {
    V value = host.get(holder, key);
    value = host.toJson(value, key);
    if (host.hasReplacer()) {
      value = host.callReplacer(holder, key, value);
    }
    value = host.unwrap(value);
    switch (host.kind(value)) {
      case NULL -> out.append("null");
      case BOOLEAN -> out.append(host.booleanValue(value));
      case STRING -> JsonQuote.appendQuoted(out, host.stringValue(value));
      case NUMBER -> {
        double d = host.numberValue(value);
        out.append(Double.isFinite(d) ? NumberToString.toString(d) : "null");
      }
      case BIGINT -> throw host.typeError(BIGINT_MESSAGE);
      case ARRAY -> serializeArray(out, value);
      case OBJECT -> serializeObject(out, value);
      default -> {
        return false;
      }
    }
    return true;
  }

  private void enter(V value) {
    for (V open : stack) {
      if (host.sameObject(open, value)) {
        throw host.typeError(CIRCULAR_MESSAGE);
      }
    }
    stack.add(value);
  }

  private void serializeObject(StringBuilder out, V value) {
    enter(value);
    String stepBack = indent;
    indent = indent + gap;
    List<String> keys = propertyList != null ? propertyList : host.ownEnumerableKeys(value);
    out.append('{');
    boolean any = false;
    for (String key : keys) {
      int mark = out.length();
      separate(out, any);
      JsonQuote.appendQuoted(out, key);
      out.append(':');
      if (!gap.isEmpty()) {
        out.append(' ');
      }
      if (serializeProperty(out, value, key)) {
        any = true;
      } else {
        out.setLength(mark);
      }
    }
    close(out, any, stepBack, '}');
  }

  private void serializeArray(StringBuilder out, V value) {
    enter(value);
    String stepBack = indent;
    indent = indent + gap;
    long length = host.length(value);
    out.append('[');
    for (long i = 0; i < length; i++) {
      separate(out, i > 0);
      if (!serializeProperty(out, value, Long.toString(i))) {
        out.append("null");
      }
    }
    close(out, length > 0, stepBack, ']');
  }

  /** Before a member: a comma after the first one, then the newline and indent if indenting. */
  private void separate(StringBuilder out, boolean notFirst) {
    if (notFirst) {
      out.append(',');
    }
    if (!gap.isEmpty()) {
      out.append('\n').append(indent);
    }
  }

  private void close(StringBuilder out, boolean any, String stepBack, char bracket) {
    if (any && !gap.isEmpty()) {
      out.append('\n').append(stepBack);
    }
    out.append(bracket);
    stack.removeLast();
    indent = stepBack;
  }
}
