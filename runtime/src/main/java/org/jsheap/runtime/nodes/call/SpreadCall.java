package org.jsheap.runtime.nodes.call;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsValues;

/**
 * A call or {@code new} with spread arguments: callee in {@code temp}, this in {@code temp + 1},
 * the argument array in {@code temp + 2}; the elements are copied to a fresh window above the stack
 * top for the call. May collect.
 */
public final class SpreadCall extends JsNode {
  @Child private JsNode receiver;
  @Child private JsNode function;
  @Child private JsNode arguments;
  private final int temp;
  private final boolean construct;
  private final String description;

  public SpreadCall(
      JsNode receiver,
      JsNode function,
      JsNode arguments,
      int temp,
      boolean construct,
      String description) {
    this.receiver = receiver;
    this.function = function;
    this.arguments = arguments;
    this.temp = temp;
    this.construct = construct;
    this.description = description;
  }

  @Override
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    var act = act();
    int b = base(frame) + temp;
    if (receiver != null) {
      act.set(b + 1, receiver.execute(frame));
      act.set(b, function.execute(frame));
    } else {
      act.set(b, function.execute(frame));
      act.set(b + 1, UNDEFINED);
    }
    act.set(b + 2, arguments.execute(frame));
    long fn = act.get(b);
    if (!JsValues.isCallable(ctx, fn)) {
      throw org.jsheap.runtime.objects.JsException.typeError(
          description + (construct ? " is not a constructor" : " is not a function"));
    }
    if (construct) {
      act.set(b + 1, CallNodes.allocateReceiver(ctx, fn));
    }
    long r = callWithArray(ctx, b, b + 1, b + 2, construct ? JsCalls.CONSTRUCT : 0);
    if (construct && !JsValues.isObject(ctx, r)) {
      return act.get(b + 1);
    }
    return r;
  }

  /**
   * Calls the function in slot {@code fnIndex} with this from {@code thisIndex} and the elements of
   * the array in {@code arrayIndex} as arguments. May collect.
   */
  @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
  public static long callWithArray(
      org.jsheap.runtime.JSHeapContext ctx, int fnIndex, int thisIndex, int arrayIndex, int flags) {
    var act = ctx.activation();
    var m = ctx.model();
    long array = act.get(arrayIndex);
    int n =
        JsValues.isObject(ctx, array) ? (int) JsValues.toNumber(ctx, m.get(array, "length")) : 0;
    int w = act.enter(2 + n);
    try {
      act.set(w, act.get(fnIndex));
      act.set(w + 1, act.get(thisIndex));
      for (int i = 0; i < n; i++) {
        act.set(w + 2 + i, m.getElement(act.get(arrayIndex), i));
      }
      return JsCalls.callPrepared(ctx, w, n, flags);
    } finally {
      act.exit(w);
    }
  }
}
