package org.jsheap.bench.activation;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * A language with no syntax whose programs are the three loops of {@code ActivationBenchmark}, each
 * in variants that differ only in where the loop keeps its reference locals: {@code frame} (Truffle
 * frame slots and call arguments: the baseline, not GC-safe), {@code activation} (slots of
 * value-stack windows, GC-safe, copies cached between collection points) or {@code
 * activation_reload} (the window read at every use). A program's name is {@code <loop>-<variant>},
 * e.g. {@code calls-activation}; its call target takes the iteration count and returns a checksum.
 */
@TruffleLanguage.Registration(
    id = ActivationBenchLanguage.ID,
    name = "JSHeap activation benchmarks",
    version = "0.1",
    contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class ActivationBenchLanguage
    extends TruffleLanguage<ActivationBenchLanguage.BenchContext> {
  public static final String ID = "jsheap-bench-activation";

  /** Class id of the benchmark's objects (the collector ignores it). */
  static final int CLASS_ID = 4242;

  /** Object kind of the benchmark's objects. */
  static final int KIND = 1;

  /** The value of field 0 ({@code x}) of the receiver every loop reads. */
  static final int X = 1;

  /**
   * A heap, the value stack of the activation variants and the receiver: an old object (old objects
   * do not move, which is what makes the frame baseline correct at all in the allocating loop).
   */
  public static final class BenchContext {
    final Heap heap = Heap.create();
    final ValueStack stack = heap.newValueStack();
    final long receiver;

    BenchContext() {
      long o = heap.allocateTenured(CLASS_ID, KIND, 2, 0);
      heap.setSlot(o, 0, ValueCodec.fromInt(X));
      receiver = ValueCodec.fromReference(o);
    }

    void close() {
      stack.close();
      heap.close();
    }
  }

  private BenchContext context;

  @Override
  protected BenchContext createContext(Env env) {
    context = new BenchContext();
    return context;
  }

  @Override
  protected void disposeContext(BenchContext c) {
    c.close();
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    String name = request.getSource().getCharacters().toString().trim();
    return switch (name) {
      case "calls-frame" -> FrameLoops.calls(this, context).getCallTarget();
      case "reads-frame" -> FrameLoops.reads(this, context).getCallTarget();
      case "allocation-frame" -> FrameLoops.allocation(this, context).getCallTarget();
      case "calls-activation" -> ActivationLoops.calls(this, context, false).getCallTarget();
      case "reads-activation" -> ActivationLoops.reads(this, context, false).getCallTarget();
      case "allocation-activation" ->
          ActivationLoops.allocation(this, context, false).getCallTarget();
      case "calls-activation_reload" -> ActivationLoops.calls(this, context, true).getCallTarget();
      case "reads-activation_reload" -> ActivationLoops.reads(this, context, true).getCallTarget();
      case "allocation-activation_reload" ->
          ActivationLoops.allocation(this, context, true).getCallTarget();
      default -> throw new IllegalArgumentException("no activation benchmark program " + name);
    };
  }
}
