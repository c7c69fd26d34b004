package org.jsheap.runtime.nodes.call;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.interop.Foreign;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModel;

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
        throw JsException.typeError(
            description + (construct ? " is not a constructor" : " is not a function"));
      }
      FunctionData data = JsFunctions.data(ctx.heap(), fn);
      if (construct && !data.is(FunctionData.CONSTRUCTOR)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.typeError(description + " is not a constructor");
      }
      if (!construct && data.is(FunctionData.CLASS_CONSTRUCTOR)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.typeError(
            "Class constructor " + data.name() + " cannot be invoked without 'new'");
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
      return (long) dispatch.execute(data.callTarget(), b, args.length, 0);
    }
  }

  /** {@code new F(args)}: allocates the receiver from {@code F.prototype}, then calls. */
  public static final class New extends AbstractCall {
    @Child private JsNode constructor;

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
      act().set(b + 1, allocateReceiver(ctx, act().get(b)));
      long r = (long) dispatch.execute(data.callTarget(), b, args.length, JsCalls.CONSTRUCT);
      return JsValues.isObject(ctx, r) || Foreign.isForeign(ctx, r) ? r : act().get(b + 1);
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

  /** {@code super(args)} in a derived constructor: calls the parent with the same receiver. */
  public static final class SuperCall extends AbstractCall {
    public SuperCall(JsNode[] args, int temp) {
      super(args, temp, "super constructor");
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame) + temp;
      var ctx = ctx();
      long callee = act().get(base(frame) + FunctionRootNode.CALLEE);
      act().set(b, ctx.model().getPrototype(callee));
      act().set(b + 1, act().get(base(frame) + FunctionRootNode.THIS));
      evaluateArguments(frame, b);
      FunctionData data = target(ctx, act().get(b), true);
      dispatch.execute(data.callTarget(), b, args.length, JsCalls.CONSTRUCT);
      return UNDEFINED;
    }
  }

  /** {@code super(...args)} (the implicit constructor of a derived class). */
  public static final class SuperSpreadCall extends JsNode {
    @Child private JsNode arguments;
    private final int temp;

    public SuperSpreadCall(JsNode arguments, int temp) {
      this.arguments = arguments;
      this.temp = temp;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame) + temp;
      var ctx = ctx();
      long callee = act().get(base(frame) + FunctionRootNode.CALLEE);
      act().set(b, ctx.model().getPrototype(callee));
      act().set(b + 1, act().get(base(frame) + FunctionRootNode.THIS));
      act().set(b + 2, arguments.execute(frame));
      if (!JsValues.isCallable(ctx, act().get(b))) {
        throw JsException.typeError("Super constructor is not a constructor");
      }
      SpreadCall.callWithArray(ctx, b, b + 1, b + 2, JsCalls.CONSTRUCT);
      return UNDEFINED;
    }
  }
}
