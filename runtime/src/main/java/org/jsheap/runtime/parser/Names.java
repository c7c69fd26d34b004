package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.GlobalNodes;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.access.MappedArguments;
import org.jsheap.runtime.nodes.access.WithNodes;
import org.jsheap.runtime.nodes.expression.LogicalNodes;

/**
 * Name resolution from the translator's current scope: a local slot, a heap environment slot, or a
 * global. A name whose lookup passes a {@code with} scope (a block whose {@code withName} is set)
 * before its binding is <em>dynamic</em>: it is resolved at run time through those objects ({@link
 * WithNodes}), with the static access as the fallback. Every other name keeps its static access, so
 * code outside {@code with} bodies is translated as before.
 */
final class Names {
  private final Translator t;

  Names(Translator t) {
    this.t = t;
  }

  /**
   * Where a name lives from the current point: a binding and its environment depth, or global; and
   * the hidden bindings of the {@code with} objects to look at first, innermost first (empty: a
   * static name).
   */
  record Resolved(Scopes.Binding binding, int depth, List<String> withs) {
    boolean global() {
      return binding == null;
    }

    boolean dynamic() {
      return !withs.isEmpty();
    }
  }

  Resolved resolve(String name) {
    int depth = 0;
    List<String> withs = List.of();
    boolean hidden = name.startsWith("%");
    for (Scopes.Block b = t.block; b != null; b = b.parent) {
      Scopes.Binding x = b.bindings.get(name);
      if (visible(b, x)) {
        return new Resolved(x, depth, withs);
      }
      if (b.withName != null && !hidden && visible(b, b.bindings.get(b.withName))) {
        if (withs.isEmpty()) {
          withs = new ArrayList<>();
        }
        withs.add(b.withName);
      }
      if (b.hasEnv()) {
        depth++;
      }
    }
    return new Resolved(null, 0, withs);
  }

  /**
   * A binding of block {@code b} is reachable from here (a local of this function, or captured).
   */
  private boolean visible(Scopes.Block b, Scopes.Binding x) {
    return x != null && (x.captured || b.function == t.fn);
  }

  JsNode read(String name, boolean forTypeof) {
    Resolved r = resolve(name);
    JsNode read = staticRead(r, name, forTypeof);
    if (!r.dynamic()) {
      return read;
    }
    int slot = t.temp(1);
    return new LogicalNodes.Sequence(
        new JsNode[] {lookup(r, slot, name), new WithNodes.Get(slot, name, t.fn.strict, read)});
  }

  /** Reads a name that no {@code with} object can shadow (hidden bindings, intrinsics). */
  JsNode readStatic(String name) {
    return staticRead(resolve(name), name, false);
  }

  JsNode write(String name, JsNode value, boolean init) {
    Resolved r = resolve(name);
    if (init && t.evalVars.contains(name) && (r.global() || !r.binding().lexical())) {
      // a var or function that eval code declares in its caller's var object
      init = false;
    }
    if (!r.dynamic() || init) {
      return staticWrite(r, name, value, init);
    }
    int slot = t.temp(1);
    return new LogicalNodes.Sequence(
        new JsNode[] {lookup(r, slot, name), put(r, slot, name, value)});
  }

  /** The resolution of a dynamic name into {@code slot} (its value: the call's {@code this}). */
  JsNode lookup(Resolved r, int slot, String name) {
    JsNode[] objects = new JsNode[r.withs().size()];
    boolean[] noThis = new boolean[objects.length];
    for (int i = 0; i < objects.length; i++) {
      objects[i] = readStatic(r.withs().get(i));
      noThis[i] = EvalScope.EVAL_VARS.equals(r.withs().get(i));
    }
    return new WithNodes.Resolve(objects, slot, name, noThis);
  }

  /** GetValue of a dynamic name resolved into {@code slot}. */
  JsNode get(Resolved r, int slot, String name, boolean forTypeof) {
    return new WithNodes.Get(slot, name, t.fn.strict, staticRead(r, name, forTypeof));
  }

  /** PutValue of a dynamic name resolved into {@code slot}. */
  JsNode put(Resolved r, int slot, String name, JsNode value) {
    int valueSlot = t.temp(1);
    JsNode fallback = staticWrite(r, name, new LocalNodes.Read(valueSlot, null), false);
    return new WithNodes.Put(slot, valueSlot, name, t.fn.strict, value, fallback);
  }

  /** {@code delete name}. */
  JsNode delete(String name) {
    Resolved r = resolve(name);
    JsNode fallback =
        r.global()
            ? new GlobalNodes.Delete(name)
            : new org.jsheap.runtime.nodes.literal.LiteralNodes.Constant(
                org.jsheap.gc.ValueCodec.FALSE);
    if (!r.dynamic()) {
      return fallback;
    }
    int slot = t.temp(1);
    return new LogicalNodes.Sequence(
        new JsNode[] {lookup(r, slot, name), new WithNodes.Delete(slot, name, fallback)});
  }

  private JsNode staticRead(Resolved r, String name, boolean forTypeof) {
    if (r.global()) {
      return new GlobalNodes.Read(t.ctx, name, forTypeof);
    }
    Scopes.Binding b = r.binding();
    String tdzName = b.lexical() || b.tdz ? name : null;
    JsNode read =
        b.captured
            ? new LocalNodes.EnvRead(t.envSlot(), r.depth(), b.envIndex, tdzName)
            : new LocalNodes.Read(b.slot, tdzName);
    if (b.mappedIndex >= 0) {
      return new MappedArguments.Read(t.ctx, b.mappedIndex, readStatic(b.mappedArguments), read);
    }
    return read;
  }

  private JsNode staticWrite(Resolved r, String name, JsNode value, boolean init) {
    if (r.global()) {
      return new GlobalNodes.Write(
          t.ctx, name, value, t.temp(1), init && t.fn.program, t.fn.strict);
    }
    Scopes.Binding b = r.binding();
    if (b.immutable && !init) {
      if (!t.fn.strict) {
        return value;
      }
      return b.captured
          ? new LocalNodes.EnvWrite(t.envSlot(), r.depth(), b.envIndex, value, name, null)
          : new LocalNodes.Write(b.slot, value, name, null);
    }
    if (b.mappedIndex >= 0) {
      int spill = t.temp(1);
      return new MappedArguments.Write(
          t.ctx,
          b.mappedIndex,
          spill,
          value,
          readStatic(b.mappedArguments),
          t.patterns.writeBinding(b, r.depth(), new LocalNodes.Read(spill, null), init));
    }
    return t.patterns.writeBinding(b, r.depth(), value, init);
  }
}
