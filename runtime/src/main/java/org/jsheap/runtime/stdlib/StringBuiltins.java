package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.JsWhitespace;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.lib.RegExpAlgorithms;
import org.jsheap.runtime.lib.StringAlgorithms;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;

/**
 * {@code String}: the constructor (conversion, wrapper objects), {@code String.fromCharCode}, and
 * every ES5 prototype method plus {@code includes}, {@code startsWith}, {@code endsWith}, {@code
 * repeat}, {@code padStart}, {@code padEnd}, {@code trimStart}/{@code trimEnd}, {@code at} and
 * {@code codePointAt}. {@code replace}, {@code split}, {@code match} and {@code search} take a
 * string or a RegExp ({@link RegExpBuiltins}).
 */
final class StringBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.constructor("String", 1, Construct::new);
    long empty = in.context().constantString("");
    InternalSlots.brandIntrinsic(in.context(), "StringPrototype", InternalSlots.STRING, empty);
    in.value("StringPrototype", "length", fromInt(0), 0);
    in.method("String", "fromCharCode", 1, FromCharCode::new);
    String[] simple = {
      "charAt",
      "charCodeAt",
      "codePointAt",
      "at",
      "indexOf",
      "lastIndexOf",
      "includes",
      "startsWith",
      "endsWith",
      "slice",
      "substring",
      "substr",
      "toUpperCase",
      "toLowerCase",
      "toLocaleUpperCase",
      "toLocaleLowerCase",
      "trim",
      "trimStart",
      "trimEnd",
      "repeat",
      "padStart",
      "padEnd",
      "localeCompare",
      "concat",
      "toString",
      "valueOf"
    };
    int[] lengths = {1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 0, 0, 0, 0, 0, 0, 0, 1, 2, 2, 1, 1, 0, 0};
    for (int i = 0; i < simple.length; i++) {
      String name = simple[i];
      in.method("StringPrototype", name, lengths[i], () -> new Method(name));
    }
    in.method("StringPrototype", "replace", 2, () -> new Replace(false));
    in.method("StringPrototype", "replaceAll", 2, () -> new Replace(true));
    in.method("StringPrototype", "split", 2, Split::new);
    in.method("StringPrototype", "match", 1, Match::new);
    in.method("StringPrototype", "search", 1, Search::new);
    in.method(
        "StringPrototype",
        in.realm().symbolIterator(),
        "[Symbol.iterator]",
        0,
        StringIterator::new);
  }

  /** {@code String(v)} (a symbol gives its description), {@code new String(v)} a wrapper. */
  static final class Construct extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      long s;
      if (argc(frame) == 0) {
        s = ctx.constantString("");
      } else if (!isConstruct(frame) && ctx.strings().isSymbol(arg(frame, 0))) {
        s = ctx.strings().fromJava(ctx.strings().symbolKey(arg(frame, 0)).toString());
      } else {
        s = JsValues.toStringValue(ctx, arg(frame, 0));
      }
      if (!isConstruct(frame)) {
        return s;
      }
      wrap(ctx, thisSlot(frame), s);
      return thisValue(frame);
    }

    @TruffleBoundary
    private static void wrap(JSHeapContext ctx, int thisIndex, long s) {
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, s);
        InternalSlots.attach(ctx, thisIndex, InternalSlots.STRING, w, UNDEFINED);
        int n = ctx.strings().length(act.get(w));
        ctx.model().define(act.get(thisIndex), "length", fromInt(n), 0);
        // a String exotic object's own index properties: read-only, enumerable, permanent
        for (int i = 0; i < n; i++) {
          Safepoints.poll(ctx, i);
          long c = JsObjects.charAt(ctx, act.get(w), i);
          ctx.model().defineElement(act.get(thisIndex), i, c, Property.ENUMERABLE);
        }
      } finally {
        act.exit(w);
      }
    }
  }

  /** RequireObjectCoercible(this), then ToString. May collect. */
  static String thisString(JSHeapContext ctx, long v, String method) {
    if (v == UNDEFINED || v == NULL) {
      throw JsException.typeError("String.prototype." + method + " called on null or undefined");
    }
    return JsValues.toJavaString(ctx, v);
  }

  /** {@code String.fromCharCode(...codes)}. */
  static final class FromCharCode extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      int n = argc(frame);
      double[] codes = new double[n];
      for (int i = 0; i < n; i++) {
        codes[i] = JsValues.toNumber(ctx(), arg(frame, i));
      }
      return ctx().strings().fromJava(StringAlgorithms.fromCharCodes(codes));
    }
  }

  /** The prototype methods that take numbers and strings and return one value. */
  static final class Method extends BuiltinNode {
    private final String name;

    Method(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return run(ctx(), frame);
    }

    private long run(JSHeapContext ctx, VirtualFrame frame) {
      long self = thisValue(frame);
      if (name.equals("toString") || name.equals("valueOf")) {
        if (ctx.strings().isString(self)) {
          return self;
        }
        long box =
            InternalSlots.require(ctx, self, InternalSlots.STRING, "String.prototype." + name);
        return InternalSlots.payload(ctx.heap(), box);
      }
      String s = thisString(ctx, self, name);
      Object r = compute(ctx, frame, s);
      if (r instanceof String str) {
        return str.length() == 1 ? ctx.constantString(str) : ctx.strings().fromJava(str);
      }
      return (Long) r;
    }

    private double num(JSHeapContext ctx, VirtualFrame frame, int i) {
      return NumberConversions.toIntegerOrInfinity(JsValues.toNumber(ctx, arg(frame, i)));
    }

    private String str(JSHeapContext ctx, VirtualFrame frame, int i) {
      return JsValues.toJavaString(ctx, arg(frame, i));
    }

    private String searchString(JSHeapContext ctx, VirtualFrame frame) {
      if (RegExpBuiltins.isRegExp(ctx, arg(frame, 0))) {
        throw JsException.typeError(
            "First argument to String.prototype." + name + " must not be a regular expression");
      }
      return str(ctx, frame, 0);
    }

    private Object compute(JSHeapContext ctx, VirtualFrame frame, String s) {
      int len = s.length();
      switch (name) {
        case "charAt":
          {
            double p = num(ctx, frame, 0);
            return p < 0 || p >= len ? "" : String.valueOf(s.charAt((int) p));
          }
        case "charCodeAt":
          {
            double p = num(ctx, frame, 0);
            return p < 0 || p >= len ? fromDouble(Double.NaN) : fromInt(s.charAt((int) p));
          }
        case "codePointAt":
          {
            double p = num(ctx, frame, 0);
            return p < 0 || p >= len ? UNDEFINED : fromInt(s.codePointAt((int) p));
          }
        case "at":
          {
            double p = num(ctx, frame, 0);
            double k = p < 0 ? len + p : p;
            return k < 0 || k >= len ? UNDEFINED : String.valueOf(s.charAt((int) k));
          }
        case "indexOf":
          {
            String search = str(ctx, frame, 0);
            return fromInt(StringAlgorithms.indexOf(s, search, num(ctx, frame, 1)));
          }
        case "lastIndexOf":
          {
            String search = str(ctx, frame, 0);
            double pos = JsValues.toNumber(ctx, arg(frame, 1));
            double p = Double.isNaN(pos) ? Double.NaN : NumberConversions.toIntegerOrInfinity(pos);
            return fromInt(StringAlgorithms.lastIndexOf(s, search, p));
          }
        case "includes":
          {
            String search = searchString(ctx, frame);
            return fromBoolean(StringAlgorithms.indexOf(s, search, num(ctx, frame, 1)) >= 0);
          }
        case "startsWith":
          {
            String search = searchString(ctx, frame);
            int start = StringAlgorithms.clampIndex(num(ctx, frame, 1), len);
            return fromBoolean(s.startsWith(search, start));
          }
        case "endsWith":
          {
            String search = searchString(ctx, frame);
            int end =
                arg(frame, 1) == UNDEFINED
                    ? len
                    : StringAlgorithms.clampIndex(num(ctx, frame, 1), len);
            int start = end - search.length();
            return fromBoolean(start >= 0 && s.startsWith(search, start));
          }
        case "slice":
          {
            int from = StringAlgorithms.relativeIndex(num(ctx, frame, 0), len);
            int to =
                arg(frame, 1) == UNDEFINED
                    ? len
                    : StringAlgorithms.relativeIndex(num(ctx, frame, 1), len);
            return from >= to ? "" : s.substring(from, to);
          }
        case "substring":
          {
            int a = StringAlgorithms.clampIndex(num(ctx, frame, 0), len);
            int b =
                arg(frame, 1) == UNDEFINED
                    ? len
                    : StringAlgorithms.clampIndex(num(ctx, frame, 1), len);
            return s.substring(Math.min(a, b), Math.max(a, b));
          }
        case "substr":
          {
            double start = num(ctx, frame, 0);
            double length = arg(frame, 1) == UNDEFINED ? len : num(ctx, frame, 1);
            return StringAlgorithms.substr(s, start, length);
          }
        case "toUpperCase":
        case "toLocaleUpperCase":
          return StringAlgorithms.toUpperCase(s);
        case "toLowerCase":
        case "toLocaleLowerCase":
          return StringAlgorithms.toLowerCase(s);
        case "trim":
          return JsWhitespace.trim(s);
        case "trimStart":
          return JsWhitespace.trimStart(s);
        case "trimEnd":
          return JsWhitespace.trimEnd(s);
        case "repeat":
          {
            double count = num(ctx, frame, 0);
            if (!StringAlgorithms.isValidRepeatCount(count)) {
              throw JsException.rangeError(
                  "Invalid count value: " + JsValues.toJavaString(ctx, arg(frame, 0)));
            }
            if (count * len > (1 << 29)) {
              throw JsException.rangeError("Invalid string length");
            }
            return StringAlgorithms.repeat(s, count);
          }
        case "padStart":
        case "padEnd":
          {
            long max = NumberConversions.toLength(JsValues.toNumber(ctx, arg(frame, 0)));
            String filler = arg(frame, 1) == UNDEFINED ? " " : str(ctx, frame, 1);
            if (max > (1 << 29)) {
              throw JsException.rangeError("Invalid string length");
            }
            return StringAlgorithms.pad(s, max, filler, name.equals("padStart"));
          }
        case "localeCompare":
          return fromInt(StringAlgorithms.localeCompare(s, str(ctx, frame, 0)));
        case "concat":
          {
            StringBuilder b = new StringBuilder(s);
            for (int i = 0; i < argc(frame); i++) {
              b.append(str(ctx, frame, i));
            }
            return b.toString();
          }
        default:
          throw new IllegalStateException(name);
      }
    }
  }

  /** {@code replace(pattern, replacement)} / {@code replaceAll}. */
  static final class Replace extends BuiltinNode {
    private final boolean all;

    Replace(boolean all) {
      this.all = all;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return replace(ctx(), frame);
    }

    private long replace(JSHeapContext ctx, VirtualFrame frame) {
      String name = all ? "replaceAll" : "replace";
      String s = thisString(ctx, thisValue(frame), name);
      if (RegExpBuiltins.isRegExp(ctx, arg(frame, 0))) {
        return RegExpBuiltins.replace(ctx, argSlot(frame, 0), s, argSlot(frame, 1), all);
      }
      String search = JsValues.toJavaString(ctx, arg(frame, 0));
      long replacement = arg(frame, 1);
      boolean functional = JsValues.isCallable(ctx, replacement);
      String template = functional ? null : JsValues.toJavaString(ctx, replacement);
      int fnSlot = argSlot(frame, 1);
      String result =
          RegExpAlgorithms.replaceString(
              s,
              search,
              all,
              template,
              functional ? (m, input) -> callReplacer(ctx, fnSlot, input, m, null) : null);
      return ctx.strings().fromJava(result);
    }
  }

  /**
   * Calls the replacer function in absolute slot {@code fnSlot} with (matched, ...captures,
   * position, input) and returns ToString of its result. May collect.
   */
  static String callReplacer(
      JSHeapContext ctx, int fnSlot, String input, int[] match, String[] captures) {
    Activation act = ctx.activation();
    int n = captures == null ? 0 : captures.length;
    int base = act.enter(2 + 3 + n);
    try {
      act.set(base, act.get(fnSlot));
      act.set(base + 1, UNDEFINED);
      act.set(base + 2, ctx.strings().fromJava(input.substring(match[0], match[1])));
      for (int i = 0; i < n; i++) {
        act.set(
            base + 3 + i, captures[i] == null ? UNDEFINED : ctx.strings().fromJava(captures[i]));
      }
      act.set(base + 3 + n, fromInt(match[0]));
      act.set(base + 4 + n, ctx.strings().fromJava(input));
      long r = JsCalls.callPrepared(ctx, base, 3 + n, 0);
      return JsValues.toJavaString(ctx, r);
    } finally {
      act.exit(base);
    }
  }

  /** {@code split(separator, limit)}. */
  static final class Split extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      return split(ctx(), frame);
    }

    private long split(JSHeapContext ctx, VirtualFrame frame) {
      String s = thisString(ctx, thisValue(frame), "split");
      long limitValue = arg(frame, 1);
      long limit =
          limitValue == UNDEFINED
              ? 0xFFFF_FFFFL
              : NumberConversions.toUint32(JsValues.toNumber(ctx, limitValue));
      List<String> parts;
      if (RegExpBuiltins.isRegExp(ctx, arg(frame, 0))) {
        parts = RegExpBuiltins.split(ctx, arg(frame, 0), s, limit);
      } else if (arg(frame, 0) == UNDEFINED) {
        parts = limit == 0 ? List.of() : List.of(s);
      } else {
        String sep = JsValues.toJavaString(ctx, arg(frame, 0));
        parts = splitString(s, sep, limit);
      }
      return newStringArray(ctx, parts);
    }
  }

  static List<String> splitString(String s, String sep, long limit) {
    List<String> out = new java.util.ArrayList<>();
    if (limit == 0) {
      return out;
    }
    if (sep.isEmpty()) {
      for (int i = 0; i < s.length() && out.size() < limit; i++) {
        out.add(String.valueOf(s.charAt(i)));
      }
      return out;
    }
    int p = 0;
    int q;
    while ((q = s.indexOf(sep, p)) >= 0) {
      out.add(s.substring(p, q));
      if (out.size() == limit) {
        return out;
      }
      p = q + sep.length();
    }
    out.add(s.substring(p));
    return out;
  }

  /** A new array of string values (null entries become undefined). May collect. */
  static long newStringArray(JSHeapContext ctx, List<String> parts) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    int w = act.enter(2);
    try {
      act.set(w, m.newArray(ctx.realm().arrayPrototype(), parts.size()));
      for (int i = 0; i < parts.size(); i++) {
        Safepoints.poll(ctx, i);
        String p = parts.get(i);
        act.set(w + 1, p == null ? UNDEFINED : ctx.strings().fromJava(p));
        m.defineElement(act.get(w), i, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** {@code match(regexp)}: a string argument is compiled as a RegExp. */
  static final class Match extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      String s = thisString(ctx, thisValue(frame), "match");
      return RegExpBuiltins.match(ctx, argc(frame) > 0 ? argSlot(frame, 0) : -1, s);
    }
  }

  /** {@code search(regexp)}. */
  static final class Search extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      String s = thisString(ctx, thisValue(frame), "search");
      return fromInt(RegExpBuiltins.search(ctx, argc(frame) > 0 ? argSlot(frame, 0) : -1, s));
    }
  }
}
