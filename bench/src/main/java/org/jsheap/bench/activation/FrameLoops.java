package org.jsheap.bench.activation;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * The baseline: the loops keep their reference local {@code o} in a Truffle frame slot and pass it
 * to callees as a call argument. Not GC-safe in general (a scavenge would leave the slot stale); it
 * is correct here only because the receiver is an old object, which never moves.
 */
final class FrameLoops {
  private FrameLoops() {}

  static RootNode calls(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
    return new CallsLoop(language, c);
  }

  static RootNode reads(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
    return new ReadsLoop(language, c);
  }

  static RootNode allocation(
      ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
    return new AllocationLoop(language, c);
  }

  /** A root whose frame has one long slot, {@code o}, the reference local. */
  private abstract static class FrameRoot extends RootNode {
    static final int O = 0;
    @CompilationFinal final Heap heap;
    final long receiver;

    FrameRoot(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
      super(language, frameWithReferenceSlot());
      this.heap = c.heap;
      this.receiver = c.receiver;
    }

    private static FrameDescriptor frameWithReferenceSlot() {
      FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
      b.addSlot(FrameSlotKind.Long, "o", null);
      return b.build();
    }

    /** Field {@code x} of the object a reference local holds. */
    final int readX(long o) {
      return ValueCodec.asInt(heap.getSlot(ValueCodec.asReference(o), 0));
    }
  }

  /** {@code function f(o, acc) { return acc + o.x; }}: the reference arrives as an argument. */
  private static final class Callee extends FrameRoot {
    Callee(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
      super(language, c);
    }

    @Override
    public Object execute(VirtualFrame frame) {
      Object[] args = frame.getArguments();
      frame.setLong(O, (Long) args[0]);
      return (Integer) args[1] + readX(frame.getLong(O));
    }
  }

  /** {@code for (i < n) acc = f(o, acc)}, with {@code f} inlined. */
  private static final class CallsLoop extends FrameRoot {
    @Child private DirectCallNode call;

    CallsLoop(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
      super(language, c);
      call = DirectCallNode.create(new Callee(language, c).getCallTarget());
      call.forceInlining();
    }

    @Override
    public Object execute(VirtualFrame frame) {
      int n = (Integer) frame.getArguments()[0];
      frame.setLong(O, receiver);
      int acc = 0;
      for (int i = 0; i < n; i++) {
        acc = (Integer) call.call(frame.getLong(O), acc);
      }
      LoopNode.reportLoopCount(this, n);
      return acc;
    }
  }

  /** {@code for (i < n) sum += o.x}. */
  private static final class ReadsLoop extends FrameRoot {
    ReadsLoop(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
      super(language, c);
    }

    @Override
    public Object execute(VirtualFrame frame) {
      int n = (Integer) frame.getArguments()[0];
      frame.setLong(O, receiver);
      int sum = 0;
      for (int i = 0; i < n; i++) {
        sum += readX(frame.getLong(O));
      }
      LoopNode.reportLoopCount(this, n);
      return sum;
    }
  }

  /** {@code for (i < n) { p = {a: o, b: i}; sum += p.a.x }}: o is held across the allocation. */
  private static final class AllocationLoop extends FrameRoot {
    AllocationLoop(ActivationBenchLanguage language, ActivationBenchLanguage.BenchContext c) {
      super(language, c);
    }

    @Override
    public Object execute(VirtualFrame frame) {
      int n = (Integer) frame.getArguments()[0];
      frame.setLong(O, receiver);
      int sum = 0;
      for (int i = 0; i < n; i++) {
        long p = BenchAllocation.allocate(heap);
        heap.setSlot(p, 0, frame.getLong(O));
        heap.setSlot(p, 1, ValueCodec.fromInt(i));
        sum += readX(heap.getSlot(p, 0));
      }
      LoopNode.reportLoopCount(this, n);
      return sum;
    }
  }
}
