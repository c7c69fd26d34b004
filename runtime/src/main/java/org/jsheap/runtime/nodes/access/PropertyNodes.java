package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.PropertyKeys;
import org.jsheap.shapes.nodes.GetElementNode;
import org.jsheap.shapes.nodes.GetPropertyNode;
import org.jsheap.shapes.nodes.PutElementNode;
import org.jsheap.shapes.nodes.PutPropertyNode;

/**
 * {@code o.key}, {@code o[k]} and their assignments through the shapes nodes and their caches; the
 * receiver is spilled to an activation slot while the key and value are evaluated.
 */
public final class PropertyNodes {
  private PropertyNodes() {}

  /** {@code o.key}. May collect (getters, a string's character). */
  public static final class Get extends JsNode {
    @Child private JsNode object;
    @Child private GetPropertyNode get;
    private final Object key;
    private final ConditionProfile isObject = ConditionProfile.create();

    public Get(JSHeapContext ctx, JsNode object, Object key) {
      this.object = object;
      this.key = PropertyKeys.internKey(key);
      this.get = GetPropertyNode.create(ctx.model(), this.key);
    }

    @Override
    public long execute(VirtualFrame frame) {
      long o = object.execute(frame);
      var ctx = ctx();
      if (isObject.profile(JsValues.isObject(ctx, o))) {
        return get.execute(o);
      }
      return JsObjects.getFromPrimitive(ctx, o, key);
    }
  }

  /** {@code o.key = value}; returns the value. May collect. */
  public static final class Set extends JsNode {
    @Child private JsNode object;
    @Child private JsNode value;
    @Child private PutPropertyNode put;
    private final Object key;
    private final int spill;

    public Set(JSHeapContext ctx, JsNode object, Object key, JsNode value, int spill) {
      this.object = object;
      this.value = value;
      this.key = PropertyKeys.internKey(key);
      this.put = PutPropertyNode.create(ctx.model(), this.key);
      this.spill = spill;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long o = object.execute(frame);
      int i = base(frame) + spill;
      act().set(i, o);
      long v = value.execute(frame);
      o = act().get(i);
      var ctx = ctx();
      if (JsValues.isObject(ctx, o)) {
        act().set(i, v);
        put.execute(o, v);
        return act().get(i);
      }
      if (Foreign.isForeign(ctx, o)) {
        act().set(i, v);
        Foreign.write(ctx, o, key, v);
        return act().get(i);
      }
      JsObjects.checkWritable(ctx, o, key);
      return v;
    }
  }

  /** {@code o[k]}. May collect. */
  public static final class GetIndex extends JsNode {
    @Child private JsNode object;
    @Child private JsNode index;
    @Child private GetElementNode get;
    private final int spill;

    public GetIndex(JSHeapContext ctx, JsNode object, JsNode index, int spill) {
      this.object = object;
      this.index = index;
      this.get = GetElementNode.create(ctx.model());
      this.spill = spill;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long o = object.execute(frame);
      int i = base(frame) + spill;
      act().set(i, o);
      long k = index.execute(frame);
      o = act().get(i);
      var ctx = ctx();
      if (isInt(k) && asInt(k) >= 0 && JsValues.isObject(ctx, o)) {
        return get.execute(o, asInt(k));
      }
      return JsObjects.get(ctx, o, k);
    }
  }

  /** {@code o[k] = value}; returns the value. May collect. */
  public static final class SetIndex extends JsNode {
    @Child private JsNode object;
    @Child private JsNode index;
    @Child private JsNode value;
    @Child private PutElementNode put;
    private final int spill;

    public SetIndex(JSHeapContext ctx, JsNode object, JsNode index, JsNode value, int spill) {
      this.object = object;
      this.index = index;
      this.value = value;
      this.put = PutElementNode.create(ctx.model());
      this.spill = spill;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int i = base(frame) + spill;
      act().set(i, object.execute(frame));
      act().set(i + 1, index.execute(frame));
      long v = value.execute(frame);
      long o = act().get(i);
      long k = act().get(i + 1);
      var ctx = ctx();
      act().set(i + 1, v);
      if (isInt(k) && asInt(k) >= 0 && JsValues.isObject(ctx, o)) {
        put.execute(o, asInt(k), v);
      } else {
        JsObjects.put(ctx, o, k, v);
      }
      return act().get(i + 1);
    }
  }

  /** {@code delete o[k]} (and {@code delete o.key} with a constant key node). May collect. */
  public static final class Delete extends JsNode {
    @Child private JsNode object;
    @Child private JsNode index;
    private final int spill;

    public Delete(JsNode object, JsNode index, int spill) {
      this.object = object;
      this.index = index;
      this.spill = spill;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int i = base(frame) + spill;
      act().set(i, object.execute(frame));
      long k = index.execute(frame);
      return fromBoolean(JsObjects.delete(ctx(), act().get(i), k));
    }
  }
}
