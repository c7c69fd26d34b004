package org.jsheap.gc.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotSetTest {
  private static final long BASE = 1 << 20;
  private static final int SHIFT = 15;
  private final SlotSet set = new SlotSet(BASE, 8L << SHIFT, SHIFT);

  @Test
  void recordIsIdempotentAndExact() {
    set.record(BASE + 8);
    set.record(BASE + 8);
    set.record(BASE + 16);
    assertEquals(2, set.size());
    assertTrue(set.contains(BASE + 8));
    assertFalse(set.contains(BASE));
    assertFalse(set.contains(BASE + 24));
  }

  @Test
  void forEachVisitsEachSlotOnceInAddressOrderPerBlockAndRemovesRejected() {
    long far = BASE + (5L << SHIFT) + 64;
    set.record(far);
    set.record(BASE + 800);
    set.record(BASE + 8);
    List<Long> seen = new ArrayList<>();
    set.forEach(
        slot -> {
          seen.add(slot);
          return slot != BASE + 800;
        });
    assertEquals(List.of(far, BASE + 8, BASE + 800), seen, "blocks in recording order");
    assertEquals(2, set.size());
    assertFalse(set.contains(BASE + 800));
    List<Long> again = new ArrayList<>();
    set.forEach(
        slot -> {
          again.add(slot);
          return false;
        });
    assertEquals(2, again.size());
    assertEquals(0, set.size());
    List<Long> none = new ArrayList<>();
    set.forEach(none::add);
    assertTrue(none.isEmpty(), "emptied blocks leave the block list");
  }

  @Test
  void clearRangeDropsOnlyThatRange() {
    for (long s = BASE; s < BASE + 256; s += 8) {
      set.record(s);
    }
    set.clearRange(BASE + 64, BASE + 128);
    assertEquals(32 - 8, set.size());
    assertTrue(set.contains(BASE + 56));
    assertFalse(set.contains(BASE + 64));
    assertFalse(set.contains(BASE + 120));
    assertTrue(set.contains(BASE + 128));
  }

  @Test
  void manyBlocksGrowTheBlockList() {
    SlotSet big = new SlotSet(BASE, 4096L << SHIFT, SHIFT);
    for (long b = 0; b < 4096; b++) {
      big.record(BASE + (b << SHIFT));
    }
    int[] visits = {0};
    big.forEach(
        slot -> {
          visits[0]++;
          return true;
        });
    assertEquals(4096, visits[0]);
  }

  @Test
  void clearRangeAcrossManyWordsMatchesABitByBitModel() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    java.util.BitSet model = new java.util.BitSet();
    for (int i = 0; i < 3000; i++) {
      int index = random.nextInt(8 << (SHIFT - 3));
      set.record(BASE + 8L * index);
      model.set(index);
    }
    for (int round = 0; round < 200; round++) {
      int from = random.nextInt(8 << (SHIFT - 3));
      int to = Math.min(8 << (SHIFT - 3), from + random.nextInt(700));
      set.clearRange(BASE + 8L * from, BASE + 8L * to);
      model.clear(from, to);
      assertEquals(model.cardinality(), set.size(), "round " + round);
    }
    for (int index = 0; index < (8 << (SHIFT - 3)); index++) {
      assertEquals(model.get(index), set.contains(BASE + 8L * index), "slot " + index);
    }
  }
}
