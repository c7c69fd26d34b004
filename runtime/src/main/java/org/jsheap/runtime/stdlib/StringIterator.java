package org.jsheap.runtime.stdlib;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsStrings;

/**
 * {@code String.prototype[Symbol.iterator]}: an iterator over the string's code points (a lone
 * surrogate is one element), as an array iterator over the array of code points, so {@code for-of},
 * spread and destructuring of a string see what they see of any iterable.
 */
final class StringIterator extends BuiltinNode {
  @Override
  public long execute(VirtualFrame frame) {
    return iterate(ctx(), thisValue(frame));
  }

  @TruffleBoundary
  private static long iterate(JSHeapContext ctx, long self) {
    String s = StringBuiltins.thisString(ctx, self, "[Symbol.iterator]");
    JsStrings strings = ctx.strings();
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, strings.fromJava(s));
      act.set(w, Iteration.codePoints(ctx, act.get(w)));
      return JsCalls.call(ctx, ctx.realm().intrinsic("ArrayValues"), act.get(w));
    } finally {
      act.exit(w);
    }
  }
}
