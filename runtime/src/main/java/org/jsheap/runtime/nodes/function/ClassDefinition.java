package org.jsheap.runtime.nodes.function;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.literal.ObjectLiteral;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code class C extends B { ... }}: slots from {@code temp}: +0 heritage, +3 constructor (+4, +5
 * scratch for static members), +6 prototype (+7, +8 scratch for instance members). The constructor
 * and prototype inherit from B and B.prototype. May collect.
 */
public final class ClassDefinition extends JsNode {
  public static final int TEMPS = 9;

  @Child private JsNode heritage;
  @Child private JsNode constructor;
  @Children private final ObjectLiteral.Member[] instanceMembers;
  @Children private final ObjectLiteral.Member[] staticMembers;
  private final int temp;

  public ClassDefinition(
      JsNode heritage,
      JsNode constructor,
      ObjectLiteral.Member[] instanceMembers,
      ObjectLiteral.Member[] staticMembers,
      int temp) {
    this.heritage = heritage;
    this.constructor = constructor;
    this.instanceMembers = instanceMembers;
    this.staticMembers = staticMembers;
    this.temp = temp;
  }

  @Override
  @ExplodeLoop
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    var act = act();
    var m = ctx.model();
    int t = base(frame) + temp;
    if (heritage != null) {
      long h = heritage.execute(frame);
      if (h != NULL && !JsValues.isCallable(ctx, h)) {
        throw JsException.typeError("Class extends value is not a constructor or null");
      }
      act.set(t, h);
    }
    act.set(t + 3, constructor.execute(frame));
    act.set(t + 6, m.get(act.get(t + 3), "prototype"));
    JsFunctions.setHome(ctx.heap(), act.get(t + 3), act.get(t + 6));
    if (heritage != null) {
      long h = act.get(t);
      if (h == NULL) {
        m.setPrototype(act.get(t + 6), NULL);
      } else {
        long parentProto = m.get(h, "prototype");
        if (parentProto != NULL && !JsValues.isObject(ctx, parentProto)) {
          throw JsException.typeError("Class extends value does not have valid prototype property");
        }
        m.setPrototype(act.get(t + 6), parentProto);
        m.setPrototype(act.get(t + 3), act.get(t));
      }
    }
    for (ObjectLiteral.Member member : instanceMembers) {
      member.executeOn(frame, ctx, t + 6);
    }
    for (ObjectLiteral.Member member : staticMembers) {
      member.executeOn(frame, ctx, t + 3);
    }
    return act.get(t + 3);
  }
}
