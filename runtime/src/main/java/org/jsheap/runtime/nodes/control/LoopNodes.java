package org.jsheap.runtime.nodes.control;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.ControlFlow;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsValues;

/**
 * {@code while}, {@code do-while} and {@code for}: one node, {@code test} before or after the body,
 * an optional {@code update}, and an optional {@code perIteration} node that copies the loop's
 * let-environment before the update (fresh bindings per iteration for closures).
 */
public final class LoopNodes {
  private LoopNodes() {}

  /** Whether a break or continue with {@code label} (null: unlabelled) targets a loop. */
  static boolean targets(String label, String[] labels) {
    if (label == null) {
      return true;
    }
    for (String l : labels) {
      if (l.equals(label)) {
        return true;
      }
    }
    return false;
  }

  public static final class Loop extends JsNode {
    @Child private JsNode test;
    @Child private JsNode body;
    @Child private JsNode update;
    @Child private JsNode perIteration;
    private final boolean testFirst;
    private final String[] labels;

    public Loop(
        JsNode test,
        JsNode body,
        JsNode update,
        JsNode perIteration,
        boolean testFirst,
        String[] labels) {
      this.test = test;
      this.body = body;
      this.update = update;
      this.perIteration = perIteration;
      this.testFirst = testFirst;
      this.labels = labels;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      boolean first = true;
      while (true) {
        if ((testFirst || !first)
            && test != null
            && !JsValues.toBoolean(ctx, test.execute(frame))) {
          break;
        }
        first = false;
        try {
          body.execute(frame);
        } catch (ControlFlow.Break b) {
          if (targets(b.label, labels)) {
            break;
          }
          throw b;
        } catch (ControlFlow.Continue c) {
          if (!targets(c.label, labels)) {
            throw c;
          }
        }
        if (perIteration != null) {
          perIteration.execute(frame);
        }
        if (update != null) {
          update.execute(frame);
        }
      }
      return UNDEFINED;
    }
  }

  /** A labelled statement that is not a loop: catches {@code break label}. */
  public static final class Labeled extends JsNode {
    @Child private JsNode body;
    private final String label;

    public Labeled(JsNode body, String label) {
      this.body = body;
      this.label = label;
    }

    @Override
    public long execute(VirtualFrame frame) {
      try {
        body.execute(frame);
      } catch (ControlFlow.Break b) {
        if (!label.equals(b.label)) {
          throw b;
        }
      }
      return UNDEFINED;
    }
  }

  public static final class Break extends JsNode {
    private final ControlFlow.Break exception;

    public Break(String label) {
      this.exception = new ControlFlow.Break(label);
    }

    @Override
    public long execute(VirtualFrame frame) {
      throw exception;
    }
  }

  public static final class Continue extends JsNode {
    private final ControlFlow.Continue exception;

    public Continue(String label) {
      this.exception = new ControlFlow.Continue(label);
    }

    @Override
    public long execute(VirtualFrame frame) {
      throw exception;
    }
  }
}
