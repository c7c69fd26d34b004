package org.jsheap.shapes.sample;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

/** Throwaway sample: a DSL node that adds ints with overflow to long. */
@NodeChild("left")
@NodeChild("right")
public abstract class SampleAddNode extends SampleExpressionNode {

  @Specialization(rewriteOn = ArithmeticException.class)
  protected int addInts(int left, int right) {
    return Math.addExact(left, right);
  }

  @Specialization(replaces = "addInts")
  protected long addWide(int left, int right) {
    return (long) left + right;
  }
}
