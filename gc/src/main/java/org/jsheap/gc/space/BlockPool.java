package org.jsheap.gc.space;

import java.util.Arrays;

/**
 * Hands out runs of fixed-size blocks of the old generation to the mark-sweep space (one block
 * each) and to the large-object space (runs). Next-fit search over a state array.
 */
public final class BlockPool {
  /** log2 of the block size. */
  public static final int BLOCK_SHIFT = 15;

  /** Block size in bytes (32 KiB). */
  public static final long BLOCK_SIZE = 1L << BLOCK_SHIFT;

  private final long start;
  private final int blockCount;
  private final boolean[] used;
  private int freeBlocks;
  private int hint;

  /** Manages the blocks of {@code [start, start + size)}; {@code start} is block aligned. */
  public BlockPool(long start, long size) {
    if ((start & (BLOCK_SIZE - 1)) != 0) {
      throw new IllegalArgumentException("unaligned block pool start " + start);
    }
    this.start = start;
    this.blockCount = (int) (size >>> BLOCK_SHIFT);
    this.used = new boolean[blockCount];
    this.freeBlocks = blockCount;
  }

  public long start() {
    return start;
  }

  public long end() {
    return start + ((long) blockCount << BLOCK_SHIFT);
  }

  public int blockCount() {
    return blockCount;
  }

  public int freeBlocks() {
    return freeBlocks;
  }

  public long blockAddress(int block) {
    return start + ((long) block << BLOCK_SHIFT);
  }

  public int blockIndex(long address) {
    return (int) ((address - start) >>> BLOCK_SHIFT);
  }

  public boolean contains(long address) {
    return address >= start && address < end();
  }

  /** Takes {@code n} contiguous free blocks; returns the first block's index, or -1. */
  public int take(int n) {
    if (n <= 0 || n > freeBlocks) {
      return -1;
    }
    for (int pass = 0; pass < 2; pass++) {
      int from = pass == 0 ? hint : 0;
      int to = pass == 0 ? blockCount : Math.min(blockCount, hint + n);
      int run = 0;
      for (int b = from; b < to; b++) {
        if (used[b]) {
          run = 0;
        } else if (++run == n) {
          int first = b - n + 1;
          Arrays.fill(used, first, b + 1, true);
          freeBlocks -= n;
          hint = b + 1 == blockCount ? 0 : b + 1;
          return first;
        }
      }
    }
    return -1;
  }

  /** Returns a run of blocks to the pool. */
  public void release(int first, int n) {
    for (int b = first; b < first + n; b++) {
      if (!used[b]) {
        throw new IllegalStateException("block " + b + " released twice");
      }
      used[b] = false;
    }
    freeBlocks += n;
  }

  public boolean isUsed(int block) {
    return used[block];
  }
}
