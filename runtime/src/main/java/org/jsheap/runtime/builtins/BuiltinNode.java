package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;

/**
 * The body of one builtin function. Its arguments stay in the caller's activation slots (rooted for
 * the whole call): read them with {@link #arg}, and re-read after anything that may collect.
 * References a builtin creates itself go to a window of its own ({@link Activation#enter} / {@link
 * Activation#exit} in try/finally) or a HandleScope. See docs/runtime.md, "Builtins".
 */
public abstract class BuiltinNode extends Node {
  /** Runs the builtin and returns its tagged result. */
  public abstract long execute(VirtualFrame frame);

  protected final JSHeapContext ctx() {
    return JSHeapContext.get(this);
  }

  protected final Activation act() {
    return JSHeapContext.get(this).activation();
  }

  protected static int argc(VirtualFrame frame) {
    return frame.getInt(JsNode.ARGC_SLOT);
  }

  /** The absolute slot of argument {@code i} (only for {@code i < argc}). */
  protected static int argSlot(VirtualFrame frame, int i) {
    return frame.getInt(JsNode.ARGS_SLOT) + 2 + i;
  }

  /** The absolute slot of {@code this}. */
  protected static int thisSlot(VirtualFrame frame) {
    return frame.getInt(JsNode.ARGS_SLOT) + 1;
  }

  /** The absolute slot of the callee (the builtin's own function object). */
  protected static int calleeSlot(VirtualFrame frame) {
    return frame.getInt(JsNode.ARGS_SLOT);
  }

  /** Argument {@code i}, or undefined when fewer were passed. */
  protected final long arg(VirtualFrame frame, int i) {
    return i < argc(frame) ? act().get(argSlot(frame, i)) : UNDEFINED;
  }

  protected final long thisValue(VirtualFrame frame) {
    return act().get(thisSlot(frame));
  }

  /** Whether the builtin was called with {@code new}. */
  protected static boolean isConstruct(VirtualFrame frame) {
    return (frame.getInt(JsNode.FLAGS_SLOT) & JsCalls.CONSTRUCT) != 0;
  }
}
