package org.jsheap.runtime.nodes.expression;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.runtime.objects.JsOperators;

/** {@code & | ^ << >> >>>} with ToInt32/ToUint32 wrap-around; an int32 fast path. */
@ImportStatic(ValueCodec.class)
public abstract class BitwiseNode extends BinaryOpNode {
  protected final String op;

  protected BitwiseNode(String op) {
    this.op = op;
  }

  @Specialization(guards = {"isInt(l)", "isInt(r)"})
  long ints(long l, long r) {
    int a = asInt(l);
    int b = asInt(r);
    return switch (op) {
      case "&" -> fromInt(a & b);
      case "|" -> fromInt(a | b);
      case "^" -> fromInt(a ^ b);
      case "<<" -> fromInt(a << (b & 31));
      case ">>" -> fromInt(a >> (b & 31));
      default -> fromNumber((double) ((a & 0xFFFF_FFFFL) >>> (b & 31)));
    };
  }

  @Specialization(
      guards = {"isNumber(l)", "isNumber(r)"},
      replaces = "ints")
  long numbers(long l, long r) {
    return JsOperators.numeric(op, asNumber(l), asNumber(r));
  }

  @Fallback
  long generic(long l, long r) {
    return JsOperators.numericGeneric(ctx(), op, l, r);
  }
}
