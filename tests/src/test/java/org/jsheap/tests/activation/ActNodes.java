package org.jsheap.tests.activation;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * The nodes of {@link ActLanguage}. Every {@code execute} returns a tagged value and says whether
 * it may collect. The discipline they follow: a reference produced by a child and still needed
 * after a later child may collect is spilled to a temporary slot of the function's window and
 * re-read from there afterwards; a reference lives in a Java local only between operations that
 * cannot collect. Slots are window-relative ({@code base + slot}).
 */
final class ActNodes {
  private ActNodes() {}

  /** Object kind of the language's heap objects (pairs and closures). */
  static final int KIND = 0x41;

  private static final int PAIR_CLASS = 1;
  private static final int CLOSURE_CLASS = 2;

  abstract static class ActNode extends Node {
    final ActContext context;

    ActNode(ActContext context) {
      this.context = context;
    }

    /** Evaluates this node to a tagged value. */
    abstract long execute(VirtualFrame frame);

    final ValueStack stack() {
      return context.stack;
    }

    final Heap heap() {
      return context.heap;
    }

    final long local(VirtualFrame frame, int slot) {
      return stack().getUnchecked(ActFunction.base(frame) + slot);
    }

    final void setLocal(VirtualFrame frame, int slot, long value) {
      stack().setUnchecked(ActFunction.base(frame) + slot, value);
    }

    static boolean truthy(long value) {
      return value != ValueCodec.fromInt(0) && value != ValueCodec.FALSE;
    }

    /** The address of a reference value; a language error on anything else. */
    final long object(long value) {
      if (!ValueCodec.isReference(value)) {
        throw new ActException(value, this);
      }
      return ValueCodec.asReference(value);
    }
  }

  /** An int constant. */
  static final class Int extends ActNode {
    private final long value;

    Int(ActContext c, int value) {
      super(c);
      this.value = ValueCodec.fromInt(value);
    }

    /** Never collects. */
    @Override
    long execute(VirtualFrame frame) {
      return value;
    }
  }

  /** Reads a slot of the window. */
  static final class Local extends ActNode {
    private final int slot;

    Local(ActContext c, int slot) {
      super(c);
      this.slot = slot;
    }

    /** Never collects. */
    @Override
    long execute(VirtualFrame frame) {
      return local(frame, slot);
    }
  }

  /** {@code slot = value}; evaluates to the value. */
  static final class SetLocal extends ActNode {
    private final int slot;
    @Child private ActNode value;

    SetLocal(ActContext c, int slot, ActNode value) {
      super(c);
      this.slot = slot;
      this.value = value;
    }

    /** May collect if its value may; the store itself cannot. */
    @Override
    long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      setLocal(frame, slot, v);
      return v;
    }
  }

  /** Int addition ({@code less} false) or comparison ({@code less} true). */
  static final class Arith extends ActNode {
    private final boolean less;
    @Child private ActNode left;
    @Child private ActNode right;

    Arith(ActContext c, boolean less, ActNode left, ActNode right) {
      super(c);
      this.less = less;
      this.left = left;
      this.right = right;
    }

    /**
     * May collect if an operand may. The left operand is an int, not a reference, so it may stay in
     * a Java local while the right one is evaluated.
     */
    @Override
    long execute(VirtualFrame frame) {
      int a = ValueCodec.asInt(left.execute(frame));
      int b = ValueCodec.asInt(right.execute(frame));
      return less ? ValueCodec.fromBoolean(a < b) : ValueCodec.fromInt(a + b);
    }
  }

  /** True (1) if the value is an object, else false (0). */
  static final class IsObject extends ActNode {
    @Child private ActNode value;

    IsObject(ActContext c, ActNode value) {
      super(c);
      this.value = value;
    }

    /** May collect if its operand may. */
    @Override
    long execute(VirtualFrame frame) {
      return ValueCodec.fromInt(ValueCodec.isReference(value.execute(frame)) ? 1 : 0);
    }
  }

  /** {@code cond ? then : otherwise}. */
  static final class If extends ActNode {
    @Child private ActNode cond;
    @Child private ActNode then;
    @Child private ActNode otherwise;

    If(ActContext c, ActNode cond, ActNode then, ActNode otherwise) {
      super(c);
      this.cond = cond;
      this.then = then;
      this.otherwise = otherwise;
    }

    /** May collect if the condition or the branch taken may. */
    @Override
    long execute(VirtualFrame frame) {
      return truthy(cond.execute(frame)) ? then.execute(frame) : otherwise.execute(frame);
    }
  }

  /** Evaluates its children in order; the last one's value. */
  static final class Seq extends ActNode {
    @Children private final ActNode[] body;

    Seq(ActContext c, ActNode... body) {
      super(c);
      this.body = body;
    }

    /** May collect if a child may. */
    @Override
    @ExplodeLoop
    long execute(VirtualFrame frame) {
      long last = ValueCodec.UNDEFINED;
      for (ActNode n : body) {
        last = n.execute(frame);
      }
      return last;
    }
  }

  /**
   * Allocates an object whose slots are the values of {@code parts}: a pair, or a closure when
   * {@code tag} (a function id) is not negative, which then lands in slot 0. Each part is spilled
   * to window slots {@code temp..temp+parts-1} as soon as it is evaluated, since the next part or
   * the allocation may collect; the parts are re-read from there after the allocation.
   */
  static final class Allocate extends ActNode {
    private final int temp;
    private final ActFunction function;
    @Children private final ActNode[] parts;

    Allocate(ActContext c, int temp, ActFunction function, ActNode... parts) {
      super(c);
      this.temp = temp;
      this.function = function;
      this.parts = parts;
    }

    /** May collect: it allocates (and its parts may collect). */
    @Override
    @ExplodeLoop
    long execute(VirtualFrame frame) {
      for (int i = 0; i < parts.length; i++) {
        setLocal(frame, temp + i, parts[i].execute(frame));
      }
      int first = function == null ? 0 : 1;
      int cls = function == null ? PAIR_CLASS : CLOSURE_CLASS;
      long o = heap().allocate(cls, KIND, first + parts.length, 0);
      if (function != null) {
        heap().setSlot(o, 0, ValueCodec.fromInt(function.id()));
      }
      for (int i = 0; i < parts.length; i++) {
        heap().setSlot(o, first + i, local(frame, temp + i));
      }
      return ValueCodec.fromReference(o);
    }
  }

  /** Slot {@code index} of an object. */
  static final class Field extends ActNode {
    private final int index;
    @Child private ActNode object;

    Field(ActContext c, ActNode object, int index) {
      super(c);
      this.object = object;
      this.index = index;
    }

    /** May collect if its object operand may; the read itself cannot. */
    @Override
    long execute(VirtualFrame frame) {
      return heap().getSlot(object(object.execute(frame)), index);
    }
  }

  /**
   * Evaluates call arguments into the caller's temporaries {@code temp..}, then copies them into
   * the callee's window, which starts right above the caller's: arguments may collect, and a call
   * in a later argument would use that same callee window.
   */
  abstract static class AbstractCall extends ActNode {
    private final int temp;
    private final int callerFrameSize;
    @Children private final ActNode[] args;

    AbstractCall(ActContext c, int callerFrameSize, int temp, ActNode[] args) {
      super(c);
      this.callerFrameSize = callerFrameSize;
      this.temp = temp;
      this.args = args;
    }

    @ExplodeLoop
    final int passArguments(VirtualFrame frame, int first) {
      for (int i = 0; i < args.length; i++) {
        setLocal(frame, temp + i, args[i].execute(frame));
      }
      int base = ActFunction.base(frame);
      int calleeBase = base + callerFrameSize;
      // The callee's window may lie above the high-water mark: make its parameters scanned first.
      ActFunction.enterWindow(stack(), calleeBase, first + args.length, this);
      for (int i = 0; i < args.length; i++) {
        stack().setUnchecked(calleeBase + first + i, stack().getUnchecked(base + temp + i));
      }
      return calleeBase;
    }
  }

  /** A direct call of a named function. */
  static final class Call extends AbstractCall {
    @Child private DirectCallNode call;

    Call(ActContext c, int callerFrameSize, int temp, CallTarget callee, ActNode... args) {
      super(c, callerFrameSize, temp, args);
      this.call = DirectCallNode.create(callee);
    }

    /** May collect: the callee may. */
    @Override
    long execute(VirtualFrame frame) {
      return (Long) call.call(passArguments(frame, 0));
    }
  }

  /**
   * Calls a closure: the closure is the callee's slot 0 (where {@link Captured} finds it), the
   * arguments follow. The closure is spilled before the arguments are evaluated.
   */
  static final class CallClosure extends AbstractCall {
    private final int closureTemp;
    @Child private ActNode closure;
    @Child private IndirectCallNode call = IndirectCallNode.create();

    CallClosure(
        ActContext c,
        int callerFrameSize,
        int closureTemp,
        int temp,
        ActNode closure,
        ActNode... args) {
      super(c, callerFrameSize, temp, args);
      this.closureTemp = closureTemp;
      this.closure = closure;
    }

    /** May collect: the callee may. */
    @Override
    long execute(VirtualFrame frame) {
      setLocal(frame, closureTemp, closure.execute(frame));
      int calleeBase = passArguments(frame, 1);
      long fn = local(frame, closureTemp);
      stack().setUnchecked(calleeBase, fn);
      int id = ValueCodec.asInt(heap().getSlot(object(fn), 0));
      return (Long) call.call(context.function(id), calleeBase);
    }
  }

  /** Captured value {@code index} of the running closure (window slot 0). */
  static final class Captured extends ActNode {
    private final int index;

    Captured(ActContext c, int index) {
      super(c);
      this.index = index;
    }

    /** Never collects. */
    @Override
    long execute(VirtualFrame frame) {
      return heap().getSlot(object(local(frame, 0)), 1 + index);
    }
  }

  /** Throws its value. */
  static final class Throw extends ActNode {
    @Child private ActNode value;

    Throw(ActContext c, ActNode value) {
      super(c);
      this.value = value;
    }

    /** May collect if its value may; throwing and unwinding never collect. */
    @Override
    long execute(VirtualFrame frame) {
      throw new ActException(value.execute(frame), this);
    }
  }

  /** {@code try { body } catch (slot) { handler }}. */
  static final class TryCatch extends ActNode {
    private final int slot;
    @Child private ActNode body;
    @Child private ActNode handler;

    TryCatch(ActContext c, ActNode body, int slot, ActNode handler) {
      super(c);
      this.body = body;
      this.slot = slot;
      this.handler = handler;
    }

    /**
     * May collect if the body or the handler may. The caught value is stored in its window slot
     * before anything else runs; the windows of the unwound callees need no release.
     */
    @Override
    long execute(VirtualFrame frame) {
      try {
        return body.execute(frame);
      } catch (ActException e) {
        setLocal(frame, slot, e.value());
        return handler.execute(frame);
      }
    }
  }
}
