package org.jsheap.shapes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SampleAddNodeTest {
  private static Object add(Object a, Object b) {
    return SampleAddNodeGen.create(new SampleConstantNode(a), new SampleConstantNode(b))
        .execute(null);
  }

  @Test
  void addsInts() {
    assertEquals(3, add(1, 2));
  }

  @Test
  void overflowsToLong() {
    assertEquals(((long) Integer.MAX_VALUE) + 1, add(Integer.MAX_VALUE, 1));
  }
}
