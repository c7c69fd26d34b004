package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import java.util.Map;
import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.lib.RegExpAlgorithms;
import org.jsheap.runtime.lib.RegExpFlags;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;

/**
 * {@code RegExp} on TRegex, GraalJS's engine, through Truffle interop ({@link TRegexMatcher}): the
 * constructor (regexp literals call it), {@code exec}, {@code test}, {@code toString}, the flag
 * getters, and the regexp paths of {@code String.prototype.replace}, {@code split}, {@code match}
 * and {@code search} (algorithms in {@link RegExpAlgorithms}). The compiled expression is an
 * external reference of the object's box.
 */
final class RegExpBuiltins implements BuiltinSet {
  private static final String[] FLAG_GETTERS = {
    "global", "ignoreCase", "multiline", "sticky", "unicode", "dotAll", "hasIndices"
  };

  @Override
  public void install(Installer in) {
    in.constructor("RegExp", 2, Construct::new);
    in.method("RegExpPrototype", "exec", 1, Exec::new);
    in.method("RegExpPrototype", "test", 1, Test::new);
    in.method("RegExpPrototype", "toString", 0, () -> new Getter("toString"));
    in.getter("RegExpPrototype", "source", () -> new Getter("source"));
    in.getter("RegExpPrototype", "flags", () -> new Getter("flags"));
    for (String f : FLAG_GETTERS) {
      in.getter("RegExpPrototype", f, () -> new Getter(f));
    }
  }

  static boolean isRegExp(JSHeapContext ctx, long v) {
    return InternalSlots.box(ctx, v, InternalSlots.REGEXP) != 0;
  }

  static TRegexMatcher matcher(JSHeapContext ctx, long rx, String method) {
    long box = InternalSlots.require(ctx, rx, InternalSlots.REGEXP, "RegExp.prototype." + method);
    return (TRegexMatcher) ctx.heap().external(InternalSlots.payload(ctx.heap(), box));
  }

  /** Compiles, throwing a SyntaxError for a bad pattern or flags. */
  @TruffleBoundary
  static TRegexMatcher compile(JSHeapContext ctx, String source, String flags) {
    try {
      return new TRegexMatcher(ctx.env(), source, RegExpFlags.parse(flags));
    } catch (RegExpFlags.InvalidFlagsException | TRegexMatcher.BadPattern e) {
      throw JsException.error("SyntaxError", e.getMessage());
    }
  }

  /**
   * A new RegExp object (under RegExp.prototype unless {@code objIndex} already holds a fresh
   * receiver, then that one) for a compiled expression. May collect.
   */
  static long create(JSHeapContext ctx, int objIndex, TRegexMatcher regex) {
    Activation act = ctx.activation();
    Heap heap = ctx.heap();
    int w = act.enter(2);
    try {
      if (objIndex < 0) {
        act.set(w, ctx.model().newObject(ctx.realm().intrinsic("RegExpPrototype")));
        objIndex = w;
      }
      act.set(w + 1, UNDEFINED);
      InternalSlots.attach(ctx, objIndex, InternalSlots.REGEXP, w + 1, UNDEFINED);
      long box = InternalSlots.box(ctx, act.get(objIndex), InternalSlots.REGEXP);
      InternalSlots.setPayload(
          heap, box, heap.registerExternal(box, regex, 64 + 4L * regex.source.length()));
      ctx.model().define(act.get(objIndex), "lastIndex", fromInt(0), Property.WRITABLE);
      return act.get(objIndex);
    } finally {
      act.exit(w);
    }
  }

  /** {@code new RegExp(pattern, flags)} / {@code RegExp(pattern, flags)}. */
  static final class Construct extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      long pattern = arg(frame, 0);
      long flags = arg(frame, 1);
      if (!isConstruct(frame) && isRegExp(ctx, pattern) && flags == UNDEFINED) {
        return pattern;
      }
      return construct(ctx, frame, pattern, flags);
    }

    private long construct(JSHeapContext ctx, VirtualFrame frame, long pattern, long flags) {
      String p;
      String f;
      if (isRegExp(ctx, pattern)) {
        TRegexMatcher old = matcher(ctx, pattern, "source");
        p = old.source;
        f = flags == UNDEFINED ? old.flags.toString() : JsValues.toJavaString(ctx, flags);
      } else {
        p = pattern == UNDEFINED ? "" : JsValues.toJavaString(ctx, pattern);
        f = arg(frame, 1) == UNDEFINED ? "" : JsValues.toJavaString(ctx, arg(frame, 1));
      }
      return create(ctx, isConstruct(frame) ? thisSlot(frame) : -1, compile(ctx, p, f));
    }
  }

  /** ToLength(rx.lastIndex). May collect. */
  static long lastIndex(JSHeapContext ctx, long rx) {
    return NumberConversions.toLength(JsValues.toNumber(ctx, ctx.model().get(rx, "lastIndex")));
  }

  static void setLastIndex(JSHeapContext ctx, long rx, long value) {
    if (value >= 0) {
      ctx.model().put(rx, "lastIndex", fromNumber((double) value));
    }
  }

  /**
   * RegExpBuiltinExec on the regexp in absolute slot {@code rxIndex}: the match array (with {@code
   * index}, {@code input}, {@code groups}) or null. May collect.
   */
  @TruffleBoundary
  static long exec(JSHeapContext ctx, int rxIndex, String s) {
    Activation act = ctx.activation();
    TRegexMatcher regex = matcher(ctx, act.get(rxIndex), "exec");
    long last = lastIndex(ctx, act.get(rxIndex));
    RegExpAlgorithms.ExecResult r = RegExpAlgorithms.exec(regex, s, last, regex.flags);
    setLastIndex(ctx, act.get(rxIndex), r.lastIndex());
    if (r.match() == null) {
      return NULL;
    }
    return matchArray(ctx, regex, r.match(), s);
  }

  private static long matchArray(JSHeapContext ctx, TRegexMatcher regex, int[] match, String s) {
    Activation act = ctx.activation();
    ObjectModel m = ctx.model();
    int w = act.enter(3);
    try {
      act.set(w, m.newArray(ctx.realm().arrayPrototype(), match.length / 2));
      for (int g = 0; g < match.length / 2; g++) {
        String group = RegExpAlgorithms.group(match, s, g);
        act.set(w + 1, group == null ? UNDEFINED : ctx.strings().fromJava(group));
        m.defineElement(act.get(w), g, act.get(w + 1), org.jsheap.shapes.Property.DEFAULT);
      }
      m.put(act.get(w), "index", fromInt(match[0]));
      act.set(w + 1, ctx.strings().fromJava(s));
      m.put(act.get(w), "input", act.get(w + 1));
      Map<String, Integer> names = regex.groupNames();
      if (names.isEmpty()) {
        m.put(act.get(w), "groups", UNDEFINED);
      } else {
        act.set(w + 1, m.newObject(NULL));
        for (Map.Entry<String, Integer> e : names.entrySet()) {
          String group = RegExpAlgorithms.group(match, s, e.getValue());
          act.set(w + 2, group == null ? UNDEFINED : ctx.strings().fromJava(group));
          m.put(act.get(w + 1), e.getKey(), act.get(w + 2));
        }
        m.put(act.get(w), "groups", act.get(w + 1));
      }
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** {@code exec(string)}. */
  static final class Exec extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      matcher(ctx, thisValue(frame), "exec");
      String s = JsValues.toJavaString(ctx, arg(frame, 0));
      return exec(ctx, thisSlot(frame), s);
    }
  }

  /** {@code test(string)}. */
  static final class Test extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      matcher(ctx, thisValue(frame), "test");
      String s = JsValues.toJavaString(ctx, arg(frame, 0));
      return fromBoolean(exec(ctx, thisSlot(frame), s) != NULL);
    }
  }

  /** {@code source}, {@code flags}, the flag getters and {@code toString}. */
  static final class Getter extends BuiltinNode {
    private final String name;

    Getter(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      long self = thisValue(frame);
      if (self == ctx.realm().intrinsic("RegExpPrototype") && !name.equals("toString")) {
        return name.equals("source")
            ? ctx.constantString("(?:)")
            : name.equals("flags") ? ctx.constantString("") : UNDEFINED;
      }
      TRegexMatcher r = matcher(ctx, self, name);
      RegExpFlags f = r.flags;
      return switch (name) {
        case "source" -> ctx.strings().fromJava(escape(r.source));
        case "flags" -> ctx.strings().fromJava(f.toString());
        case "toString" -> ctx.strings().fromJava("/" + escape(r.source) + "/" + f);
        case "global" -> fromBoolean(f.global());
        case "ignoreCase" -> fromBoolean(f.ignoreCase());
        case "multiline" -> fromBoolean(f.multiline());
        case "sticky" -> fromBoolean(f.sticky());
        case "unicode" -> fromBoolean(f.unicode());
        case "dotAll" -> fromBoolean(f.dotAll());
        default -> fromBoolean(f.hasIndices());
      };
    }

    @TruffleBoundary
    private static String escape(String source) {
      return RegExpAlgorithms.escapeSource(source);
    }
  }

  /** The regexp in slot {@code index}, or a new one compiled from its ToString (match, search). */
  private static int ensureRegExp(JSHeapContext ctx, int index, int scratch) {
    Activation act = ctx.activation();
    long v = index < 0 ? UNDEFINED : act.get(index);
    if (isRegExp(ctx, v)) {
      return index;
    }
    String p = v == UNDEFINED ? "" : JsValues.toJavaString(ctx, v);
    act.set(scratch, create(ctx, -1, compile(ctx, p, "")));
    return scratch;
  }

  /** {@code s.match(rx)}. May collect. */
  @TruffleBoundary
  static long match(JSHeapContext ctx, int argIndex, String s) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      int rx = ensureRegExp(ctx, argIndex, w);
      TRegexMatcher regex = matcher(ctx, act.get(rx), "match");
      if (!regex.flags.global()) {
        return exec(ctx, rx, s);
      }
      List<String> all = RegExpAlgorithms.matchAll(regex, s, regex.flags);
      setLastIndex(ctx, act.get(rx), 0);
      return all.isEmpty() ? NULL : StringBuiltins.newStringArray(ctx, all);
    } finally {
      act.exit(w);
    }
  }

  /** {@code s.search(rx)}. May collect. */
  @TruffleBoundary
  static int search(JSHeapContext ctx, int argIndex, String s) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      int rx = ensureRegExp(ctx, argIndex, w);
      return RegExpAlgorithms.search(matcher(ctx, act.get(rx), "search"), s);
    } finally {
      act.exit(w);
    }
  }

  /** {@code s.split(rx, limit)}: searches forward even for a sticky regexp. */
  @TruffleBoundary
  static List<String> split(JSHeapContext ctx, long rx, String s, long limit) {
    TRegexMatcher regex = matcher(ctx, rx, "split");
    if (regex.flags.sticky()) {
      RegExpFlags f = regex.flags;
      regex =
          new TRegexMatcher(
              ctx.env(),
              regex.source,
              new RegExpFlags(
                  f.hasIndices(),
                  f.global(),
                  f.ignoreCase(),
                  f.multiline(),
                  f.dotAll(),
                  f.unicode(),
                  f.unicodeSets(),
                  false));
    }
    return RegExpAlgorithms.split(regex, s, limit, regex.flags.fullUnicode());
  }

  /**
   * {@code s.replace(rx, replacement)} / {@code replaceAll} with the regexp in absolute slot {@code
   * rxIndex} and the replacement in {@code replIndex}. May collect.
   */
  @TruffleBoundary
  static long replace(JSHeapContext ctx, int rxIndex, String s, int replIndex, boolean all) {
    Activation act = ctx.activation();
    TRegexMatcher regex = matcher(ctx, act.get(rxIndex), all ? "replaceAll" : "replace");
    if (all && !regex.flags.global()) {
      throw JsException.typeError("replaceAll must be called with a global RegExp");
    }
    boolean functional = JsValues.isCallable(ctx, act.get(replIndex));
    String template = functional ? null : JsValues.toJavaString(ctx, act.get(replIndex));
    long last = regex.flags.usesLastIndex() ? lastIndex(ctx, act.get(rxIndex)) : 0;
    RegExpAlgorithms.ReplaceResult r =
        RegExpAlgorithms.replace(
            regex,
            s,
            last,
            regex.flags,
            template,
            functional
                ? (m, input) ->
                    StringBuiltins.callReplacer(
                        ctx, replIndex, input, m, RegExpAlgorithms.captures(m, input))
                : null);
    setLastIndex(ctx, act.get(rxIndex), r.lastIndex());
    return ctx.strings().fromJava(r.result());
  }
}
