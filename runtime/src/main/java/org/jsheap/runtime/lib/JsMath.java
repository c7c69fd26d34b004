package org.jsheap.runtime.lib;

/**
 * The {@code Math} functions whose JavaScript semantics {@link Math} does not give directly: {@code
 * round} (floor of x + 0.5, keeping -0), {@code sign}, {@code trunc}, n-ary {@code hypot} (Infinity
 * beats NaN), the inverse hyperbolic functions, an exact {@code log2} for powers of two, {@code
 * clz32}, {@code imul}, {@code fround}. The rest map one to one onto {@link Math} ({@code pow}
 * included: Java's {@code pow(1, Infinity)} is NaN as in JavaScript).
 */
public final class JsMath {
  private static final double TWO_TO_52 = 0x1p52;
  private static final double LN2 = Math.log(2);

  private JsMath() {}

  /** {@code Math.round}. */
  public static double round(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= TWO_TO_52) {
      return x;
    }
    double r = Math.floor(x);
    if (x - r >= 0.5) {
      r += 1;
    }
    return r == 0 && (x < 0 || Double.doubleToRawLongBits(x) == Long.MIN_VALUE) ? -0.0 : r;
  }

  /** {@code Math.sign}: -1, 1, or the argument for ±0 and NaN. */
  public static double sign(double x) {
    return x > 0 ? 1 : x < 0 ? -1 : x;
  }

  /** {@code Math.trunc}. */
  public static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /** {@code Math.hypot} of already converted arguments. */
  public static double hypot(double[] values) {
    double max = 0;
    boolean nan = false;
    for (double v : values) {
      if (Double.isInfinite(v)) {
        return Double.POSITIVE_INFINITY;
      }
      nan |= Double.isNaN(v);
      max = Math.max(max, Math.abs(v));
    }
    if (nan) {
      return Double.NaN;
    }
    if (max == 0) {
      return 0;
    }
    if (values.length == 2) {
      return Math.hypot(values[0], values[1]);
    }
    double sum = 0;
    double compensation = 0;
    for (double v : values) {
      double scaled = v / max;
      double y = scaled * scaled - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }
    return Math.sqrt(sum) * max;
  }

  /** {@code Math.asinh}. */
  public static double asinh(double x) {
    if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
      return x;
    }
    double a = Math.abs(x);
    double r = a > 1e8 ? Math.log(a) + LN2 : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
    return x < 0 ? -r : r;
  }

  /** {@code Math.acosh}. */
  public static double acosh(double x) {
    if (x < 1 || Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x > 1e8) {
      return Math.log(x) + LN2;
    }
    return Math.log(x + Math.sqrt(x * x - 1));
  }

  /** {@code Math.atanh}. */
  public static double atanh(double x) {
    if (x == 0 || Double.isNaN(x)) {
      return x;
    }
    return 0.5 * Math.log1p(2 * x / (1 - x));
  }

  /**
   * {@code Math.log2}: a port of fdlibm's {@code e_log2.c} (FreeBSD msun), as GraalJS computes it;
   * exact for powers of two and correctly rounded on e.g. {@code log2(3) = 1.584962500721156}.
   */
  public static double log2(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      return x == 0 ? Double.NEGATIVE_INFINITY : Math.log(x) / LN2;
    }
    int k = 0;
    if (x < Double.MIN_NORMAL) {
      k -= 54;
      x *= 0x1p54;
    }
    long bits = Double.doubleToRawLongBits(x);
    int hx = (int) (bits >>> 32);
    k += (hx >> 20) - 1023;
    hx &= 0x000f_ffff;
    int i = (hx + 0x95f64) & 0x10_0000;
    // normalize x or x/2 into [sqrt(2)/2, sqrt(2))
    x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff0_0000)) << 32) | (bits & 0xffff_ffffL));
    k += i >> 20;
    double y = k;
    double f = x - 1.0;
    double hfsq = 0.5 * f * f;
    double r = kLog1p(f);
    double hi =
        Double.longBitsToDouble(Double.doubleToRawLongBits(f - hfsq) & 0xffff_ffff_0000_0000L);
    double lo = (f - hi) - hfsq + r;
    double valHi = hi * IVLN2_HI;
    double valLo = (lo + hi) * IVLN2_LO + lo * IVLN2_HI;
    double w = y + valHi;
    valLo += (y - w) + valHi;
    return valLo + w;
  }

  private static final double IVLN2_HI = 1.44269504072144627571e+00;
  private static final double IVLN2_LO = 1.67517131648865118353e-10;

  /** fdlibm's {@code k_log1p}: log(1 + f) - f + f*f/2 for f in [sqrt(2)/2 - 1, sqrt(2) - 1]. */
  private static double kLog1p(double f) {
    double s = f / (2.0 + f);
    double z = s * s;
    double w = z * z;
    double t1 = w * (LG2 + w * (LG4 + w * LG6));
    double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    double hfsq = 0.5 * f * f;
    double r = t2 + t1;
    return s * (hfsq + r);
  }

  private static final double LG1 = 6.666666666666735130e-01;
  private static final double LG2 = 3.999999999940941908e-01;
  private static final double LG3 = 2.857142874366239149e-01;
  private static final double LG4 = 2.222219843214978396e-01;
  private static final double LG5 = 1.818357216161805012e-01;
  private static final double LG6 = 1.531383769920937332e-01;
  private static final double LG7 = 1.479819860511658591e-01;

  /** {@code Math.clz32} of the ToUint32'd argument. */
  public static int clz32(long uint32) {
    return Integer.numberOfLeadingZeros((int) uint32);
  }

  /** {@code Math.imul} of two ToUint32/ToInt32'd arguments. */
  public static int imul(long a, long b) {
    return (int) a * (int) b;
  }

  /** {@code Math.fround}. */
  public static double fround(double x) {
    return (float) x;
  }
}
