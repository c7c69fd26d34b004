package org.jsheap.shapes;

import org.jsheap.gc.ValueCodec;

/**
 * The ECMAScript rules shared by named properties and elements: SameValue, which redefinitions
 * ValidateAndApplyPropertyDescriptor allows, and ToUint32-style array lengths.
 */
final class DescriptorRules {
  private DescriptorRules() {}

  /** ECMAScript SameValue on tagged values. */
  static boolean sameValue(long x, long y) {
    if (ValueCodec.isNumber(x) && ValueCodec.isNumber(y)) {
      double dx = ValueCodec.asNumber(x);
      double dy = ValueCodec.asNumber(y);
      return Double.doubleToLongBits(dx) == Double.doubleToLongBits(dy);
    }
    return x == y;
  }

  /**
   * Whether an own property with flags {@code have} and value {@code current} may be redefined with
   * flags {@code want} and value {@code value} (a complete descriptor).
   */
  static boolean redefinitionAllowed(int have, long current, int want, long value) {
    if ((have & Property.CONFIGURABLE) != 0) {
      return true;
    }
    int fixed = Property.CONFIGURABLE | Property.ENUMERABLE | Property.ACCESSOR;
    if ((have & fixed) != (want & fixed)) {
      return false;
    }
    if ((have & Property.ACCESSOR) != 0) {
      return current == value;
    }
    if ((have & Property.WRITABLE) == 0) {
      return (want & Property.WRITABLE) == 0 && sameValue(current, value);
    }
    return true;
  }

  /**
   * {@code value} as an array length; throws {@link ObjectModelException} for anything but an
   * integer in 0..2^32-1.
   */
  static long toArrayLength(long value) {
    double d = ValueCodec.isNumber(value) ? ValueCodec.asNumber(value) : Double.NaN;
    if (!(d >= 0 && d <= 0xFFFF_FFFFL && d == Math.floor(d))) {
      throw ObjectModelException.describing(
          ObjectModelException.Kind.INVALID_ARRAY_LENGTH, "invalid array length ", value);
    }
    return (long) d;
  }
}
