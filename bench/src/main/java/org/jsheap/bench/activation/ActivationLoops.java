package org.jsheap.bench.activation;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * The GC-safe variants: the loops keep their reference local {@code o} in a slot of a value-stack
 * window (entered from Java with {@code enter}, left in a {@code finally}). A callee's window base
 * is the call's first argument; the callee's prologue compares it with the high-water mark ({@code
 * covers}). The callee's window overlaps the caller's last slot, its outgoing argument.
 *
 * <p>Two disciplines, both GC-safe. {@code reloadEveryUse}: every use of {@code o} reads the
 * window, and a reference argument passes through the callee's window. Otherwise: the loop keeps a
 * copy of {@code o} in a local (write-through) and reloads it from the window only after an
 * operation that may collect (the allocation's slow path), as objects move only then; and it passes
 * {@code o} to a callee that never collects as a plain call argument.
 */
final class ActivationLoops {
  private ActivationLoops() {}

  /** Slots of the loops' windows: {@code o}, then the calls loop's outgoing argument. */
  private static final int FRAME = 2;

  /** Slots of the callee's window: its parameter {@code o}. */
  private static final int CALLEE_FRAME = 1;

  /** A window above the high-water mark is entered once per depth: rare. */
  private static final double SLOW_PATH_PROBABILITY = 0.0001;

  /**
   * {@code stack.enterAt(base, count)} as compiled code should call it: the compare inline, the
   * rare raise of the mark inline too (a fill, no call), the overflow a deoptimization.
   */
  static void enterAt(ValueStack stack, int base, int count) {
    if (CompilerDirectives.injectBranchProbability(
        SLOW_PATH_PROBABILITY, !stack.covers(base, count))) {
      if (!stack.tryEnterAt(base, count)) {
        CompilerDirectives.transferToInterpreter();
        stack.enterAt(base, count); // throws the overflow
      }
    }
  }

  /** Entry from Java, once per invocation: out of line. */
  @TruffleBoundary
  private static int enter(ValueStack stack, int count) {
    return stack.enter(count);
  }

  @TruffleBoundary
  private static void leave(ValueStack stack, int base) {
    stack.leave(base);
  }

  static RootNode calls(
      ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean reload) {
    return new CallsLoop(language, c, reload);
  }

  static RootNode reads(
      ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean reload) {
    return new ReadsLoop(language, c, reload);
  }

  static RootNode allocation(
      ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean reload) {
    return new AllocationLoop(language, c, reload);
  }

  private abstract static class StackRoot extends RootNode {
    @CompilationFinal final Heap heap;
    @CompilationFinal final ValueStack stack;
    final long receiver;
    final boolean reloadEveryUse;

    StackRoot(
        ActivationBenchLanguage language,
        ActivationBenchLanguage.BenchContext c,
        boolean reloadEveryUse) {
      super(language);
      this.heap = c.heap;
      this.stack = c.stack;
      this.receiver = c.receiver;
      this.reloadEveryUse = reloadEveryUse;
    }

    final int readX(long o) {
      return ValueCodec.asInt(heap.getSlot(ValueCodec.asReference(o), 0));
    }

    @Override
    public Object execute(VirtualFrame frame) {
      int n = (Integer) frame.getArguments()[0];
      int base = enter(stack, FRAME);
      try {
        stack.setUnchecked(base, receiver);
        return loop(base, n);
      } finally {
        leave(stack, base);
      }
    }

    abstract int loop(int base, int n);
  }

  /**
   * {@code function f(o, acc) { return acc + o.x; }}: arguments (base, o, acc). With {@code
   * inWindow}, {@code o} is slot 0 of the window at {@code base}, written by the caller, and the
   * argument is null; otherwise {@code o} arrives as the argument itself: legal because {@code f}
   * never collects, so {@code o} needs no root while {@code f} runs (a callee that may collect gets
   * its references in its window, or spills them there before it may collect).
   */
  private static final class Callee extends RootNode {
    @CompilationFinal private final Heap heap;
    @CompilationFinal private final ValueStack stack;
    private final boolean inWindow;

    Callee(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean w) {
      super(language);
      this.heap = c.heap;
      this.stack = c.stack;
      this.inWindow = w;
    }

    /** Never collects. */
    @Override
    public Object execute(VirtualFrame frame) {
      Object[] args = frame.getArguments();
      int base = (Integer) args[0];
      enterAt(stack, base, CALLEE_FRAME);
      long o = inWindow ? stack.getUnchecked(base) : (Long) args[1];
      return (Integer) args[2] + ValueCodec.asInt(heap.getSlot(ValueCodec.asReference(o), 0));
    }
  }

  /** {@code for (i < n) acc = f(o, acc)}, with {@code f} inlined. */
  private static final class CallsLoop extends StackRoot {
    @Child private DirectCallNode call;

    CallsLoop(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean r) {
      super(language, c, r);
      call = DirectCallNode.create(new Callee(language, c, r).getCallTarget());
      call.forceInlining();
    }

    @Override
    int loop(int base, int n) {
      // The callee's window overlaps the caller's last slot, its outgoing argument: the caller's
      // window already covers it, so only the callee's prologue compares with the mark.
      int calleeBase = base + FRAME - 1;
      long o = receiver;
      int acc = 0;
      for (int i = 0; i < n; i++) {
        if (reloadEveryUse) {
          o = stack.getUnchecked(base);
        }
        if (reloadEveryUse) {
          stack.setUnchecked(calleeBase, o);
          acc = (Integer) call.call(calleeBase, null, acc);
        } else {
          acc = (Integer) call.call(calleeBase, o, acc);
        }
        // The callee never collects, so o needs no reload.
      }
      LoopNode.reportLoopCount(this, n);
      return acc;
    }
  }

  /** {@code for (i < n) sum += o.x}. */
  private static final class ReadsLoop extends StackRoot {
    ReadsLoop(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean r) {
      super(language, c, r);
    }

    @Override
    int loop(int base, int n) {
      long o = receiver;
      int sum = 0;
      for (int i = 0; i < n; i++) {
        if (reloadEveryUse) {
          o = stack.getUnchecked(base);
        }
        sum += readX(o);
      }
      LoopNode.reportLoopCount(this, n);
      return sum;
    }
  }

  /** {@code for (i < n) { p = {a: o, b: i}; sum += p.a.x }}: o is held across the allocation. */
  private static final class AllocationLoop extends StackRoot {
    private static final double SLOW_PATH_PROBABILITY = 0.001;

    AllocationLoop(
        ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c, boolean r) {
      super(language, c, r);
    }

    @Override
    int loop(int base, int n) {
      long o = receiver;
      int sum = 0;
      for (int i = 0; i < n; i++) {
        long p =
            heap.tryAllocateYoung(
                ActivationBenchLanguage.CLASS_ID, ActivationBenchLanguage.KIND, 2);
        if (CompilerDirectives.injectBranchProbability(SLOW_PATH_PROBABILITY, p == 0)) {
          p = BenchAllocation.allocateSlow(heap);
          o = stack.getUnchecked(base); // the slow path may have collected: reload
        } else if (reloadEveryUse) {
          o = stack.getUnchecked(base);
        }
        heap.setSlot(p, 0, o);
        heap.setSlot(p, 1, ValueCodec.fromInt(i));
        sum += readX(heap.getSlot(p, 0));
      }
      LoopNode.reportLoopCount(this, n);
      return sum;
    }
  }
}
