package org.jsheap.runtime.collections;

/**
 * How the runtime compares the keys that SameValueZero compares by content rather than by identity
 * or bits: strings (however the runtime represents them), and any other value type it adds later.
 * Every other reference is compared by identity (the gc's identity hash), every other non-reference
 * by its encoded bits.
 *
 * <p>Contract: none of these methods may allocate in the gc heap (tables call them with addresses
 * held in Java locals); {@code contentEquals(a, b)} implies {@code contentHash(a) ==
 * contentHash(b)}; a value's content hash never changes.
 */
public interface KeyEquivalence {
  /** Whether {@code value} is compared by content. */
  boolean isContentKey(long value);

  /** The hash of a content key's content. */
  int contentHash(long value);

  /** Whether two content keys have the same content. */
  boolean contentEquals(long a, long b);

  /** No content keys: every reference by identity, every other value by its bits. */
  KeyEquivalence IDENTITY =
      new KeyEquivalence() {
        @Override
        public boolean isContentKey(long value) {
          return false;
        }

        @Override
        public int contentHash(long value) {
          throw new UnsupportedOperationException("no content keys");
        }

        @Override
        public boolean contentEquals(long a, long b) {
          throw new UnsupportedOperationException("no content keys");
        }
      };
}
