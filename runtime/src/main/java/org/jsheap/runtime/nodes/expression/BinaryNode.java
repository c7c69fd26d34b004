package org.jsheap.runtime.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;

/**
 * A binary operator: evaluates the left operand, spills it to activation slot {@code spill} when
 * the right operand may collect (-1: it cannot), evaluates the right, reloads the left, and applies
 * {@link #op}.
 */
public final class BinaryNode extends JsNode {
  @Child private JsNode left;
  @Child private JsNode right;
  @Child private BinaryOpNode op;
  private final int spill;

  public BinaryNode(JsNode left, JsNode right, BinaryOpNode op, int spill) {
    this.left = left;
    this.right = right;
    this.op = op;
    this.spill = spill;
  }

  @Override
  public long execute(VirtualFrame frame) {
    long l = left.execute(frame);
    long r;
    if (spill >= 0) {
      int i = base(frame) + spill;
      act().set(i, l);
      r = right.execute(frame);
      l = act().get(i);
    } else {
      r = right.execute(frame);
    }
    return op.execute(l, r);
  }
}
