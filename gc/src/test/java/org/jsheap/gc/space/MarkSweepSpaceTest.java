package org.jsheap.gc.space;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ObjectHeader;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.util.HeapMemory;
import org.jsheap.gc.util.MarkBitmap;
import org.jsheap.gc.util.NativeRegion;
import org.jsheap.gc.util.SlotSet;
import org.junit.jupiter.api.Test;

class MarkSweepSpaceTest extends SpaceContractTest<MarkSweepSpace> {
  private static final long START = BlockPool.BLOCK_SIZE;
  private static final long SIZE = 8 * BlockPool.BLOCK_SIZE;

  private NativeRegion region;
  private MarkBitmap marks;
  private SlotSet slots;
  private BlockPool pool;

  @Override
  protected MarkSweepSpace createSpace() {
    region = NativeRegion.reserve(START + SIZE);
    marks = new MarkBitmap(0, START + SIZE);
    slots = new SlotSet(START, SIZE, BlockPool.BLOCK_SHIFT);
    pool = new BlockPool(START, SIZE);
    return new MarkSweepSpace(new HeapMemory(region.memory()), pool, marks, slots, true);
  }

  @Override
  protected void dispose() {
    region.close();
  }

  @Override
  protected long objectSize() {
    return 40;
  }

  private void writeObject(long address, long size) {
    region.memory().set(JAVA_LONG, address, ObjectHeader.word0(7, 0));
    region.memory().set(JAVA_LONG, address + 8, ObjectHeader.word1(size, 0, 0));
  }

  @Test
  void cellSizesRoundUpToASizeClass() {
    assertEquals(16, MarkSweepSpace.cellSizeFor(16));
    assertEquals(24, MarkSweepSpace.cellSizeFor(17));
    assertEquals(40, MarkSweepSpace.cellSizeFor(40));
    assertEquals(64, MarkSweepSpace.cellSizeFor(56));
    assertEquals(8192, MarkSweepSpace.cellSizeFor(8192));
  }

  @Test
  void sweepingFreesUnmarkedCellsPoisonsThemAndDropsTheirSlots() {
    long live = space.allocate(40);
    long dead = space.allocate(40);
    writeObject(live, 40);
    writeObject(dead, 40);
    slots.record(dead + 16);
    slots.record(live + 16);
    assertEquals(80, space.usedBytes());
    marks.mark(live);
    space.prepareForSweep();
    assertTrue(space.hasUnsweptBlocks());
    assertTrue(space.isObjectStart(live), "marked cell of an unswept block is live");
    assertFalse(space.isObjectStart(dead), "unmarked cell of an unswept block is dead");
    space.finishSweeping();
    assertFalse(space.hasUnsweptBlocks());
    assertEquals(40, space.usedBytes());
    assertEquals(40, space.freedBytes());
    assertTrue(space.isObjectStart(live));
    assertFalse(space.isObjectStart(dead));
    assertFalse(slots.contains(dead + 16), "a freed cell's slots leave the remembered set");
    assertTrue(slots.contains(live + 16));
    assertEquals(ValueCodec.POISON, region.memory().get(JAVA_LONG, dead + 16), "poisoned");
    assertEquals(live, space.cellStart(live + 24));
  }

  @Test
  void lazySweepingHandsFreedCellsOutAgain() {
    long keep = space.allocate(40);
    long a = space.allocate(40);
    writeObject(keep, 40);
    writeObject(a, 40);
    marks.mark(keep); // keeps the block in use, so it is not returned to the pool
    space.prepareForSweep(); // a is garbage
    long again = -1;
    for (int i = 0; i < 2000 && again != a; i++) {
      again = space.allocate(40);
      writeObject(again, 40);
    }
    assertEquals(a, again, "the lazily swept cell is reused");
  }

  @Test
  void anEmptyBlockReturnsToThePool() {
    long a = space.allocate(40);
    writeObject(a, 40);
    int free = pool.freeBlocks();
    space.prepareForSweep();
    space.finishSweeping();
    assertEquals(free + 1, pool.freeBlocks());
    assertFalse(space.contains(a));
    long[] count = {0};
    space.forEachObject(o -> count[0]++);
    assertEquals(0, count[0]);
  }
}
