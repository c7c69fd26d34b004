package org.jsheap.shapes.sample;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Throwaway sample: a constant. */
public final class SampleConstantNode extends SampleExpressionNode {
  private final Object value;

  public SampleConstantNode(Object value) {
    this.value = value;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    return value;
  }
}
