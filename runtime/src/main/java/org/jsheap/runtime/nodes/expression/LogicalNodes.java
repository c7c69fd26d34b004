package org.jsheap.runtime.nodes.expression;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.ConditionProfile;
import org.jsheap.gc.HeapExhaustedException;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.ObjectModelException;

/** {@code &&}, {@code ||} (returning an operand), {@code ?:}, and sequences (comma, blocks). */
public final class LogicalNodes {
  private LogicalNodes() {}

  public static final class And extends JsNode {
    @Child private JsNode left;
    @Child private JsNode right;
    private final ConditionProfile profile = ConditionProfile.create();

    public And(JsNode left, JsNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long l = left.execute(frame);
      return profile.profile(JsValues.toBoolean(ctx(), l)) ? right.execute(frame) : l;
    }
  }

  public static final class Or extends JsNode {
    @Child private JsNode left;
    @Child private JsNode right;
    private final ConditionProfile profile = ConditionProfile.create();

    public Or(JsNode left, JsNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long l = left.execute(frame);
      return profile.profile(JsValues.toBoolean(ctx(), l)) ? l : right.execute(frame);
    }
  }

  /** {@code a ?? b}. */
  public static final class Coalesce extends JsNode {
    @Child private JsNode left;
    @Child private JsNode right;

    public Coalesce(JsNode left, JsNode right) {
      this.left = left;
      this.right = right;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long l = left.execute(frame);
      return l == UNDEFINED || l == NULL ? right.execute(frame) : l;
    }
  }

  /** {@code c ? a : b}, and {@code if} statements (with an undefined else). */
  public static final class Conditional extends JsNode {
    @Child private JsNode condition;
    @Child private JsNode then;
    @Child private JsNode otherwise;
    private final ConditionProfile profile = ConditionProfile.create();

    public Conditional(JsNode condition, JsNode then, JsNode otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    public long execute(VirtualFrame frame) {
      if (profile.profile(JsValues.toBoolean(ctx(), condition.execute(frame)))) {
        return then.execute(frame);
      }
      return otherwise == null ? UNDEFINED : otherwise.execute(frame);
    }
  }

  /** Runs its children in order; the value of the last. */
  public static final class Sequence extends JsNode {
    @Children private final JsNode[] nodes;

    public Sequence(JsNode[] nodes) {
      this.nodes = nodes;
    }

    @Override
    @ExplodeLoop
    public long execute(VirtualFrame frame) {
      long v = UNDEFINED;
      for (JsNode n : nodes) {
        try {
          v = n.execute(frame);
        } catch (JsException e) {
          throw e.at(n);
        } catch (HeapExhaustedException | ObjectModelException e) {
          throw JsException.fromHost(e, n);
        }
      }
      return v;
    }
  }

  /** A destructuring default: the value, or {@code fallback} when it is undefined. */
  public static final class DefaultValue extends JsNode {
    @Child private JsNode value;
    @Child private JsNode fallback;

    public DefaultValue(JsNode value, JsNode fallback) {
      this.value = value;
      this.fallback = fallback;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      return v == UNDEFINED ? fallback.execute(frame) : v;
    }
  }
}
