package org.jsheap.gc.util;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * One mark bit per 8-byte granule of a heap region: a side table, so marking never writes to
 * objects. Setting uses a compare-and-set so a concurrent marker thread and the mutator's write
 * barrier can mark the same word without losing bits; reads are plain because a stale "unmarked"
 * answer only makes a caller try the CAS, which is authoritative.
 */
public final class MarkBitmap {
  private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

  private final long[] words;
  private final long base;

  /** A bitmap for addresses in {@code [base, base + size)}. */
  public MarkBitmap(long base, long size) {
    this.base = base;
    this.words = new long[(int) ((size >>> 3) + 63 >>> 6)];
  }

  public boolean isMarked(long address) {
    long bit = (address - base) >>> 3;
    return (words[(int) (bit >>> 6)] & (1L << bit)) != 0;
  }

  /**
   * {@link #isMarked} with a volatile read, for the concurrent write barrier: after its full fence
   * the barrier must see a bit the marker thread set before that fence (see {@code
   * Marker#barrier}).
   */
  public boolean isMarkedVolatile(long address) {
    long bit = (address - base) >>> 3;
    // SAFETY: races with the marker thread's compare-and-set of the same word; a volatile read sees
    // either the word before or after it, never a torn word, and orders after the caller's fence.
    long word = (long) WORDS.getVolatile(words, (int) (bit >>> 6));
    return (word & (1L << bit)) != 0;
  }

  /** Sets the bit; returns true if this call changed it from clear to set. */
  public boolean mark(long address) {
    long bit = (address - base) >>> 3;
    int index = (int) (bit >>> 6);
    long mask = 1L << bit;
    long old = words[index];
    while ((old & mask) == 0) {
      long witness = (long) WORDS.compareAndExchange(words, index, old, old | mask);
      if (witness == old) {
        return true;
      }
      old = witness;
    }
    return false;
  }

  /** Clears one bit (not atomic: only for single-threaded users such as the verifier). */
  public void unmark(long address) {
    long bit = (address - base) >>> 3;
    words[(int) (bit >>> 6)] &= ~(1L << bit);
  }

  /** Clears the bits of {@code [from, to)}; both 8-byte aligned. */
  public void clear(long from, long to) {
    long firstBit = (from - base) >>> 3;
    long endBit = (to - base) >>> 3;
    while (firstBit < endBit && (firstBit & 63) != 0) {
      words[(int) (firstBit >>> 6)] &= ~(1L << firstBit);
      firstBit++;
    }
    while (firstBit < endBit && (endBit & 63) != 0) {
      endBit--;
      words[(int) (endBit >>> 6)] &= ~(1L << endBit);
    }
    if (firstBit < endBit) {
      Arrays.fill(words, (int) (firstBit >>> 6), (int) (endBit >>> 6), 0L);
    }
  }
}
