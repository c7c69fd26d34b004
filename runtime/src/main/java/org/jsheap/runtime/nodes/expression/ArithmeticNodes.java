package org.jsheap.runtime.nodes.expression;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import org.jsheap.gc.ValueCodec;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.objects.JsOperators;

/**
 * Arithmetic operators with int32 fast paths that overflow to double (the int specialisation is
 * replaced by the number one on {@link ArithmeticException}).
 */
public final class ArithmeticNodes {
  private ArithmeticNodes() {}

  @ImportStatic(ValueCodec.class)
  @GenerateInline(false)
  public abstract static class AddNode extends BinaryOpNode {
    @Specialization(
        guards = {"isInt(l)", "isInt(r)"},
        rewriteOn = ArithmeticException.class)
    static long ints(long l, long r) {
      return fromInt(Math.addExact(asInt(l), asInt(r)));
    }

    @Specialization(
        guards = {"isNumber(l)", "isNumber(r)"},
        replaces = "ints")
    static long numbers(long l, long r) {
      return fromNumber(asNumber(l) + asNumber(r));
    }

    @Fallback
    long generic(long l, long r) {
      return JsOperators.add(ctx(), l, r);
    }
  }

  @ImportStatic(ValueCodec.class)
  @GenerateInline(false)
  public abstract static class SubNode extends BinaryOpNode {
    @Specialization(
        guards = {"isInt(l)", "isInt(r)"},
        rewriteOn = ArithmeticException.class)
    static long ints(long l, long r) {
      return fromInt(Math.subtractExact(asInt(l), asInt(r)));
    }

    @Specialization(
        guards = {"isNumber(l)", "isNumber(r)"},
        replaces = "ints")
    static long numbers(long l, long r) {
      return fromNumber(asNumber(l) - asNumber(r));
    }

    @Fallback
    long generic(long l, long r) {
      return JsOperators.numericGeneric(ctx(), "-", l, r);
    }
  }

  @ImportStatic(ValueCodec.class)
  @GenerateInline(false)
  public abstract static class MulNode extends BinaryOpNode {
    @Specialization(
        guards = {"isInt(l)", "isInt(r)"},
        rewriteOn = ArithmeticException.class)
    static long ints(long l, long r) {
      int a = asInt(l);
      int b = asInt(r);
      int p = Math.multiplyExact(a, b);
      if (p == 0 && (a < 0 || b < 0)) {
        throw new ArithmeticException("-0");
      }
      return fromInt(p);
    }

    @Specialization(
        guards = {"isNumber(l)", "isNumber(r)"},
        replaces = "ints")
    static long numbers(long l, long r) {
      return fromNumber(asNumber(l) * asNumber(r));
    }

    @Fallback
    long generic(long l, long r) {
      return JsOperators.numericGeneric(ctx(), "*", l, r);
    }
  }

  @ImportStatic(ValueCodec.class)
  @GenerateInline(false)
  public abstract static class DivNode extends BinaryOpNode {
    @Specialization(guards = {"isNumber(l)", "isNumber(r)"})
    static long numbers(long l, long r) {
      return fromNumber(asNumber(l) / asNumber(r));
    }

    @Fallback
    long generic(long l, long r) {
      return JsOperators.numericGeneric(ctx(), "/", l, r);
    }
  }

  @ImportStatic(ValueCodec.class)
  @GenerateInline(false)
  public abstract static class ModNode extends BinaryOpNode {
    @Specialization(guards = {"isInt(l)", "isInt(r)", "asInt(l) >= 0", "asInt(r) > 0"})
    static long ints(long l, long r) {
      return fromInt(asInt(l) % asInt(r));
    }

    @Specialization(
        guards = {"isNumber(l)", "isNumber(r)"},
        replaces = "ints")
    static long numbers(long l, long r) {
      return fromNumber(NumberConversions.remainder(asNumber(l), asNumber(r)));
    }

    @Fallback
    long generic(long l, long r) {
      return JsOperators.numericGeneric(ctx(), "%", l, r);
    }
  }

  @ImportStatic(ValueCodec.class)
  @GenerateInline(false)
  public abstract static class PowNode extends BinaryOpNode {
    @Specialization(guards = {"isNumber(l)", "isNumber(r)"})
    static long numbers(long l, long r) {
      return fromNumber(JsOperators.pow(asNumber(l), asNumber(r)));
    }

    @Fallback
    long generic(long l, long r) {
      return JsOperators.numericGeneric(ctx(), "**", l, r);
    }
  }
}
