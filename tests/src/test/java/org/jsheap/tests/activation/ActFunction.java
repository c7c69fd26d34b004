package org.jsheap.tests.activation;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * A function: its references live in a window of {@link #frameSize} value-stack slots (parameters
 * first, then locals and temporaries) whose base, the call's only argument, it keeps in Truffle
 * frame slot {@link #BASE_SLOT}. The caller has written the parameters into the window. Entering
 * writes nothing once the window lies below the stack's high-water mark; returning and unwinding
 * need nothing at all.
 */
final class ActFunction extends RootNode {
  static final int BASE_SLOT = 0;

  private final String name;
  final int frameSize;
  private final ActContext context;
  @Child private ActNodes.ActNode body;
  @CompilationFinal private int id = -1;

  ActFunction(ActContext context, String name, int frameSize) {
    super(context.language, frameWithBaseSlot());
    this.context = context;
    this.name = name;
    this.frameSize = frameSize;
  }

  private static FrameDescriptor frameWithBaseSlot() {
    FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
    b.addSlot(FrameSlotKind.Int, "base", null);
    return b.build();
  }

  /** Sets the body once all functions exist (they may call each other). */
  ActFunction define(ActNodes.ActNode node) {
    this.body = insert(node);
    return this;
  }

  /** This function's id in the context's function table (for closures). */
  int id() {
    if (id < 0) {
      CompilerDirectives.transferToInterpreterAndInvalidate();
      id = context.register(getCallTarget());
    }
    return id;
  }

  /** Raising the high-water mark happens once per new depth: rare. */
  private static final double SLOW_PATH_PROBABILITY = 0.0001;

  /**
   * Enters a window as compiled code should: {@link ValueStack#covers}, one compare, inline; the
   * rare raise of the mark inline too ({@link ValueStack#tryEnterAt}: a fill, no call); an overflow
   * deoptimizes and throws the language's RangeError from {@code location}. Never collects.
   */
  static void enterWindow(ValueStack stack, int base, int count, Node location) {
    if (CompilerDirectives.injectBranchProbability(
        SLOW_PATH_PROBABILITY, !stack.covers(base, count))) {
      if (!stack.tryEnterAt(base, count)) {
        CompilerDirectives.transferToInterpreter();
        throw new ActException(ValueCodec.fromInt(ActException.RANGE_ERROR), location);
      }
    }
  }

  static int base(VirtualFrame frame) {
    return frame.getInt(BASE_SLOT);
  }

  /** Returns a tagged value (a boxed {@code long}); may collect if the body may. */
  @Override
  public Object execute(VirtualFrame frame) {
    int base = (Integer) frame.getArguments()[0];
    frame.setInt(BASE_SLOT, base);
    enterWindow(context.stack, base, frameSize, this);
    return body.execute(frame);
  }

  @Override
  public String getName() {
    return name;
  }
}
