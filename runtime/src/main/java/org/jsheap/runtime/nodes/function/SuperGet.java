package org.jsheap.runtime.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsObjects;

/** {@code super.key} / {@code super[key]}: a property of the home object's prototype. */
public final class SuperGet extends JsNode {
  @Child private JsNode key;
  @Child private JsNode callee;
  private final int spill;

  /** {@code callee}: the method whose home object is used (an arrow's enclosing method). */
  public SuperGet(JsNode key, int spill, JsNode callee) {
    this.key = key;
    this.spill = spill;
    this.callee = callee;
  }

  @Override
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    int b = base(frame);
    long home = JsFunctions.boundThis(ctx.heap(), callee.execute(frame));
    act().set(b + spill, ctx.model().getPrototype(home));
    long k = key.execute(frame);
    return JsObjects.get(ctx, act().get(b + spill), k);
  }
}
