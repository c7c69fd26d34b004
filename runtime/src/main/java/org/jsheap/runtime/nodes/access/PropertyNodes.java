package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.ArrayLengths;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.StrictWrites;
import org.jsheap.shapes.ObjectModelException;
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
      try {
        return JsObjects.getFromPrimitive(ctx, o, key);
      } catch (JsException e) {
        throw e.at(this);
      }
    }
  }

  /**
   * {@code o.key = value}; returns the value. In strict code a refused write is a TypeError. May
   * collect.
   */
  public static final class Set extends JsNode {
    @Child private JsNode object;
    @Child private JsNode value;
    @Child private PutPropertyNode put;
    private final Object key;
    private final int spill;
    private final boolean strict;

    public Set(
        JSHeapContext ctx, JsNode object, Object key, JsNode value, int spill, boolean strict) {
      this.object = object;
      this.value = value;
      this.key = PropertyKeys.internKey(key);
      this.put = PutPropertyNode.create(ctx.model(), this.key);
      this.spill = spill;
      this.strict = strict;
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
        boolean ok;
        try {
          ok = put.execute(o, v);
        } catch (ObjectModelException e) {
          CompilerDirectives.transferToInterpreter();
          lengthWrite(ctx, e, o, v);
          return act().get(i);
        }
        if (!ok && strict) {
          // a refused write runs no JS code and allocates nothing: o is still valid
          CompilerDirectives.transferToInterpreter();
          throw StrictWrites.assignFailed(ctx, o, key);
        }
        return act().get(i);
      }
      if (Foreign.isForeign(ctx, o)) {
        act().set(i, v);
        Foreign.write(ctx, o, key, v);
        return act().get(i);
      }
      boolean writable;
      try {
        writable = JsObjects.checkWritable(ctx, o, key);
      } catch (JsException e) {
        throw e.at(this);
      }
      if (!writable && strict) {
        CompilerDirectives.transferToInterpreter();
        throw StrictWrites.assignFailed(ctx, o, key).at(this);
      }
      return v;
    }

    /**
     * A write the model refused (an array length it cannot take as it is): converts and retries
     * ({@link ArrayLengths#retryPut}). The model refused before any change or allocation, so {@code
     * o} and {@code v} are still valid here. May collect.
     */
    private void lengthWrite(JSHeapContext ctx, ObjectModelException e, long o, long v) {
      int w = act().enter(1);
      try {
        act().set(w, o);
        if (!ArrayLengths.retryPut(ctx, e, o, key, v) && strict) {
          throw StrictWrites.assignFailed(ctx, act().get(w), key);
        }
      } catch (JsException j) {
        throw j.at(this);
      } finally {
        act().exit(w);
      }
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
      try {
        return JsObjects.get(ctx, o, k);
      } catch (JsException e) {
        throw e.at(this);
      }
    }
  }

  /**
   * {@code o[k] = value}; returns the value (strict code: TypeError if refused). Uses three slots
   * from {@code spill}. May collect.
   */
  public static final class SetIndex extends JsNode {
    @Child private JsNode object;
    @Child private JsNode index;
    @Child private JsNode value;
    @Child private PutElementNode put;
    private final int spill;
    private final boolean strict;

    public SetIndex(
        JSHeapContext ctx, JsNode object, JsNode index, JsNode value, int spill, boolean strict) {
      this.object = object;
      this.index = index;
      this.value = value;
      this.put = PutElementNode.create(ctx.model());
      this.spill = spill;
      this.strict = strict;
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
      act().set(i + 2, k);
      act().set(i + 1, v);
      boolean ok;
      if (isInt(k) && asInt(k) >= 0 && JsValues.isObject(ctx, o)) {
        ok = put.execute(o, asInt(k), v);
      } else {
        try {
          ok = JsObjects.put(ctx, o, k, v);
        } catch (JsException e) {
          throw e.at(this);
        }
      }
      if (!ok && strict) {
        CompilerDirectives.transferToInterpreter();
        // the key first: converting it may collect, the receiver is read after
        Object key = JsValues.toPropertyKey(ctx, act().get(i + 2));
        throw StrictWrites.assignFailed(ctx, act().get(i), key).at(this);
      }
      return act().get(i + 1);
    }
  }

  /**
   * {@code delete o[k]} (and {@code delete o.key} with a constant key node); strict code: a
   * TypeError if refused. May collect.
   */
  public static final class Delete extends JsNode {
    @Child private JsNode object;
    @Child private JsNode index;
    private final int spill;
    private final boolean strict;

    public Delete(JsNode object, JsNode index, int spill, boolean strict) {
      this.object = object;
      this.index = index;
      this.spill = spill;
      this.strict = strict;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int i = base(frame) + spill;
      act().set(i, object.execute(frame));
      long k = index.execute(frame);
      act().set(i + 1, k);
      boolean ok = JsObjects.delete(ctx(), act().get(i), k);
      if (!ok && strict) {
        CompilerDirectives.transferToInterpreter();
        throw StrictWrites.deleteFailed(JsValues.toJavaString(ctx(), act().get(i + 1)));
      }
      return fromBoolean(ok);
    }
  }
}
