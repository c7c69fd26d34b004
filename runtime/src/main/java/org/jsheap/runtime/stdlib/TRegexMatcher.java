package org.jsheap.runtime.stdlib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.source.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsheap.runtime.lib.RegExpFlags;
import org.jsheap.runtime.lib.RegexMatcher;

/**
 * A JavaScript regular expression compiled by TRegex (GraalJS's engine, docs/decisions.md "RegExp
 * engine"), through Truffle interop: {@code Env.parseInternal} of a {@code regex} source {@code
 * Flavor=ECMAScript/pattern/flags} gives a compiled regex whose {@code exec(input, from)} answers
 * {@code isMatch}, {@code getStart(i)} and {@code getEnd(i)}. Sticky matching is TRegex's own (the
 * {@code y} flag is passed through).
 */
final class TRegexMatcher implements RegexMatcher {
  private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

  final String source;
  final RegExpFlags flags;
  private final Object compiled;
  private final int groups;
  private final Map<String, Integer> names = new LinkedHashMap<>();

  /** A pattern TRegex rejects, with its message (GraalJS's SyntaxError message). */
  static final class BadPattern extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadPattern(String message) {
      super(message, null, false, false);
    }
  }

  @TruffleBoundary
  TRegexMatcher(TruffleLanguage.Env env, String source, RegExpFlags flags) {
    this.source = source;
    this.flags = flags;
    Source regex =
        Source.newBuilder("regex", "Flavor=ECMAScript/" + source + "/" + flags, "regexp")
            .internal(true)
            .build();
    try {
      this.compiled = env.parseInternal(regex).call();
    } catch (AbstractTruffleException e) {
      throw new BadPattern(
          "Invalid regular expression: /" + source + "/" + flags + ": " + e.getMessage());
    }
    try {
      if (INTEROP.isNull(compiled)) {
        throw new BadPattern("Invalid regular expression: /" + source + "/: unsupported by TRegex");
      }
      this.groups = INTEROP.asInt(INTEROP.readMember(compiled, "groupCount"));
      Object g = INTEROP.readMember(compiled, "groups");
      if (!INTEROP.isNull(g) && INTEROP.hasMembers(g)) {
        Object keys = INTEROP.getMembers(g);
        long n = INTEROP.getArraySize(keys);
        Map<Integer, String> byIndex = new java.util.TreeMap<>();
        for (long i = 0; i < n; i++) {
          String name = INTEROP.asString(INTEROP.readArrayElement(keys, i));
          Object index = INTEROP.readMember(g, name);
          if (INTEROP.fitsInInt(index)) {
            byIndex.put(INTEROP.asInt(index), name);
          } else if (INTEROP.hasArrayElements(index)) {
            byIndex.put(INTEROP.asInt(INTEROP.readArrayElement(index, 0)), name);
          }
        }
        for (Map.Entry<Integer, String> e : byIndex.entrySet()) {
          names.put(e.getValue(), e.getKey());
        }
      }
    } catch (InteropException e) {
      throw new IllegalStateException("TRegex interop: " + e.getMessage(), e);
    }
  }

  @Override
  @TruffleBoundary
  public int[] exec(String input, int from) {
    try {
      Object result = INTEROP.invokeMember(compiled, "exec", input, from);
      if (!INTEROP.asBoolean(INTEROP.readMember(result, "isMatch"))) {
        return null;
      }
      int[] r = new int[2 * groups];
      for (int g = 0; g < groups; g++) {
        r[2 * g] = INTEROP.asInt(INTEROP.invokeMember(result, "getStart", g));
        r[2 * g + 1] = INTEROP.asInt(INTEROP.invokeMember(result, "getEnd", g));
      }
      return r;
    } catch (InteropException e) {
      throw new IllegalStateException("TRegex interop: " + e.getMessage(), e);
    }
  }

  @Override
  public int groupCount() {
    return groups;
  }

  @Override
  public Map<String, Integer> groupNames() {
    return names;
  }
}
