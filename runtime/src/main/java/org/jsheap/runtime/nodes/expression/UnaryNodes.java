package org.jsheap.runtime.nodes.expression;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsValues;

/** Unary operators: {@code ! - + ~ typeof void}, and ToNumeric for {@code ++}/{@code --}. */
public final class UnaryNodes {
  private UnaryNodes() {}

  public abstract static class Unary extends JsNode {
    @Child protected JsNode operand;

    Unary(JsNode operand) {
      this.operand = operand;
    }
  }

  public static final class Not extends Unary {
    public Not(JsNode operand) {
      super(operand);
    }

    @Override
    public long execute(VirtualFrame frame) {
      return fromBoolean(!JsValues.toBoolean(ctx(), operand.execute(frame)));
    }
  }

  public static final class Negate extends Unary {
    public Negate(JsNode operand) {
      super(operand);
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = operand.execute(frame);
      if (isInt(v) && asInt(v) != 0 && asInt(v) != Integer.MIN_VALUE) {
        return fromInt(-asInt(v));
      }
      return fromNumber(-JsValues.toNumber(ctx(), v));
    }
  }

  /** Unary {@code +} and ToNumeric. */
  public static final class ToNumber extends Unary {
    public ToNumber(JsNode operand) {
      super(operand);
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = operand.execute(frame);
      return isNumber(v) ? v : fromNumber(JsValues.toNumber(ctx(), v));
    }
  }

  public static final class BitNot extends Unary {
    public BitNot(JsNode operand) {
      super(operand);
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = operand.execute(frame);
      if (isInt(v)) {
        return fromInt(~asInt(v));
      }
      return fromInt(~NumberConversions.toInt32(JsValues.toNumber(ctx(), v)));
    }
  }

  public static final class TypeOf extends Unary {
    public TypeOf(JsNode operand) {
      super(operand);
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      return ctx.constantString(JsValues.typeof(ctx, operand.execute(frame)));
    }
  }

  public static final class Void extends Unary {
    public Void(JsNode operand) {
      super(operand);
    }

    @Override
    public long execute(VirtualFrame frame) {
      operand.execute(frame);
      return UNDEFINED;
    }
  }
}
