package org.jsheap.runtime.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Iteration;

/**
 * Array destructuring: with {@code from < 0}, the value as an array (an iterable's values); else a
 * new array of the elements from index {@code from} on (a rest element). May collect.
 */
public final class ArrayRest extends JsNode {
  @Child private JsNode value;
  private final int from;
  private final int limit;

  public ArrayRest(JsNode value, int from) {
    this(value, from, -1);
  }

  /**
   * With {@code from < 0} and {@code limit >= 0} (a pattern of {@code limit} elements, no rest):
   * takes at most that many values and closes the iterator if it is not done.
   */
  public ArrayRest(JsNode value, int from, int limit) {
    this.value = value;
    this.from = from;
    this.limit = limit;
  }

  @Override
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    var act = act();
    int w = act.enter(2);
    try {
      act.set(w, value.execute(frame));
      if (from < 0) {
        if (Iteration.isPlainArray(ctx, act.get(w))) {
          return act.get(w);
        }
        return limit >= 0 ? Iteration.take(ctx, w, limit) : Iteration.toArray(ctx, w);
      }
      var m = ctx.model();
      long n = m.arrayLength(act.get(w));
      act.set(w + 1, m.newArray(ctx.realm().arrayPrototype(), (int) Math.max(0, n - from)));
      for (long i = from; i < n; i++) {
        m.putElement(act.get(w + 1), i - from, m.getElement(act.get(w), i));
      }
      return act.get(w + 1);
    } finally {
      act.exit(w);
    }
  }
}
