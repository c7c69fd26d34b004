package org.jsheap.runtime.nodes.function;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.shapes.Property;

/** Function expressions and declarations, {@code this}, {@code arguments}, rest parameters. */
public final class FunctionNodes {
  private FunctionNodes() {}

  /**
   * Creates a closure over the environment in activation slot {@code envSlot}; arrows also capture
   * the current {@code this}. May collect.
   */
  public static final class Literal extends JsNode {
    private final FunctionData data;
    private final int envSlot;

    public Literal(FunctionData data, int envSlot) {
      this.data = data;
      this.envSlot = envSlot;
    }

    public FunctionData data() {
      return data;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame);
      return JsFunctions.create(
          ctx(), data, b + envSlot, data.is(FunctionData.ARROW) ? b + FunctionRootNode.THIS : -1);
    }
  }

  /**
   * The function's {@code new.target} at entry: undefined for a call, the callee for {@code new}
   * (the caller's window starts with it), the derived constructor's for {@code super(...)}.
   */
  public static final class NewTarget extends JsNode {
    @Override
    public long execute(VirtualFrame frame) {
      int flags = frame.getInt(FLAGS_SLOT);
      if ((flags & JsCalls.CONSTRUCT) == 0) {
        return UNDEFINED;
      }
      if ((flags & JsCalls.SUPER) != 0) {
        return ctx().realm().pendingNewTarget();
      }
      return act().get(frame.getInt(ARGS_SLOT));
    }
  }

  /** {@code this}. */
  public static final class This extends JsNode {
    @Override
    public long execute(VirtualFrame frame) {
      return act().get(base(frame) + FunctionRootNode.THIS);
    }
  }

  /**
   * A new array-like {@code arguments} object (or, with {@code from > 0} and {@code array}, the
   * rest parameter array) from the caller's argument slots. May collect.
   */
  public static final class Arguments extends JsNode {
    private final int from;
    private final boolean array;

    public Arguments(int from, boolean array) {
      this.from = from;
      this.array = array;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      var m = ctx.model();
      int argsBase = frame.getInt(ARGS_SLOT);
      int argc = frame.getInt(ARGC_SLOT);
      int n = Math.max(0, argc - from);
      int w = act().enter(1);
      try {
        if (array) {
          act().set(w, m.newArray(ctx.realm().arrayPrototype(), n));
        } else {
          act().set(w, m.newObject(ctx.realm().objectPrototype()));
        }
        for (int i = 0; i < n; i++) {
          m.putElement(act().get(w), i, act().get(argsBase + 2 + from + i));
        }
        if (!array) {
          m.define(act().get(w), "length", fromInt(n), Property.WRITABLE | Property.CONFIGURABLE);
          m.define(
              act().get(w),
              ctx.realm().symbolIterator(),
              ctx.realm().intrinsic("ArrayValues"),
              Property.WRITABLE | Property.CONFIGURABLE);
        }
        return act().get(w);
      } finally {
        act().exit(w);
      }
    }
  }
}
