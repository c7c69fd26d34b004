package org.jsheap.runtime.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsObjects;

/** {@code super.key} / {@code super[key]}: a property of the home object's prototype. */
public final class SuperGet extends JsNode {
  @Child private JsNode key;
  private final int spill;

  public SuperGet(JsNode key, int spill) {
    this.key = key;
    this.spill = spill;
  }

  @Override
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    int b = base(frame);
    long callee = act().get(b + FunctionRootNode.CALLEE);
    long home = JsFunctions.boundThis(ctx.heap(), callee);
    act().set(b + spill, ctx.model().getPrototype(home));
    long k = key.execute(frame);
    return JsObjects.get(ctx, act().get(b + spill), k);
  }
}
