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
     * What a host sees for an uncaught value: an error's stack; for another object with a string
     * {@code message} data property (a test262 {@code Test262Error}), {@code "Uncaught Name:
     * message"} with the name of its constructor; else ToString of a primitive. Runs no JS.
     */
    @TruffleBoundary
    static String display(JSHeapContext ctx, org.jsheap.gc.GlobalHandle h) {
      long v = h.get();
      if (JsValues.isObject(ctx, v)) {
        long stack = ctx.model().get(v, "stack");
        if (ctx.strings().isString(stack)) {
          return ctx.strings().toJava(stack);
        }
        long message = dataProperty(ctx, h.get(), "message");
        if (ctx.strings().isString(message)) {
          long ctor = dataProperty(ctx, h.get(), "constructor");
          String name =
              JsValues.isCallable(ctx, ctor)
                  ? org.jsheap.runtime.objects.JsFunctions.data(ctx.heap(), ctor).name()
                  : "";
          return "Uncaught " + (name.isEmpty() ? "" : name + ": ") + ctx.strings().toJava(message);
        }
        return "Uncaught [object]";
      }
      if (ctx.strings().isSymbol(v)) {
        return "Uncaught Symbol()";
      }
      return "Uncaught " + JsValues.toJavaString(ctx, v);
    }

    /** The value of data property {@code key} of {@code o} or its prototypes; no getter runs. */
    private static long dataProperty(JSHeapContext ctx, long o, String key) {
      for (int depth = 0; depth < 64 && JsValues.isObject(ctx, o); depth++) {
        org.jsheap.shapes.PropertyDescriptor d = ctx.model().getOwnProperty(o, key);
        if (d != null) {
          return d.isAccessor() ? UNDEFINED : d.value();
        }
        o = ctx.model().getPrototype(o);
      }
      return UNDEFINED;
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
