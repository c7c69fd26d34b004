package org.jsheap.gc.util;

/**
 * The remembered set: an exact set of old-generation slots that may hold a young reference, one bit
 * per 8-byte slot (V8's SlotSet). Bits are grouped by block; a list of blocks with any bit set lets
 * a scavenge visit only recorded slots, so its cost does not grow with the old generation.
 *
 * <p>Invariant (checked by the heap verifier): every old-generation slot that holds a young
 * reference has its bit set. Bits for slots that no longer hold one are dropped by the scavenge.
 */
public final class SlotSet {
  private final long base;
  private final int blockShift;
  private final int wordsPerBlock;
  private final long[] bits;
  private final boolean[] blockListed;
  private int[] listedBlocks;
  private int listedCount;
  private long recordedSlots;

  /**
   * A set for slots in {@code [base, base + size)}, grouped in blocks of {@code 1 << blockShift}.
   */
  public SlotSet(long base, long size, int blockShift) {
    this.base = base;
    this.blockShift = blockShift;
    this.wordsPerBlock = 1 << (blockShift - 3 - 6);
    int blocks = (int) (size >>> blockShift);
    this.bits = new long[blocks * wordsPerBlock];
    this.blockListed = new boolean[blocks];
    this.listedBlocks = new int[Math.max(16, Math.min(blocks, 1024))];
  }

  /** Records a slot (idempotent). */
  public void record(long slot) {
    long bit = (slot - base) >>> 3;
    int word = (int) (bit >>> 6);
    long mask = 1L << bit;
    long old = bits[word];
    if ((old & mask) == 0) {
      bits[word] = old | mask;
      recordedSlots++;
      int block = (int) ((slot - base) >>> blockShift);
      if (!blockListed[block]) {
        blockListed[block] = true;
        if (listedCount == listedBlocks.length) {
          listedBlocks = java.util.Arrays.copyOf(listedBlocks, listedCount * 2);
        }
        listedBlocks[listedCount++] = block;
      }
    }
  }

  public boolean contains(long slot) {
    long bit = (slot - base) >>> 3;
    return (bits[(int) (bit >>> 6)] & (1L << bit)) != 0;
  }

  /** Number of recorded slots. */
  public long size() {
    return recordedSlots;
  }

  /** Decides, for each recorded slot, whether it stays recorded. */
  @FunctionalInterface
  public interface SlotFilter {
    /** Returns true to keep {@code slot} in the set. */
    boolean keep(long slot);
  }

  /**
   * Visits every recorded slot once (in address order within a block) and removes those the filter
   * rejects. The filter may record new slots; those are not visited in this pass if they land in a
   * block that was already visited.
   */
  public void forEach(SlotFilter filter) {
    int count = listedCount;
    int[] blocks = listedBlocks.clone();
    listedCount = 0;
    for (int i = 0; i < count; i++) {
      blockListed[blocks[i]] = false;
    }
    for (int i = 0; i < count; i++) {
      int block = blocks[i];
      int firstWord = block * wordsPerBlock;
      boolean any = false;
      for (int w = firstWord; w < firstWord + wordsPerBlock; w++) {
        long word = bits[w];
        while (word != 0) {
          int b = Long.numberOfTrailingZeros(word);
          word &= word - 1;
          long slot = base + ((((long) w << 6) + b) << 3);
          if (!filter.keep(slot) && (bits[w] & (1L << b)) != 0) {
            bits[w] &= ~(1L << b);
            recordedSlots--;
          }
        }
        any |= bits[w] != 0;
      }
      if (any && !blockListed[block]) {
        blockListed[block] = true;
        if (listedCount == listedBlocks.length) {
          listedBlocks = java.util.Arrays.copyOf(listedBlocks, listedCount * 2);
        }
        listedBlocks[listedCount++] = block;
      }
    }
  }

  /** Removes all slots in {@code [from, to)} (an object freed by the sweeper); 8-aligned. */
  public void clearRange(long from, long to) {
    long firstBit = (from - base) >>> 3;
    long endBit = (to - base) >>> 3;
    while (firstBit < endBit) {
      int word = (int) (firstBit >>> 6);
      int lo = (int) (firstBit & 63);
      int hi = (int) Math.min(64, lo + (endBit - firstBit)); // exclusive, within this word
      long mask = (hi == 64 ? -1L : (1L << hi) - 1) & (-1L << lo);
      long cleared = bits[word] & mask;
      if (cleared != 0) {
        bits[word] &= ~mask;
        recordedSlots -= Long.bitCount(cleared);
      }
      firstBit += hi - lo;
    }
  }
}
