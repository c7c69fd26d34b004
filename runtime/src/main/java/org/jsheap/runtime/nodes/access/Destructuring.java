package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.Safepoints;

/**
 * Destructuring: RequireObjectCoercible of an object pattern's value, and array patterns on the
 * iteration protocol, one {@code next} per element in pattern order. An array pattern keeps four
 * activation slots from {@code temp}: the iterator (or the array, walked by index when its iterator
 * is the intrinsic one), its {@code next} (or the index), the state ({@link #ITERATING}, {@link
 * #DONE}, {@link #ARRAY}) and a scratch slot. The iterator is closed when the pattern ends before
 * it is done, and when an initialiser or a target throws; not when the iterator itself threw.
 */
public final class Destructuring {
  private Destructuring() {}

  static final long ITERATING = fromInt(0);
  static final long DONE = fromInt(1);
  static final long ARRAY = fromInt(2);

  /** RequireObjectCoercible: the value, or a TypeError for undefined and null. Never collects. */
  public static final class RequireObjectCoercible extends JsNode {
    @Child private JsNode value;

    public RequireObjectCoercible(JsNode value) {
      this.value = value;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      if (v == UNDEFINED || v == NULL) {
        CompilerDirectives.transferToInterpreter();
        String s = v == NULL ? "null" : "undefined";
        throw JsException.typeError("Cannot destructure '" + s + "' as it is " + s + ".").at(this);
      }
      return v;
    }
  }

  /** An array pattern: opens the iterator of {@code value}, runs {@code elements}, closes. */
  public static final class ArrayPattern extends JsNode {
    @Child private JsNode value;
    @Child private JsNode elements;
    private final int temp;

    public ArrayPattern(JsNode value, JsNode elements, int temp) {
      this.value = value;
      this.elements = elements;
      this.temp = temp;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      var act = act();
      int t = base(frame) + temp;
      act.set(t, value.execute(frame));
      if (Iteration.isPlainArray(ctx, act.get(t))) {
        act.set(t + 1, fromInt(0));
        act.set(t + 2, ARRAY);
      } else {
        Iteration.open(ctx, t);
        act.set(t + 2, ITERATING);
      }
      try {
        elements.execute(frame);
      } catch (JsException e) {
        if (act.get(t + 2) == ITERATING) {
          Iteration.close(ctx, t, true);
        }
        throw e;
      }
      if (act.get(t + 2) == ITERATING) {
        Iteration.close(ctx, t, false);
      }
      return UNDEFINED;
    }
  }

  /** The pattern's next value (undefined once the iterator is done). May collect. */
  public static final class Step extends JsNode {
    private final int temp;

    public Step(int temp) {
      this.temp = temp;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return step(ctx(), base(frame) + temp);
    }

    static long step(JSHeapContext ctx, int t) {
      Activation act = ctx.activation();
      long state = act.get(t + 2);
      if (state == DONE) {
        return UNDEFINED;
      }
      if (state == ARRAY) {
        var m = ctx.model();
        int i = asInt(act.get(t + 1));
        if (i >= m.arrayLength(act.get(t))) {
          act.set(t + 2, DONE);
          return UNDEFINED;
        }
        act.set(t + 1, fromInt(i + 1));
        return m.getElement(act.get(t), i);
      }
      try {
        if (!Iteration.step(ctx, t, t + 3)) {
          act.set(t + 2, DONE);
          return UNDEFINED;
        }
      } catch (JsException e) {
        act.set(t + 2, DONE);
        throw e;
      }
      return act.get(t + 3);
    }
  }

  /** A rest element: a new array of the values left. May collect. */
  public static final class Rest extends JsNode {
    private final int temp;

    public Rest(int temp) {
      this.temp = temp;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      var act = act();
      int t = base(frame) + temp;
      int w = act.enter(2);
      try {
        act.set(w, ctx.model().newArray(ctx.realm().arrayPrototype(), 0));
        long n = 0;
        while (act.get(t + 2) != DONE) {
          Safepoints.poll(ctx, n);
          act.set(w + 1, Step.step(ctx, t));
          if (act.get(t + 2) != DONE) {
            ctx.model().putElement(act.get(w), n++, act.get(w + 1));
          }
        }
        return act.get(w);
      } finally {
        act.exit(w);
      }
    }
  }
}
