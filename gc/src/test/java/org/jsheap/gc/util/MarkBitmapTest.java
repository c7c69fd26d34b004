package org.jsheap.gc.util;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkBitmapTest {
  private final MarkBitmap bitmap = new MarkBitmap(4096, 1 << 20);

  @Test
  void markReportsTheFirstTimeOnly() {
    assertFalse(bitmap.isMarked(4096 + 64));
    assertTrue(bitmap.mark(4096 + 64));
    assertFalse(bitmap.mark(4096 + 64));
    assertTrue(bitmap.isMarked(4096 + 64));
    assertFalse(bitmap.isMarked(4096 + 72), "neighbouring granule untouched");
    bitmap.unmark(4096 + 64);
    assertFalse(bitmap.isMarked(4096 + 64));
  }

  @Test
  void clearHandlesPartialWordsAtBothEnds() {
    for (long a = 4096; a < 4096 + 8 * 300; a += 8) {
      bitmap.mark(a);
    }
    long from = 4096 + 8 * 13;
    long to = 4096 + 8 * 250;
    bitmap.clear(from, to);
    assertTrue(bitmap.isMarked(from - 8));
    for (long a = from; a < to; a += 8) {
      assertFalse(bitmap.isMarked(a), "cleared " + a);
    }
    assertTrue(bitmap.isMarked(to));
    bitmap.clear(4096 + 8, 4096 + 16); // within one word
    assertFalse(bitmap.isMarked(4096 + 8));
    assertTrue(bitmap.isMarked(4096));
  }

  @Test
  void concurrentMarkersNeverLoseBits() throws InterruptedException {
    MarkBitmap shared = new MarkBitmap(0, 1 << 16);
    int[] wins = new int[2];
    Thread[] threads = new Thread[2];
    for (int t = 0; t < 2; t++) {
      int id = t;
      threads[t] =
          new Thread(
              () -> {
                for (long a = 0; a < (1 << 16); a += 8) {
                  if (shared.mark(a)) {
                    wins[id]++;
                  }
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertTrue(
        wins[0] + wins[1] == (1 << 13), "each bit won exactly once: " + wins[0] + "+" + wins[1]);
    for (long a = 0; a < (1 << 16); a += 8) {
      assertTrue(shared.isMarked(a));
    }
  }
}
