package org.jsheap.gc.space;

import java.util.Arrays;
import java.util.function.LongConsumer;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.NativeRegion;
import org.jsheap.gc.util.SlotSet;

/**
 * Objects larger than {@link MarkSweepSpace#MAX_CELL_SIZE}: each gets its own run of blocks, is
 * never moved, is marked like any old object and is swept eagerly at the end of marking; a freed
 * run's pages are returned to the operating system.
 */
public final class LargeObjectSpace implements Space, Allocator {
  private final NativeRegion region;
  private final BlockPool pool;
  private final MarkBitmap marks;
  private final SlotSet rememberedSet;
  private final int[] runHead;
  private final int[] runLength;
  private long[] objects = new long[16];
  private int count;
  private long usedBytes;
  private long freedBytes;

  public LargeObjectSpace(
      NativeRegion region, BlockPool pool, MarkBitmap marks, SlotSet rememberedSet) {
    this.region = region;
    this.pool = pool;
    this.marks = marks;
    this.rememberedSet = rememberedSet;
    this.runHead = new int[pool.blockCount()];
    this.runLength = new int[pool.blockCount()];
    Arrays.fill(runHead, -1);
  }

  @Override
  public String name() {
    return "large";
  }

  @Override
  public boolean contains(long address) {
    return pool.contains(address) && runHead[pool.blockIndex(address)] >= 0;
  }

  @Override
  public long usedBytes() {
    return usedBytes;
  }

  @Override
  public long capacityBytes() {
    return pool.end() - pool.start();
  }

  public long freedBytes() {
    return freedBytes;
  }

  /** Number of live large objects. */
  public int objectCount() {
    return count;
  }

  @Override
  public long allocate(long size) {
    long blocks = (size + BlockPool.BLOCK_SIZE - 1) >>> BlockPool.BLOCK_SHIFT;
    if (blocks > pool.blockCount()) {
      return 0;
    }
    int first = pool.take((int) blocks);
    if (first < 0) {
      return 0;
    }
    for (int b = first; b < first + blocks; b++) {
      runHead[b] = first;
    }
    runLength[first] = (int) blocks;
    long address = pool.blockAddress(first);
    if (count == objects.length) {
      objects = Arrays.copyOf(objects, count * 2);
    }
    objects[count++] = address;
    usedBytes += blocks << BlockPool.BLOCK_SHIFT;
    return address;
  }

  public boolean isObjectStart(long address) {
    return contains(address) && pool.blockAddress(runHead[pool.blockIndex(address)]) == address;
  }

  /** The start of the large object containing {@code address}. */
  public long objectStart(long address) {
    return pool.blockAddress(runHead[pool.blockIndex(address)]);
  }

  /** Frees every unmarked large object. */
  public void sweep() {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      long address = objects[i];
      if (marks.isMarked(address)) {
        objects[kept++] = address;
        continue;
      }
      int first = pool.blockIndex(address);
      int n = runLength[first];
      long bytes = (long) n << BlockPool.BLOCK_SHIFT;
      for (int b = first; b < first + n; b++) {
        runHead[b] = -1;
      }
      rememberedSet.clearRange(address, address + bytes);
      region.decommit(address, bytes);
      pool.release(first, n);
      usedBytes -= bytes;
      freedBytes += bytes;
    }
    count = kept;
  }

  public void forEachObject(LongConsumer visitor) {
    for (int i = 0; i < count; i++) {
      visitor.accept(objects[i]);
    }
  }
}
