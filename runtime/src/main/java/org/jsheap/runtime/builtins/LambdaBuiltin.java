package org.jsheap.runtime.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;

/** Runs a {@link Body} (out of line). */
final class LambdaBuiltin extends BuiltinNode {
  private final Body body;

  LambdaBuiltin(Body body) {
    this.body = body;
  }

  @Override
  public long execute(VirtualFrame frame) {
    return run(
        body,
        ctx(),
        frame.getInt(JsNode.ARGS_SLOT),
        frame.getInt(JsNode.ARGC_SLOT),
        frame.getInt(JsNode.FLAGS_SLOT));
  }

  @TruffleBoundary
  private static long run(Body body, JSHeapContext ctx, int base, int argc, int flags) {
    return body.run(new Args(ctx, base, argc, flags));
  }
}
