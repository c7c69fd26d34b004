package org.jsheap.shapes;

import com.oracle.truffle.api.dsl.Idempotent;
import org.jsheap.gc.ValueCodec;

/**
 * What an object's elements store holds, as in V8: a lattice that only moves up. {@code PACKED}
 * kinds have no hole below the array length; {@code HOLEY} kinds may hold {@link ValueCodec#HOLE};
 * {@code DICTIONARY} keeps sparse elements in a hash table. The int/double/tagged distinction is
 * type feedback for the access nodes: under NaN-boxing int32 and double values are already unboxed
 * in a 64-bit tagged slot, so a separate raw double store would save only scanning time.
 */
public enum ElementsKind {
  PACKED_INT(0, false),
  PACKED_DOUBLE(1, false),
  PACKED(2, false),
  HOLEY_INT(0, true),
  HOLEY_DOUBLE(1, true),
  HOLEY(2, true),
  DICTIONARY(3, true);

  private final int valueLevel;
  private final boolean holey;

  ElementsKind(int valueLevel, boolean holey) {
    this.valueLevel = valueLevel;
    this.holey = holey;
  }

  public boolean isHoley() {
    return holey;
  }

  @Idempotent
  public boolean isDictionary() {
    return this == DICTIONARY;
  }

  /** Whether storing {@code value} keeps this kind. */
  public boolean fits(long value) {
    return switch (valueLevel) {
      case 0 -> ValueCodec.isInt(value);
      case 1 -> ValueCodec.isNumber(value);
      default -> true;
    };
  }

  /** The kind after storing {@code value}. */
  public ElementsKind withValue(long value) {
    if (fits(value)) {
      return this;
    }
    int level = ValueCodec.isNumber(value) ? 1 : 2;
    return of(Math.max(level, valueLevel), holey);
  }

  /** The holey counterpart of this kind. */
  public ElementsKind toHoley() {
    return of(valueLevel, true);
  }

  private static ElementsKind of(int level, boolean holey) {
    if (level >= 3) {
      return DICTIONARY;
    }
    return values()[level + (holey ? 3 : 0)];
  }
}
