package org.jsheap.runtime.nodes.expression;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.runtime.objects.JsOperators;
import org.jsheap.runtime.objects.JsValues;

/** Relational and equality operators: {@code < > <= >= == != === !==}. */
@ImportStatic(ValueCodec.class)
public abstract class CompareNode extends BinaryOpNode {
  protected final String op;

  protected CompareNode(String op) {
    this.op = op;
  }

  @Specialization(guards = {"isInt(l)", "isInt(r)"})
  long ints(long l, long r) {
    int a = asInt(l);
    int b = asInt(r);
    return fromBoolean(
        switch (op) {
          case "<" -> a < b;
          case ">" -> a > b;
          case "<=" -> a <= b;
          case ">=" -> a >= b;
          case "==", "===" -> a == b;
          default -> a != b;
        });
  }

  @Specialization(
      guards = {"isNumber(l)", "isNumber(r)"},
      replaces = "ints")
  long numbers(long l, long r) {
    double a = asNumber(l);
    double b = asNumber(r);
    return fromBoolean(
        switch (op) {
          case "<" -> a < b;
          case ">" -> a > b;
          case "<=" -> a <= b;
          case ">=" -> a >= b;
          case "==", "===" -> a == b;
          default -> a != b;
        });
  }

  @Fallback
  long generic(long l, long r) {
    var ctx = ctx();
    return fromBoolean(
        switch (op) {
          case "<" -> JsOperators.lessThan(ctx, l, r, true) == 1;
          case ">" -> JsOperators.lessThan(ctx, r, l, false) == 1;
          case "<=" -> JsOperators.lessThan(ctx, r, l, false) == 0;
          case ">=" -> JsOperators.lessThan(ctx, l, r, true) == 0;
          case "==" -> JsValues.looseEquals(ctx, l, r);
          case "!=" -> !JsValues.looseEquals(ctx, l, r);
          case "===" -> JsValues.strictEquals(ctx, l, r);
          default -> !JsValues.strictEquals(ctx, l, r);
        });
  }
}
