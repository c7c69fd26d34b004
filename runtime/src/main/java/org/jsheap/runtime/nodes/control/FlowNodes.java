package org.jsheap.runtime.nodes.control;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.ControlFlow;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/** {@code return}, {@code throw}, {@code try}, and {@code switch}. */
public final class FlowNodes {
  private FlowNodes() {}

  /** Stores the value in the return slot, then unwinds to the function root. */
  public static final class Return extends JsNode {
    @Child private JsNode value;

    public Return(JsNode value) {
      this.value = value;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value == null ? UNDEFINED : value.execute(frame);
      act().set(base(frame) + FunctionRootNode.RETURN, v);
      throw ControlFlow.Return.INSTANCE;
    }
  }

  public static final class Throw extends JsNode {
    @Child private JsNode value;

    public Throw(JsNode value) {
      this.value = value;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      org.jsheap.gc.GlobalHandle h = ctx.heap().newGlobalHandle(value.execute(frame));
      throw JsException.ofHandle(h, display(ctx, h), this);
    }

    /**
     * An object that is not an error: its {@code name} (else its constructor's name) and {@code
     * message} when they are strings, as {@code Error.prototype.toString} would show them; {@code
     * [object]} when it has neither. A getter of either runs.
     */
    private static String describeObject(JSHeapContext ctx, long v) {
      String name = stringOrNull(ctx, ctx.model().get(v, "name"));
      if (name == null) {
        long ctor = ctx.model().get(v, "constructor");
        if (JsValues.isObject(ctx, ctor)) {
          name = stringOrNull(ctx, ctx.model().get(ctor, "name"));
        }
      }
      String message = stringOrNull(ctx, ctx.model().get(v, "message"));
      if (name == null && message == null) {
        return "[object]";
      }
      String shown = name == null || name.isEmpty() ? "Error" : name;
      return message == null || message.isEmpty() ? shown : shown + ": " + message;
    }

    private static String stringOrNull(JSHeapContext ctx, long v) {
      return ctx.strings().isString(v) ? ctx.strings().toJava(v) : null;
    }

    /** What a host sees for an uncaught value: an error's stack, else a short description. */
    @TruffleBoundary
    static String display(JSHeapContext ctx, org.jsheap.gc.GlobalHandle h) {
      long v = h.get();
      if (JsValues.isObject(ctx, v)) {
        long stack = ctx.model().get(v, "stack");
        if (ctx.strings().isString(stack)) {
          return ctx.strings().toJava(stack);
        }
        try {
          return "Uncaught " + describeObject(ctx, v);
        } catch (JsException e) {
          return "Uncaught [object]"; // a getter of name or message threw: show nothing of it
        }
      }
      if (ctx.strings().isSymbol(v)) {
        return "Uncaught Symbol()";
      }
      return "Uncaught " + JsValues.toJavaString(ctx, v);
    }
  }

  /**
   * {@code try/catch/finally}. A JS exception, stack overflow or heap exhaustion (a RangeError)
   * stores its value in the catch binding ({@code catchTarget} writes it from the slot {@code
   * exceptionSlot}); the finally block runs on every exit.
   */
  public static final class Try extends JsNode {
    @Child private JsNode body;
    @Child private JsNode catchBlock;
    @Child private JsNode finallyBlock;
    private final int exceptionSlot;

    public Try(JsNode body, JsNode catchBlock, int exceptionSlot, JsNode finallyBlock) {
      this.body = body;
      this.catchBlock = catchBlock;
      this.exceptionSlot = exceptionSlot;
      this.finallyBlock = finallyBlock;
    }

    @Override
    public long execute(VirtualFrame frame) {
      try {
        if (catchBlock == null) {
          body.execute(frame);
        } else {
          runCatching(frame);
        }
      } finally {
        if (finallyBlock != null) {
          finallyBlock.execute(frame);
        }
      }
      return UNDEFINED;
    }

    private void runCatching(VirtualFrame frame) {
      JsException caught;
      try {
        body.execute(frame);
        return;
      } catch (JsException e) {
        caught = e.at(body);
      } catch (StackOverflowError
          | org.jsheap.gc.HeapExhaustedException
          | org.jsheap.shapes.ObjectModelException
          | org.jsheap.gc.ValueStackOverflowException e) {
        caught = JsException.fromHost(e, body);
      }
      long v;
      try {
        v = caught.value(ctx());
      } finally {
        caught.release();
      }
      act().set(base(frame) + exceptionSlot, v);
      catchBlock.execute(frame);
    }
  }

  /** {@code switch}: strict-equality case tests in order, fall-through, default. */
  public static final class Switch extends JsNode {
    @Child private JsNode discriminant;
    @Children private final JsNode[] tests;
    @Children private final JsNode[] bodies;
    private final int defaultIndex;
    private final int slot;

    public Switch(
        JsNode discriminant, JsNode[] tests, JsNode[] bodies, int defaultIndex, int slot) {
      this.discriminant = discriminant;
      this.tests = tests;
      this.bodies = bodies;
      this.defaultIndex = defaultIndex;
      this.slot = slot;
    }

    @Override
    @ExplodeLoop
    public long execute(VirtualFrame frame) {
      int i = base(frame) + slot;
      act().set(i, discriminant.execute(frame));
      int start = -1;
      for (int c = 0; c < tests.length; c++) {
        if (tests[c] != null && start < 0) {
          long t = tests[c].execute(frame);
          if (JsValues.strictEquals(ctx(), act().get(i), t)) {
            start = c;
          }
        }
      }
      if (start < 0) {
        start = defaultIndex;
      }
      if (start < 0) {
        return UNDEFINED;
      }
      try {
        for (int c = 0; c < bodies.length; c++) {
          if (c >= start) {
            bodies[c].execute(frame);
          }
        }
      } catch (ControlFlow.Break b) {
        if (b.label != null) {
          throw b;
        }
      }
      return UNDEFINED;
    }
  }
}
