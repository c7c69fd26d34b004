package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.Args;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.SymbolKey;

/**
 * {@code Symbol}: {@code Symbol(description)}, the {@code Symbol.for}/{@code Symbol.keyFor}
 * registry (per realm: a registered symbol's value is an intrinsic named {@code "Symbol.for:" +
 * key}, so one key always gives the same value), the well-known {@code Symbol.iterator} (the
 * realm's key) and a few other well-known keys, {@code description}, {@code toString}, {@code
 * valueOf}.
 */
final class SymbolBuiltins implements BuiltinSet {
  private static final String REGISTRY = "Symbol.for:";

  /** Registered keys to their registry strings (for keyFor); weak, since keys are per realm. */
  private static final Map<SymbolKey, String> REGISTERED =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public void install(Installer in) {
    in.constructor("Symbol", 0, Construct::new);
    in.method("Symbol", "for", 1, For::new);
    in.method("Symbol", "keyFor", 1, KeyFor::new);
    in.method("SymbolPrototype", "toString", 0, () -> new Method("toString"));
    in.method("SymbolPrototype", "valueOf", 0, () -> new Method("valueOf"));
    in.getter("SymbolPrototype", "description", () -> new Method("description"));
    JSHeapContext ctx = in.context();
    long iterator = in.realm().intrinsic("SymbolIterator");
    if (iterator == UNDEFINED) {
      iterator = ctx.strings().symbol(in.realm().symbolIterator());
    }
    in.value("Symbol", "iterator", iterator, 0);
    in.realm().setIntrinsic("SymbolWrapper", in.function("Symbol", 1, SymbolBuiltins::wrap, 0));
    in.value("Symbol", "toStringTag", ctx.strings().symbol(in.realm().symbolToStringTag()), 0);
    in.value("Symbol", "hasInstance", ctx.strings().symbol(in.realm().symbolHasInstance()), 0);
    in.value("Symbol", "unscopables", ctx.strings().symbol(in.realm().symbolUnscopables()), 0);
    in.value("Symbol", "species", ctx.strings().symbol(in.realm().symbolSpecies()), 0);
    long spreadable = ctx.strings().symbol(in.realm().symbolIsConcatSpreadable());
    in.value("Symbol", "isConcatSpreadable", spreadable, 0);
    for (String name : new String[] {"asyncIterator", "toPrimitive"}) {
      in.value("Symbol", name, ctx.strings().symbol(new SymbolKey("Symbol." + name)), 0);
    }
  }

  /** {@code Object(symbol)}: a Symbol wrapper object (internal; called by ToObject). */
  private static long wrap(Args a) {
    JSHeapContext ctx = a.ctx();
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, ctx.model().newObject(ctx.realm().intrinsic("SymbolPrototype")));
      InternalSlots.attach(ctx, w, InternalSlots.SYMBOL, a.argSlot(0), UNDEFINED);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /** The symbol key of a symbol value or Symbol wrapper, or a TypeError. */
  static SymbolKey thisSymbol(JSHeapContext ctx, long v, String method) {
    if (ctx.strings().isSymbol(v)) {
      return (SymbolKey) ctx.strings().symbolKey(v);
    }
    long box = InternalSlots.require(ctx, v, InternalSlots.SYMBOL, "Symbol.prototype." + method);
    return (SymbolKey) ctx.strings().symbolKey(InternalSlots.payload(ctx.heap(), box));
  }

  /** {@code Symbol(description)}; {@code new Symbol} is a TypeError. */
  static final class Construct extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      if (isConstruct(frame)) {
        throw JsException.typeError("Symbol is not a constructor");
      }
      JSHeapContext ctx = ctx();
      long d = arg(frame, 0);
      String description = d == UNDEFINED ? null : JsValues.toJavaString(ctx, d);
      return ctx.strings().symbol(newKey(description));
    }

    @TruffleBoundary
    private static SymbolKey newKey(String description) {
      return new SymbolKey(description);
    }
  }

  /** {@code Symbol.for(key)}. */
  static final class For extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      String key = JsValues.toJavaString(ctx, arg(frame, 0));
      return lookup(ctx, key);
    }

    @TruffleBoundary
    private static long lookup(JSHeapContext ctx, String key) {
      long v = ctx.realm().intrinsic(REGISTRY + key);
      if (v != UNDEFINED) {
        return v;
      }
      SymbolKey k = new SymbolKey(key);
      REGISTERED.put(k, key);
      ctx.realm().setIntrinsic(REGISTRY + key, ctx.strings().symbol(k));
      return ctx.realm().intrinsic(REGISTRY + key);
    }
  }

  /** {@code Symbol.keyFor(sym)}. */
  static final class KeyFor extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      long v = arg(frame, 0);
      if (!ctx.strings().isSymbol(v)) {
        throw JsException.typeError(JsValues.toJavaString(ctx, v) + " is not a symbol");
      }
      String key = REGISTERED.get((SymbolKey) ctx.strings().symbolKey(v));
      return key == null ? UNDEFINED : ctx.strings().fromJava(key);
    }
  }

  /** {@code toString()}, {@code valueOf()}, {@code description}. */
  static final class Method extends BuiltinNode {
    private final String name;

    Method(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      long self = thisValue(frame);
      SymbolKey key = thisSymbol(ctx, self, name);
      return switch (name) {
        case "toString" -> ctx.strings().fromJava(key.toString());
        case "valueOf" ->
            ctx.strings().isSymbol(self)
                ? self
                : InternalSlots.payload(
                    ctx.heap(), InternalSlots.require(ctx, self, InternalSlots.SYMBOL, name));
        default ->
            key.description() == null ? UNDEFINED : ctx.strings().fromJava(key.description());
      };
    }
  }
}
