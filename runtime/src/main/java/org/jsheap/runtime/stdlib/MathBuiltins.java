package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.SplittableRandom;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.JsMath;
import org.jsheap.runtime.lib.NumberConversions;
import org.jsheap.runtime.objects.JsOperators;
import org.jsheap.runtime.objects.JsValues;

/**
 * The {@code Math} object: every function and constant of ES2015+ (algorithms in {@link JsMath}).
 */
final class MathBuiltins implements BuiltinSet {
  private static final String[] UNARY = {
    "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "exp",
    "expm1", "floor", "fround", "log", "log1p", "log10", "log2", "round", "sign", "sin", "sinh",
    "sqrt", "tan", "tanh", "trunc", "clz32"
  };

  @Override
  public void install(Installer in) {
    in.prototype("Math", "ObjectPrototype");
    for (String name : UNARY) {
      in.method("Math", name, 1, () -> new Unary(name));
    }
    in.method("Math", "atan2", 2, () -> new Binary("atan2"));
    in.method("Math", "pow", 2, () -> new Binary("pow"));
    in.method("Math", "imul", 2, () -> new Binary("imul"));
    in.method("Math", "max", 2, () -> new MinMax(true));
    in.method("Math", "min", 2, () -> new MinMax(false));
    in.method("Math", "hypot", 2, Hypot::new);
    in.method("Math", "random", 0, RandomNode::new);
    constant(in, "E", Math.E);
    constant(in, "LN10", Math.log(10));
    constant(in, "LN2", Math.log(2));
    constant(in, "LOG10E", 0.4342944819032518);
    constant(in, "LOG2E", 1.4426950408889634);
    constant(in, "PI", Math.PI);
    constant(in, "SQRT1_2", Math.sqrt(0.5));
    constant(in, "SQRT2", Math.sqrt(2));
    in.global("Math", in.realm().intrinsic("Math"));
  }

  private static void constant(Installer in, String name, double value) {
    in.value("Math", name, fromDouble(value), 0);
  }

  /** The result of a Math function as a value (int32 when it is one, never for -0). */
  static long number(double d) {
    return fromNumber(d);
  }

  /** {@code Math.f(x)}. */
  static final class Unary extends BuiltinNode {
    private final String name;

    Unary(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return number(apply(name, JsValues.toNumber(ctx(), arg(frame, 0))));
    }

    @TruffleBoundary
    static double apply(String name, double x) {
      return switch (name) {
        case "abs" -> Math.abs(x);
        case "acos" -> Math.acos(x);
        case "acosh" -> JsMath.acosh(x);
        case "asin" -> Math.asin(x);
        case "asinh" -> JsMath.asinh(x);
        case "atan" -> Math.atan(x);
        case "atanh" -> JsMath.atanh(x);
        case "cbrt" -> Math.cbrt(x);
        case "ceil" -> Math.ceil(x);
        case "cos" -> Math.cos(x);
        case "cosh" -> Math.cosh(x);
        case "exp" -> Math.exp(x);
        case "expm1" -> Math.expm1(x);
        case "floor" -> Math.floor(x);
        case "fround" -> JsMath.fround(x);
        case "log" -> Math.log(x);
        case "log1p" -> Math.log1p(x);
        case "log10" -> Math.log10(x);
        case "log2" -> JsMath.log2(x);
        case "round" -> JsMath.round(x);
        case "sign" -> JsMath.sign(x);
        case "sin" -> Math.sin(x);
        case "sinh" -> Math.sinh(x);
        case "sqrt" -> Math.sqrt(x);
        case "tan" -> Math.tan(x);
        case "tanh" -> Math.tanh(x);
        case "trunc" -> JsMath.trunc(x);
        case "clz32" -> JsMath.clz32(NumberConversions.toUint32(x));
        default -> throw new IllegalArgumentException(name);
      };
    }
  }

  /** {@code atan2}, {@code pow}, {@code imul}: both arguments converted in order. */
  static final class Binary extends BuiltinNode {
    private final String name;

    Binary(String name) {
      this.name = name;
    }

    @Override
    public long execute(VirtualFrame frame) {
      double x = JsValues.toNumber(ctx(), arg(frame, 0));
      double y = JsValues.toNumber(ctx(), arg(frame, 1));
      return switch (name) {
        case "atan2" -> number(Math.atan2(x, y));
        case "pow" -> number(JsOperators.pow(x, y));
        default ->
            fromInt(JsMath.imul(NumberConversions.toUint32(x), NumberConversions.toUint32(y)));
      };
    }
  }

  /** {@code max}/{@code min}: every argument converted; NaN wins; +0 is above -0. */
  static final class MinMax extends BuiltinNode {
    private final boolean max;

    MinMax(boolean max) {
      this.max = max;
    }

    @Override
    public long execute(VirtualFrame frame) {
      double r = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      int n = argc(frame);
      JSHeapContext ctx = ctx();
      for (int i = 0; i < n; i++) {
        double x = JsValues.toNumber(ctx, arg(frame, i));
        r = max ? Math.max(r, x) : Math.min(r, x);
      }
      return number(r);
    }
  }

  /** {@code hypot(...)}. */
  static final class Hypot extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      int n = argc(frame);
      double[] xs = new double[n];
      for (int i = 0; i < n; i++) {
        xs[i] = JsValues.toNumber(ctx(), arg(frame, i));
      }
      return number(JsMath.hypot(xs));
    }
  }

  /** {@code random()}: uniform in [0, 1). */
  static final class RandomNode extends BuiltinNode {
    private final SplittableRandom random = new SplittableRandom();

    @Override
    public long execute(VirtualFrame frame) {
      return fromDouble(next());
    }

    @TruffleBoundary
    private double next() {
      return random.nextDouble();
    }
  }
}
