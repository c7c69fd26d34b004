package org.jsheap.shapes.sample;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** Throwaway sample: a Truffle expression node. */
public abstract class SampleExpressionNode extends Node {
  public abstract Object execute(VirtualFrame frame);
}
