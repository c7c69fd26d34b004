package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.address;
import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.jsheap.gc.mock.MockObjects;
import org.junit.jupiter.api.Test;

/**
 * Identity hashes ({@link Heap#identityHash}): assigned on first request, kept in the header across
 * moves (scavenges, promotion) and collections, non-zero and well distributed.
 */
class IdentityHashTest {

  @Test
  void headerBitsRoundTripAndLeaveClassIdAgeAndForwardingAlone() {
    long w = ObjectHeader.word0(ObjectHeader.MAX_CLASS_ID, 7);
    long hashed = ObjectHeader.withIdentityHash(w, ObjectHeader.MAX_IDENTITY_HASH);
    assertEquals(ObjectHeader.MAX_IDENTITY_HASH, ObjectHeader.identityHash(hashed));
    assertEquals(ObjectHeader.MAX_CLASS_ID, ObjectHeader.classId(hashed));
    assertEquals(7, ObjectHeader.age(hashed));
    assertTrue(!ObjectHeader.isForwarded(hashed) && !ValueCodec.isPoison(hashed));
    assertEquals(0, ObjectHeader.identityHash(w));
    long moved = ObjectHeader.withAge(ObjectHeader.withClassId(hashed, 3), 9);
    assertEquals(ObjectHeader.MAX_IDENTITY_HASH, ObjectHeader.identityHash(moved));
  }

  @Test
  void aHashIsStableAcrossScavengesPromotionAndFullCollections() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      ValueStack stack = heap.newValueStack(64, 1024);
      int n = 40;
      int[] hashes = new int[n];
      for (int i = 0; i < n; i++) {
        long object =
            i % 10 == 9
                ? heap.allocate(1, 0, 1, Heap.LARGE_OBJECT_THRESHOLD) // large object space
                : i % 4 == 3 ? heap.allocateTenured(1, 0, 1, 8) : heap.allocate(1, 0, 2, 8);
        stack.push(ref(object));
        hashes[i] = heap.identityHash(object);
        assertNotEquals(0, hashes[i]);
        assertEquals(hashes[i], heap.identityHash(object), "a second request answers the same");
        heap.allocate(1, 0, 3, 0); // garbage between the survivors
      }
      Runnable check =
          () -> {
            for (int i = 0; i < n; i++) {
              assertEquals(hashes[i], heap.identityHash(address(stack.get(i))), "object " + i);
            }
          };
      heap.collectYoung();
      check.run();
      heap.setClassId(address(stack.get(0)), 77); // a shape transition keeps the hash
      heap.collectYoung(); // promotes (age 2)
      check.run();
      assertTrue(heap.isOld(address(stack.get(0))));
      heap.collectFull();
      check.run();
      heap.startIncrementalMarking();
      heap.identityHash(heap.allocate(1, 0, 0, 0));
      while (!heap.incrementalMarkingStep(1 << 20)) {
        // finish the cycle
      }
      check.run();
      heap.verify();
    }
  }

  @Test
  void hashesAreDistinctAndWellDistributed() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      int n = 100_000;
      Set<Integer> distinct = new HashSet<>();
      int[] lowBuckets = new int[64];
      int[] highBuckets = new int[64];
      for (int i = 0; i < n; i++) {
        int h = heap.identityHash(heap.allocate(1, 0, 0, 0));
        assertTrue(h > 0 && h <= ObjectHeader.MAX_IDENTITY_HASH, "hash " + h);
        distinct.add(h);
        lowBuckets[h & 63]++;
        highBuckets[h >>> 21]++;
      }
      // 100 000 draws from 2^27 values: about 37 birthday collisions expected.
      assertTrue(distinct.size() > n - 200, distinct.size() + " distinct of " + n);
      assertTrue(chiSquare(lowBuckets, n) < 120, "low bits chi^2 " + chiSquare(lowBuckets, n));
      assertTrue(chiSquare(highBuckets, n) < 120, "high bits chi^2 " + chiSquare(highBuckets, n));
    }
  }

  /** Chi-square against the uniform distribution (63 degrees of freedom: 99.99% below ~120). */
  private static double chiSquare(int[] buckets, int n) {
    double expected = (double) n / buckets.length;
    double sum = 0;
    for (int b : buckets) {
      sum += (b - expected) * (b - expected) / expected;
    }
    return sum;
  }

  @Test
  void mockObjectsStayIntactWithHashedHeaders() {
    try (Heap heap = Heap.create(TestHeaps.small().build())) {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(64, 1 << 16);
      for (int i = 0; i < 2000; i++) {
        long a = mock.allocate(5, 1, 4, i);
        heap.identityHash(a);
        if (i % 3 == 0) {
          stack.push(ref(a));
        }
      }
      heap.collectFull();
      for (int i = 0; i < stack.size(); i++) {
        mock.checkIntegrity(address(stack.get(i)));
        assertEquals(5, heap.classId(address(stack.get(i))));
      }
      heap.verify();
    }
  }
}
