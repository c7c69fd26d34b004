package org.jsheap.runtime.nodes.expression;

import com.oracle.truffle.api.nodes.Node;
import org.jsheap.runtime.JSHeapContext;

/** The operation of a {@link BinaryNode} on two evaluated operands. May collect (slow paths). */
public abstract class BinaryOpNode extends Node {
  public abstract long execute(long left, long right);

  protected final JSHeapContext ctx() {
    return JSHeapContext.get(this);
  }
}
