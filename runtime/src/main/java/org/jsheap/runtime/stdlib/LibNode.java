package org.jsheap.runtime.stdlib;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.objects.JsValues;

/** A library builtin: {@link BuiltinNode} plus argument conversions shared by several sets. */
abstract class LibNode extends BuiltinNode {
  /** ToNumber of the first {@code max} arguments (fewer if fewer were passed). May collect. */
  protected final double[] numbers(VirtualFrame frame, int max) {
    int n = Math.min(argc(frame), max);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = JsValues.toNumber(ctx(), arg(frame, i));
    }
    return out;
  }
}
