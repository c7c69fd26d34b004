package org.jsheap.runtime.nodes.function;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.ControlFlow;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.MappedArguments;
import org.jsheap.runtime.objects.ArgumentsMap;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
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

  /** The ReferenceError of a derived constructor's {@code this} before {@code super(...)}. */
  public static final String THIS_BEFORE_SUPER =
      "Must call super constructor in derived class before accessing 'this' or returning from"
          + " derived constructor";

  /**
   * {@code this} in a derived constructor (or an arrow in it): its {@code %this} binding, a
   * ReferenceError while {@code super(...)} has not returned.
   */
  public static final class DerivedThis extends JsNode {
    @Child private JsNode binding;

    public DerivedThis(JsNode binding) {
      this.binding = binding;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = binding.execute(frame);
      if (v == JsValues.TDZ) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error("ReferenceError", THIS_BEFORE_SUPER, this);
      }
      return v;
    }
  }

  /**
   * {@code super(...)}: runs the call (its value, the new {@code this}, goes to {@code slot}), then
   * initialises the {@code %this} binding; a ReferenceError if it already was. Returns {@code
   * this}.
   */
  public static final class BindThis extends JsNode {
    @Child private JsNode call;
    @Child private JsNode binding;
    @Child private JsNode initialise;
    private final int slot;

    public BindThis(JsNode call, int slot, JsNode binding, JsNode initialise) {
      this.call = call;
      this.slot = slot;
      this.binding = binding;
      this.initialise = initialise;
    }

    @Override
    public long execute(VirtualFrame frame) {
      act().set(base(frame) + slot, call.execute(frame));
      if (binding.execute(frame) != JsValues.TDZ) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error(
            "ReferenceError", "Super constructor may only be called once", this);
      }
      return initialise.execute(frame);
    }
  }

  /**
   * The body of a derived constructor: on return, an object is the result; any other value but
   * undefined is a TypeError; otherwise {@code this} (a ReferenceError if {@code super(...)} never
   * returned) goes to the return slot.
   */
  public static final class DerivedBody extends JsNode {
    @Child private JsNode body;
    @Child private JsNode binding;

    public DerivedBody(JsNode body, JsNode binding) {
      this.body = body;
      this.binding = binding;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int r = base(frame) + FunctionRootNode.RETURN;
      try {
        body.execute(frame);
        act().set(r, UNDEFINED);
      } catch (ControlFlow.Return e) {
        long v = act().get(r);
        if (JsValues.isObject(ctx(), v)) {
          throw e;
        }
        if (v != UNDEFINED) {
          CompilerDirectives.transferToInterpreter();
          throw JsException.error(
              "TypeError", "Derived constructors may only return object or undefined", this);
        }
      }
      long self = binding.execute(frame);
      if (self == JsValues.TDZ) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error("ReferenceError", THIS_BEFORE_SUPER, this);
      }
      act().set(r, self);
      throw ControlFlow.Return.INSTANCE;
    }
  }

  /**
   * A new {@code arguments} object (or, with {@code from > 0} and {@code array}, the rest parameter
   * array) from the caller's argument slots. The elements are defined, not set (inherited setters
   * never run). An arguments object is branded by {@link ArgumentsMap#KEY} (mask 0 until {@link
   * MappedArguments.Attach} maps it) and has {@code callee}: the function for a sloppy function
   * with simple parameters, else an accessor whose get and set are %ThrowTypeError%. May collect.
   */
  public static final class Arguments extends JsNode {
    private final int from;
    private final boolean array;
    private final boolean throwingCallee;

    public Arguments(int from, boolean array) {
      this(from, array, false);
    }

    public Arguments(int from, boolean array, boolean throwingCallee) {
      this.from = from;
      this.array = array;
      this.throwingCallee = throwingCallee;
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
          m.defineElement(act().get(w), i, act().get(argsBase + 2 + from + i), Property.DEFAULT);
        }
        if (!array) {
          int hidden = Property.WRITABLE | Property.CONFIGURABLE;
          m.define(act().get(w), "length", fromInt(n), hidden);
          m.define(
              act().get(w),
              ctx.realm().symbolIterator(),
              ctx.realm().intrinsic("ArrayValues"),
              hidden);
          if (throwingCallee) {
            long t = ctx.realm().intrinsic("ThrowTypeError");
            m.defineAccessor(act().get(w), "callee", t, t, 0);
          } else {
            long callee = act().get(base(frame) + FunctionRootNode.CALLEE);
            m.define(act().get(w), "callee", callee, hidden);
          }
          m.define(act().get(w), ArgumentsMap.KEY, fromInt(0), Property.WRITABLE);
        }
        return act().get(w);
      } finally {
        act().exit(w);
      }
    }
  }
}
