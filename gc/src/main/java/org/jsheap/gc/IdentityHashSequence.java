package org.jsheap.gc;

/**
 * Draws identity hashes: a Weyl sequence (a counter stepped by the golden ratio) passed through the
 * SplitMix64 finalizer, cut to {@link ObjectHeader#MAX_IDENTITY_HASH} bits and never 0. Successive
 * hashes are distinct until the sequence wraps the 27-bit range and look independent in every bit,
 * so hash tables keyed by them (a {@code WeakMap}, say) need no further mixing. Deterministic per
 * heap, so stress runs reproduce.
 */
final class IdentityHashSequence {
  private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;
  private long state;

  IdentityHashSequence(long seed) {
    this.state = seed;
  }

  int next() {
    while (true) {
      state += GOLDEN_GAMMA;
      long z = state;
      z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
      z ^= z >>> 31;
      int hash = (int) z & ObjectHeader.MAX_IDENTITY_HASH;
      if (hash != 0) {
        return hash;
      }
    }
  }
}
