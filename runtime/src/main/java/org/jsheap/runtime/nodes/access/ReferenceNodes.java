package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/**
 * Parts of a property reference evaluated once, for {@code o[k] op= v}, {@code o[k]++} and computed
 * keys of object patterns.
 */
public final class ReferenceNodes {
  private ReferenceNodes() {}

  /**
   * The key of {@code base[key]}: evaluates {@code key}, then RequireObjectCoercible of the base (a
   * TypeError for undefined and null before the key is converted), then converts an object key to a
   * primitive once (a primitive's conversion to a property key runs no code). {@code base} must be
   * a node without side effects (a slot read). May collect.
   */
  public static final class PropertyKey extends JsNode {
    @Child private JsNode base;
    @Child private JsNode key;

    public PropertyKey(JsNode base, JsNode key) {
      this.base = base;
      this.key = key;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long k = key.execute(frame);
      long b = base.execute(frame);
      var ctx = ctx();
      if (b == UNDEFINED || b == NULL) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.typeError(
                "Cannot read properties of " + (b == NULL ? "null" : "undefined"))
            .at(this);
      }
      return toKey(ctx, k);
    }

    static long toKey(JSHeapContext ctx, long k) {
      if (!JsValues.isObject(ctx, k)) {
        return k;
      }
      return JsValues.toPrimitive(ctx, k, "string");
    }
  }
}
