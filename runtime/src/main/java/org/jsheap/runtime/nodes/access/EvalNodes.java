package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.shapes.PropertyKeys;

/**
 * The var object of a sloppy function holding a direct eval: the vars and functions its eval code
 * declares are its properties (deletable), looked up like a {@code with} object's.
 */
public final class EvalNodes {
  private EvalNodes() {}

  /** A new object without prototype. May collect. */
  public static final class VarObject extends JsNode {
    @Override
    public long execute(VirtualFrame frame) {
      return create(ctx());
    }

    @TruffleBoundary
    private static long create(JSHeapContext ctx) {
      return ctx.model().newObject(NULL);
    }
  }

  /** Adds each name the var object does not have yet, as undefined. May collect. */
  public static final class DeclareVars extends JsNode {
    private final String[] names;
    @Child private JsNode object;

    public DeclareVars(String[] names, JsNode object) {
      this.names = names;
      for (int i = 0; i < names.length; i++) {
        names[i] = PropertyKeys.intern(names[i]);
      }
      this.object = object;
    }

    @Override
    public long execute(VirtualFrame frame) {
      declare(ctx(), names, object.execute(frame));
      return UNDEFINED;
    }

    @TruffleBoundary
    private static void declare(JSHeapContext ctx, String[] names, long object) {
      Activation act = ctx.activation();
      int w = act.enter(1);
      try {
        act.set(w, object);
        for (String n : names) {
          if (!ctx.model().hasOwn(act.get(w), n)) {
            ctx.model().put(act.get(w), n, UNDEFINED);
          }
        }
      } finally {
        act.exit(w);
      }
    }
  }
}
