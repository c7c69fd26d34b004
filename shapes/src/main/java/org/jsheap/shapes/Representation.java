package org.jsheap.shapes;

import org.jsheap.gc.ValueCodec;

/**
 * Field representation: what every value stored in a field has been so far. It starts as the most
 * specific representation that fits the first value and generalises one way: {@code INT -> DOUBLE
 * -> ANY}. With NaN-boxing no representation changes the bits in the heap (an int32 is a valid
 * number and a number is a valid value), so generalisation never migrates data, only shapes.
 */
public enum Representation {
  /** Every value stored was an int32. */
  INT,
  /** Every value stored was a number (int32 or double). */
  DOUBLE,
  /** Anything. */
  ANY;

  /** The most specific representation for {@code value}. */
  public static Representation forValue(long value) {
    if (ValueCodec.isInt(value)) {
      return INT;
    }
    return ValueCodec.isDouble(value) ? DOUBLE : ANY;
  }

  /** Whether a field of this representation can hold {@code value} without generalising. */
  public boolean fits(long value) {
    return switch (this) {
      case INT -> ValueCodec.isInt(value);
      case DOUBLE -> ValueCodec.isNumber(value);
      case ANY -> true;
    };
  }

  /** The least general representation that covers both. */
  public Representation generalize(Representation other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
