package org.jsheap.runtime.nodes.literal;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.shapes.Property;

/**
 * {@code [a, , b, ...c]}: the array is allocated first and kept in activation slot {@code temp}
 * while the elements run; a null element is a hole; spread elements iterate. May collect.
 */
public final class ArrayLiteral extends JsNode {
  @Children private final JsNode[] elements;
  private final boolean[] spread;
  private final int temp;

  public ArrayLiteral(JsNode[] elements, boolean[] spread, int temp) {
    this.elements = elements;
    this.spread = spread;
    this.temp = temp;
  }

  @Override
  @ExplodeLoop
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    var m = ctx.model();
    int i = base(frame) + temp;
    act().set(i, m.newArray(ctx.realm().arrayPrototype(), elements.length));
    long index = 0;
    for (int e = 0; e < elements.length; e++) {
      if (elements[e] == null) {
        index++;
        continue;
      }
      long v = elements[e].execute(frame);
      if (spread[e]) {
        act().set(i + 1, v);
        index = Iteration.appendAll(ctx, i + 1, i, index);
      } else {
        // CreateDataProperty: an inherited setter or read-only index is not consulted
        m.defineElement(act().get(i), index++, v, Property.DEFAULT);
      }
    }
    if (m.arrayLength(act().get(i)) < index) {
      m.setArrayLength(act().get(i), index);
    }
    return act().get(i);
  }

  /** Slots this node needs from {@code temp}. */
  public static int temps() {
    return 2;
  }

  static long unused() {
    return UNDEFINED;
  }
}
