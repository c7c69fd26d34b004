package org.jsheap.gc.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockPoolTest {
  private final BlockPool pool = new BlockPool(BlockPool.BLOCK_SIZE, 8 * BlockPool.BLOCK_SIZE);

  @Test
  void takesContiguousRunsAndWrapsAround() {
    assertEquals(0, pool.take(3));
    assertEquals(3, pool.take(2));
    assertEquals(3, pool.freeBlocks());
    pool.release(0, 3);
    assertEquals(5, pool.take(3), "next fit continues after the last run");
    assertEquals(0, pool.take(3), "then wraps to the start");
    assertEquals(-1, pool.take(1));
    assertEquals(0, pool.freeBlocks());
  }

  @Test
  void fragmentationCanRefuseARunDespiteEnoughFreeBlocks() {
    for (int i = 0; i < 8; i++) {
      assertEquals(i, pool.take(1));
    }
    pool.release(1, 1);
    pool.release(3, 1);
    pool.release(5, 1);
    assertEquals(3, pool.freeBlocks());
    assertEquals(-1, pool.take(2));
    assertEquals(-1, pool.take(0));
  }

  @Test
  void addressesAndMisuse() {
    assertEquals(BlockPool.BLOCK_SIZE * 3, pool.blockAddress(2));
    assertEquals(2, pool.blockIndex(BlockPool.BLOCK_SIZE * 3 + 17));
    assertTrue(pool.contains(pool.start()));
    assertTrue(!pool.contains(pool.end()));
    assertThrows(IllegalStateException.class, () -> pool.release(0, 1));
    assertThrows(IllegalArgumentException.class, () -> new BlockPool(100, BlockPool.BLOCK_SIZE));
  }
}
