package org.jsheap.gc.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SemiSpaceTest extends SpaceContractTest<SemiSpace> {
  @Override
  protected SemiSpace createSpace() {
    return new SemiSpace(4096, 64 * 1024);
  }

  @Override
  protected long objectSize() {
    return 48;
  }

  @Test
  void flipSwapsHalvesAndKeepsTheNewTop() {
    long first = space.allocate(64);
    assertEquals(4096, first);
    long reserve = space.reserveStart();
    assertEquals(4096 + 64 * 1024, reserve);
    assertTrue(space.inReserve(reserve));
    assertFalse(space.inReserve(first));
    space.flip(reserve + 128);
    assertEquals(reserve, space.currentStart());
    assertEquals(128, space.usedBytes());
    assertTrue(space.inReserve(first), "the old half is now the reserve");
    assertEquals(reserve + 128, space.allocate(16));
  }
}
