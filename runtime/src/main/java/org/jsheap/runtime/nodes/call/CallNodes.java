package org.jsheap.runtime.nodes.call;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.nodes.GetPropertyNode;
import org.jsheap.shapes.nodes.NewObjectNode;

/**
 * Calls: the callee, this and the arguments are evaluated into consecutive activation slots
 * starting at {@code temp} (so every reference is rooted while later operands run), and the
 * callee's target is called through a {@link DispatchNode} with that window. All may collect.
 */
public final class CallNodes {
  private CallNodes() {}

  abstract static class AbstractCall extends JsNode {
    @Children protected final JsNode[] args;
    @Child protected DispatchNode dispatch = DispatchNodeGen.create();
    protected final int temp;
    protected final String description;

    AbstractCall(JsNode[] args, int temp, String description) {
      this.args = args;
      this.temp = temp;
      this.description = description;
    }

    @ExplodeLoop
    protected final void evaluateArguments(VirtualFrame frame, int b) {
      for (int i = 0; i < args.length; i++) {
        act().set(b + 2 + i, args[i].execute(frame));
      }
    }

    protected final FunctionData target(JSHeapContext ctx, long fn, boolean construct) {
      if (!JsValues.isCallable(ctx, fn)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error(
            "TypeError",
            description + (construct ? " is not a constructor" : " is not a function"),
            this);
      }
      FunctionData data = JsFunctions.data(ctx.heap(), fn);
      if (construct && !data.is(FunctionData.CONSTRUCTOR)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error("TypeError", description + " is not a constructor", this);
      }
      if (!construct && data.is(FunctionData.CLASS_CONSTRUCTOR)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error(
            "TypeError",
            "Class constructor " + data.name() + " cannot be invoked without 'new'",
            this);
      }
      return data;
    }
  }

  /**
   * {@code f(args)}, or {@code o.m(args)} when {@code receiver} is set: the receiver goes to slot
   * {@code temp + 1} and {@code function} reads the method from there.
   */
  public static final class Call extends AbstractCall {
    @Child private JsNode receiver;
    @Child private JsNode function;

    public Call(JsNode receiver, JsNode function, JsNode[] args, int temp, String description) {
      super(args, temp, description);
      this.receiver = receiver;
      this.function = function;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame) + temp;
      if (receiver != null) {
        act().set(b + 1, receiver.execute(frame));
        act().set(b, function.execute(frame));
      } else {
        act().set(b, function.execute(frame));
        act().set(b + 1, UNDEFINED);
      }
      evaluateArguments(frame, b);
      FunctionData data = target(ctx(), act().get(b), false);
      try {
        return (long) dispatch.execute(data.callTarget(), b, args.length, 0);
      } catch (JsException e) {
        throw e.at(this);
      }
    }
  }

  /**
   * {@code new F(args)}: allocates the receiver from {@code F.prototype}, then calls. The receiver
   * is allocated inline in compiled code: a cached {@code prototype} read and the object model's
   * allocation node (a young bump), created on first execution since the node is built before its
   * context exists.
   */
  public static final class New extends AbstractCall {
    @Child private JsNode constructor;
    @Child private GetPropertyNode readPrototype;
    @Child private NewObjectNode allocate;

    public New(JsNode constructor, JsNode[] args, int temp, String description) {
      super(args, temp, description);
      this.constructor = constructor;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame) + temp;
      act().set(b, constructor.execute(frame));
      evaluateArguments(frame, b);
      var ctx = ctx();
      FunctionData data = target(ctx, act().get(b), true);
      act().set(b + 1, receiver(ctx, act().get(b)));
      long r;
      try {
        r = (long) dispatch.execute(data.callTarget(), b, args.length, JsCalls.CONSTRUCT);
      } catch (JsException e) {
        throw e.at(this);
      }
      return JsValues.isObject(ctx, r) || Foreign.isForeign(ctx, r) ? r : act().get(b + 1);
    }

    /** {@link #allocateReceiver}, inline for a JS function; out of line for a foreign one. */
    private long receiver(JSHeapContext ctx, long fn) {
      if (!JsValues.isObject(ctx, fn)) {
        return allocateReceiver(ctx, fn);
      }
      if (allocate == null) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        readPrototype = insert(GetPropertyNode.create(ctx.model(), "prototype"));
        allocate = insert(NewObjectNode.create(ctx.model(), null));
      }
      long proto = readPrototype.execute(fn);
      if (!JsValues.isObject(ctx, proto)) {
        proto = ctx.realm().objectPrototype();
      }
      // The prototype is not rooted across the allocation: the allocation node's slow path roots
      // its argument before it may collect, as ObjectModel.newObject does.
      return allocate.execute(proto);
    }
  }

  /** A new ordinary object whose prototype is {@code fn.prototype}. May collect. */
  @CompilerDirectives.TruffleBoundary
  public static long allocateReceiver(JSHeapContext ctx, long fn) {
    ObjectModel m = ctx.model();
    long proto = m.get(fn, "prototype");
    if (!JsValues.isObject(ctx, proto)) {
      proto = ctx.realm().objectPrototype();
    }
    return m.newObject(proto);
  }

  /**
   * {@code super(args)} in a derived constructor: calls the parent with the same receiver; returns
   * the object that is now {@code this}.
   */
  public static final class SuperCall extends AbstractCall {
    @Child private JsNode callee;
    @Child private JsNode newTarget;

    /**
     * {@code callee}: the derived constructor (an arrow's enclosing one); {@code newTarget}: its
     * new.target, handed to the parent through the realm ({@link JsCalls#SUPER}).
     */
    public SuperCall(JsNode[] args, int temp, JsNode callee, JsNode newTarget) {
      super(args, temp, "super constructor");
      this.callee = callee;
      this.newTarget = newTarget;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame) + temp;
      var ctx = ctx();
      act().set(b, ctx.model().getPrototype(callee.execute(frame)));
      act().set(b + 1, act().get(base(frame) + FunctionRootNode.THIS));
      evaluateArguments(frame, b);
      FunctionData data = target(ctx, act().get(b), true);
      ctx.realm().setPendingNewTarget(newTarget.execute(frame));
      long r;
      try {
        r =
            (long)
                dispatch.execute(
                    data.callTarget(), b, args.length, JsCalls.CONSTRUCT | JsCalls.SUPER);
      } catch (JsException e) {
        throw e.at(this);
      }
      adoptThis(ctx, frame, b, r, data.is(FunctionData.BUILTIN));
      return act().get(b + 1);
    }
  }

  /**
   * After {@code super(...)} with the parent in slot {@code b} and the receiver in {@code b + 1}:
   * when the parent made another object than the receiver (a builtin such as {@code Array}
   * allocates its own exotic object; a JS parent may return one, or have adopted one from its own
   * parent into {@code b + 1}), that object becomes {@code this} of the derived constructor and of
   * its caller's receiver slot. An object a builtin made gets the receiver's prototype (that of
   * {@code new.target}), so {@code class A extends Array} instances are arrays of class A. May
   * collect.
   */
  static void adoptThis(JSHeapContext ctx, VirtualFrame frame, int b, long r, boolean builtin) {
    Activation act = ctx.activation();
    int thisSlot = frame.getInt(JsNode.BASE_SLOT) + FunctionRootNode.THIS;
    if (JsValues.isObject(ctx, r)) {
      act.set(b + 1, r);
    }
    long created = act.get(b + 1);
    long old = act.get(thisSlot);
    if (created == old) {
      return;
    }
    CompilerDirectives.transferToInterpreter();
    if (builtin) {
      ctx.model().setPrototype(created, ctx.model().getPrototype(old));
    }
    act.set(thisSlot, act.get(b + 1));
    act.set(frame.getInt(JsNode.ARGS_SLOT) + 1, act.get(b + 1));
  }

  /** {@code super(...args)} (the implicit constructor of a derived class). */
  public static final class SuperSpreadCall extends JsNode {
    @Child private JsNode arguments;
    @Child private JsNode callee;
    @Child private JsNode newTarget;
    private final int temp;

    public SuperSpreadCall(JsNode arguments, int temp, JsNode callee, JsNode newTarget) {
      this.arguments = arguments;
      this.temp = temp;
      this.callee = callee;
      this.newTarget = newTarget;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame) + temp;
      var ctx = ctx();
      act().set(b, ctx.model().getPrototype(callee.execute(frame)));
      act().set(b + 1, act().get(base(frame) + FunctionRootNode.THIS));
      act().set(b + 2, arguments.execute(frame));
      if (!JsValues.isCallable(ctx, act().get(b))) {
        throw JsException.typeError("Super constructor is not a constructor");
      }
      boolean builtin = JsFunctions.data(ctx.heap(), act().get(b)).is(FunctionData.BUILTIN);
      ctx.realm().setPendingNewTarget(newTarget.execute(frame));
      long r = SpreadCall.callWithArray(ctx, b, b + 1, b + 2, JsCalls.CONSTRUCT | JsCalls.SUPER);
      adoptThis(ctx, frame, b, r, builtin);
      return act().get(b + 1);
    }
  }
}
