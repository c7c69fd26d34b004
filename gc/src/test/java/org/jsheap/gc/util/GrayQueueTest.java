package org.jsheap.gc.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The gray list's push racing a pop, jcstress style: the producer (the mutator's barrier) pushes
 * and publishes at random while a consumer (the marker thread) polls; every entry must arrive
 * exactly once, and nothing published may be lost or seen torn (a half-filled segment).
 */
class GrayQueueTest {
  @Test
  void pushAndPublishRacingPollLoseAndDuplicateNothing() throws Exception {
    for (int round = 0; round < 40; round++) {
      GrayQueue queue = new GrayQueue();
      int n = 20_000;
      BitSet seen = new BitSet(n);
      int[] duplicates = {0};
      AtomicBoolean producerDone = new AtomicBoolean();
      CountDownLatch go = new CountDownLatch(1);
      Thread consumer =
          new Thread(
              () -> {
                LongStack local = new LongStack(64);
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                while (true) {
                  boolean done = producerDone.get(); // read before polling: then nothing is late
                  while (queue.pollInto(local)) {
                    while (!local.isEmpty()) {
                      int v = (int) local.pop();
                      if (seen.get(v)) {
                        duplicates[0]++;
                      }
                      seen.set(v);
                    }
                  }
                  if (done) {
                    return;
                  }
                  Thread.onSpinWait();
                }
              });
      consumer.start();
      SplittableRandom random = new SplittableRandom(round);
      go.countDown();
      for (int v = 0; v < n; v++) {
        queue.push(v);
        if (random.nextInt(100) == 0) {
          queue.publish();
        }
      }
      queue.publish();
      producerDone.set(true);
      consumer.join();
      assertEquals(0, duplicates[0], "entries seen twice");
      assertEquals(n, seen.cardinality(), "entries lost");
      assertTrue(queue.isEmpty());
    }
  }

  @Test
  void theProducersPartialSegmentIsPrivateUntilPublished() {
    GrayQueue queue = new GrayQueue();
    LongStack into = new LongStack(4);
    queue.push(7);
    assertFalse(queue.pollInto(into), "an unpublished entry is not visible");
    assertFalse(queue.isEmpty());
    queue.publish();
    assertTrue(queue.pollInto(into));
    assertEquals(7, into.pop());
    for (int i = 0; i < GrayQueue.SEGMENT; i++) {
      queue.push(i);
    }
    assertTrue(queue.pollInto(into), "a full segment publishes itself");
    assertEquals(GrayQueue.SEGMENT, into.size());
    queue.push(1);
    queue.clear();
    assertTrue(queue.isEmpty());
  }
}
