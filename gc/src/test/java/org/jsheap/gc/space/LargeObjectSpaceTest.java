package org.jsheap.gc.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.NativeRegion;
import org.jsheap.gc.util.SlotSet;
import org.junit.jupiter.api.Test;

class LargeObjectSpaceTest extends SpaceContractTest<LargeObjectSpace> {
  private static final long START = BlockPool.BLOCK_SIZE;
  private static final long SIZE = 16 * BlockPool.BLOCK_SIZE;

  private NativeRegion region;
  private MarkBitmap marks;
  private SlotSet slots;
  private BlockPool pool;

  @Override
  protected LargeObjectSpace createSpace() {
    region = NativeRegion.reserve(START + SIZE);
    marks = new MarkBitmap(0, START + SIZE);
    slots = new SlotSet(START, SIZE, BlockPool.BLOCK_SHIFT);
    pool = new BlockPool(START, SIZE);
    return new LargeObjectSpace(region, pool, marks, slots);
  }

  @Override
  protected void dispose() {
    region.close();
  }

  @Override
  protected long objectSize() {
    return 20_000;
  }

  @Test
  void aLargeObjectOwnsARunOfBlocks() {
    long a = space.allocate(3 * BlockPool.BLOCK_SIZE - 8);
    assertEquals(3 * BlockPool.BLOCK_SIZE, space.usedBytes());
    assertTrue(space.isObjectStart(a));
    assertFalse(space.isObjectStart(a + 8));
    assertEquals(a, space.objectStart(a + 2 * BlockPool.BLOCK_SIZE + 100));
    assertEquals(1, space.objectCount());
  }

  @Test
  void sweepFreesUnmarkedObjectsAndTheirPagesReadAsZero() {
    long live = space.allocate(40_000);
    long dead = space.allocate(40_000);
    region.memory().set(java.lang.foreign.ValueLayout.JAVA_LONG, dead + 104, 42L);
    slots.record(dead + 16);
    marks.mark(live);
    int free = pool.freeBlocks();
    space.sweep();
    assertEquals(1, space.objectCount());
    assertTrue(space.isObjectStart(live));
    assertFalse(space.contains(dead));
    assertEquals(free + 2, pool.freeBlocks());
    assertFalse(slots.contains(dead + 16));
    assertEquals(
        0L,
        region.memory().get(java.lang.foreign.ValueLayout.JAVA_LONG, dead + 104),
        "decommitted pages read as zero");
    assertEquals(2 * BlockPool.BLOCK_SIZE, space.freedBytes());
  }

  @Test
  void tooLargeForThePoolAnswersZero() {
    assertEquals(0, space.allocate(SIZE + BlockPool.BLOCK_SIZE));
  }
}
