package org.jsheap.runtime.collections;

import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;

/**
 * SameValueZero on encoded values, as {@code Map} and {@code Set} compare keys: {@code +0} and
 * {@code -0} are one key, {@code NaN} equals {@code NaN}, an int32 and a double of the same value
 * are one key, content keys (strings) compare by content, other references by identity.
 *
 * <p>Tables store {@linkplain #normalize normalized} keys, so two non-content keys are the same key
 * exactly when their words are equal.
 */
final class SameValueZero {
  private SameValueZero() {}

  /**
   * The canonical word of a key: numbers in their most specific encoding with {@code -0} as {@code
   * +0} (the spec stores {@code +0} for a {@code -0} key) and one NaN; every other value unchanged.
   */
  static long normalize(long key) {
    if (ValueCodec.isDouble(key)) {
      double d = ValueCodec.asDouble(key);
      return d == 0 ? ValueCodec.fromInt(0) : ValueCodec.fromNumber(d);
    }
    return key;
  }

  /** The hash of a normalized key; never allocates (the identity hash is stored in the header). */
  static int hash(Heap heap, KeyEquivalence keys, long key) {
    long h;
    if (keys.isContentKey(key)) {
      h = keys.contentHash(key);
    } else if (ValueCodec.isReference(key)) {
      h = heap.identityHash(ValueCodec.asReference(key));
    } else {
      h = key;
    }
    h ^= h >>> 33;
    h *= 0xFF51_AFD7_ED55_8CCDL;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Whether two normalized keys are the same key. */
  static boolean same(KeyEquivalence keys, long a, long b) {
    if (a == b) {
      return true;
    }
    return keys.isContentKey(a) && keys.isContentKey(b) && keys.contentEquals(a, b);
  }
}
