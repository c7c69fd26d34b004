package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.WithScopes;
import org.jsheap.shapes.PropertyKeys;

/**
 * Names that a {@code with} object may shadow (the translator uses these only for such names; every
 * other name keeps its static local, environment or global access). A reference is resolved once by
 * {@link Resolve} into a slot (the binding object that has the name, or undefined), then read,
 * written or deleted through that slot, or through the static access when it holds undefined.
 */
public final class WithNodes {
  private WithNodes() {}

  /**
   * ResolveBinding through the {@code with} objects (innermost first, each read by a node that
   * never collects): stores the first whose object environment has the name, or undefined, in
   * {@code slot} and returns it (the {@code this} of a call through the name). May collect.
   */
  public static final class Resolve extends JsNode {
    @Children private final JsNode[] objects;
    private final int slot;
    private final String name;

    /** Per object: an eval var object, whose binding gives a call no {@code this} (undefined). */
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1)
    private final boolean[] noThis;

    public Resolve(JsNode[] objects, int slot, String name, boolean[] noThis) {
      this.objects = objects;
      this.slot = slot;
      this.name = PropertyKeys.intern(name);
      this.noThis = noThis;
    }

    @Override
    @ExplodeLoop
    public long execute(VirtualFrame frame) {
      int i = base(frame) + slot;
      var ctx = ctx();
      for (int k = 0; k < objects.length; k++) {
        act().set(i, objects[k].execute(frame));
        try {
          if (WithScopes.hasBinding(ctx, i, name)) {
            return noThis[k] ? UNDEFINED : act().get(i);
          }
        } catch (JsException e) {
          throw e.at(this);
        }
      }
      act().set(i, UNDEFINED);
      return UNDEFINED;
    }
  }

  /** GetValue of a resolved reference. May collect. */
  public static final class Get extends JsNode {
    private final int slot;
    private final String name;
    private final boolean strict;
    @Child private JsNode fallback;

    public Get(int slot, String name, boolean strict, JsNode fallback) {
      this.slot = slot;
      this.name = PropertyKeys.intern(name);
      this.strict = strict;
      this.fallback = fallback;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int i = base(frame) + slot;
      if (act().get(i) == UNDEFINED) {
        return fallback.execute(frame);
      }
      try {
        return WithScopes.get(ctx(), i, name, strict);
      } catch (JsException e) {
        throw e.at(this);
      }
    }
  }

  /**
   * PutValue of a resolved reference: evaluates {@code value} into {@code valueSlot}, then writes
   * the binding object's property, or runs {@code fallback} (the static write of that slot's
   * value). Returns the value. May collect.
   */
  public static final class Put extends JsNode {
    private final int slot;
    private final int valueSlot;
    private final String name;
    private final boolean strict;
    @Child private JsNode value;
    @Child private JsNode fallback;

    public Put(
        int slot, int valueSlot, String name, boolean strict, JsNode value, JsNode fallback) {
      this.slot = slot;
      this.valueSlot = valueSlot;
      this.name = PropertyKeys.intern(name);
      this.strict = strict;
      this.value = value;
      this.fallback = fallback;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame);
      act().set(b + valueSlot, value.execute(frame));
      if (act().get(b + slot) == UNDEFINED) {
        return fallback.execute(frame);
      }
      try {
        WithScopes.set(ctx(), b + slot, b + valueSlot, name, strict);
      } catch (JsException e) {
        throw e.at(this);
      }
      return act().get(b + valueSlot);
    }
  }

  /** {@code delete name} of a resolved reference. May collect. */
  public static final class Delete extends JsNode {
    private final int slot;
    private final String name;
    @Child private JsNode fallback;

    public Delete(int slot, String name, JsNode fallback) {
      this.slot = slot;
      this.name = PropertyKeys.intern(name);
      this.fallback = fallback;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int i = base(frame) + slot;
      if (act().get(i) == UNDEFINED) {
        return fallback.execute(frame);
      }
      return fromBoolean(WithScopes.delete(ctx(), i, name));
    }
  }

  /** The binding object of a {@code with}: ToObject of the expression's value. May collect. */
  public static final class BindingObject extends JsNode {
    @Child private JsNode expression;

    public BindingObject(JsNode expression) {
      this.expression = expression;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = expression.execute(frame);
      try {
        return WithScopes.bindingObject(ctx(), v);
      } catch (JsException e) {
        throw e.at(this);
      }
    }
  }
}
