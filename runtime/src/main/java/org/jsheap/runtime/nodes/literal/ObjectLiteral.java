package org.jsheap.runtime.nodes.literal;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;

/**
 * {@code {a: 1, [k]: v, get x() {}, m() {}, ...o}}: the object is allocated first and kept in
 * activation slot {@code temp}; {@code temp + 1} and {@code temp + 2} hold a value or accessor
 * functions while the next one is created. May collect.
 */
public final class ObjectLiteral extends JsNode {
  @Children private final Member[] members;
  private final int temp;

  public ObjectLiteral(Member[] members, int temp) {
    this.members = members;
    this.temp = temp;
  }

  /** Slots this node needs from {@code temp}. */
  public static int temps() {
    return 3;
  }

  @Override
  @ExplodeLoop
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    int i = base(frame) + temp;
    act().set(i, ctx.model().newObjectLiteral(ctx.realm().objectPrototype(), members.length));
    for (Member m : members) {
      m.execute(frame, ctx, i);
    }
    return act().get(i);
  }

  /** One property definition; {@code key} is constant, or {@code keyNode} computes it. */
  public abstract static class Member extends Node {
    protected final Object key;
    @Child protected JsNode keyNode;

    Member(Object key, JsNode keyNode) {
      this.key = key == null ? null : PropertyKeys.internKey(key);
      this.keyNode = keyNode;
    }

    protected final Object key(VirtualFrame frame, JSHeapContext ctx) {
      return keyNode == null ? key : JsValues.toPropertyKey(ctx, keyNode.execute(frame));
    }

    /**
     * A computed key may name a non-configurable property of a class constructor ({@code static
     * ['prototype']() {}}): defining it is a TypeError.
     */
    protected final void checkRedefine(JSHeapContext ctx, long obj, Object k) {
      if (keyNode != null) {
        var old = ctx.model().getOwnProperty(obj, k);
        if (old != null && !old.isConfigurable()) {
          CompilerDirectives.transferToInterpreter();
          throw JsException.typeError("Cannot redefine property: " + k);
        }
      }
    }

    abstract void execute(VirtualFrame frame, JSHeapContext ctx, int objIndex);

    /** Defines this member on the object in slot {@code objIndex} (scratch: the two after). */
    public final void executeOn(VirtualFrame frame, JSHeapContext ctx, int objIndex) {
      execute(frame, ctx, objIndex);
    }
  }

  /** {@code key: value} or a method (whose home object is the literal). */
  public static final class Data extends Member {
    @Child private JsNode value;
    private final boolean method;
    private final int flags;
    private final boolean named;

    /**
     * {@code named}: the value is an anonymous function definition under a computed key, which
     * names it (SetFunctionName) once the key is known.
     */
    public Data(
        Object key, JsNode keyNode, JsNode value, boolean method, int flags, boolean named) {
      super(key, keyNode);
      this.value = value;
      this.method = method;
      this.flags = flags;
      this.named = named;
    }

    public Data(Object key, JsNode keyNode, JsNode value, boolean method, int flags) {
      this(key, keyNode, value, method, flags, false);
    }

    public Data(Object key, JsNode keyNode, JsNode value, boolean method) {
      this(key, keyNode, value, method, Property.DEFAULT);
    }

    @Override
    void execute(VirtualFrame frame, JSHeapContext ctx, int objIndex) {
      Object k = key(frame, ctx);
      Activation act = ctx.activation();
      act.set(objIndex + 1, value.execute(frame));
      checkRedefine(ctx, act.get(objIndex), k);
      if (named) {
        JsFunctions.setFunctionName(ctx, objIndex + 1, k, "");
      }
      if (method) {
        JsFunctions.setHome(ctx.heap(), act.get(objIndex + 1), act.get(objIndex));
      }
      ctx.model().define(act.get(objIndex), k, act.get(objIndex + 1), flags);
    }
  }

  /** {@code get key() {}} and/or {@code set key(v) {}}. */
  public static final class Accessor extends Member {
    @Child private JsNode getter;
    @Child private JsNode setter;
    private final int flags;

    public Accessor(Object key, JsNode keyNode, JsNode getter, JsNode setter, int flags) {
      super(key, keyNode);
      this.getter = getter;
      this.setter = setter;
      this.flags = flags;
    }

    @Override
    void execute(VirtualFrame frame, JSHeapContext ctx, int objIndex) {
      Object k = key(frame, ctx);
      Activation act = ctx.activation();
      checkRedefine(ctx, act.get(objIndex), k);
      var m = ctx.model();
      var old = m.getOwnProperty(act.get(objIndex), k);
      act.set(objIndex + 1, old != null && old.isAccessor() ? old.getter() : UNDEFINED);
      act.set(objIndex + 2, old != null && old.isAccessor() ? old.setter() : UNDEFINED);
      if (getter != null) {
        act.set(objIndex + 1, getter.execute(frame));
        if (keyNode != null) {
          JsFunctions.setFunctionName(ctx, objIndex + 1, k, "get");
        }
        JsFunctions.setHome(ctx.heap(), act.get(objIndex + 1), act.get(objIndex));
      }
      if (setter != null) {
        act.set(objIndex + 2, setter.execute(frame));
        if (keyNode != null) {
          JsFunctions.setFunctionName(ctx, objIndex + 2, k, "set");
        }
        JsFunctions.setHome(ctx.heap(), act.get(objIndex + 2), act.get(objIndex));
      }
      m.defineAccessor(act.get(objIndex), k, act.get(objIndex + 1), act.get(objIndex + 2), flags);
    }
  }

  /**
   * {@code __proto__: value} (not computed, not shorthand): sets the literal's prototype when the
   * value is an object or null, and is ignored otherwise (no property is made).
   */
  public static final class Proto extends Member {
    @Child private JsNode value;

    public Proto(JsNode value) {
      super(null, null);
      this.value = value;
    }

    @Override
    void execute(VirtualFrame frame, JSHeapContext ctx, int objIndex) {
      Activation act = ctx.activation();
      act.set(objIndex + 1, value.execute(frame));
      long v = act.get(objIndex + 1);
      if (v == NULL || JsValues.isObject(ctx, v)) {
        ctx.model().setPrototype(act.get(objIndex), v);
      }
    }
  }

  /** {@code ...source}: copies own enumerable properties. */
  public static final class Spread extends Member {
    @Child private JsNode source;

    public Spread(JsNode source) {
      super(null, null);
      this.source = source;
    }

    @Override
    void execute(VirtualFrame frame, JSHeapContext ctx, int objIndex) {
      Activation act = ctx.activation();
      act.set(objIndex + 1, source.execute(frame));
      ObjectRest.copyDataProperties(ctx, objIndex + 1, objIndex, java.util.Set.of());
    }
  }
}
