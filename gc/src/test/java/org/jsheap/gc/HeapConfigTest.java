package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class HeapConfigTest {
  private static final long MIB = 1024 * 1024;

  private static void assertRejected(String option, UnaryOperator<HeapConfig.Builder> setting) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> setting.apply(HeapConfig.builder().stress(StressMode.NONE)).build());
    assertTrue(
        e.getMessage().contains(option), "message should name " + option + ": " + e.getMessage());
  }

  @Test
  void defaultsAreValidAndConsistent() {
    HeapConfig c = HeapConfig.builder().stress(StressMode.NONE).gcLog(null).build();
    assertEquals(256 * MIB, c.maxHeapBytes());
    assertEquals(4 * MIB, c.semispaceBytes());
    assertEquals(2, c.promotionAge());
    assertTrue(c.incrementalMarking());
    assertEquals(256 * 1024, c.markingStepBytes());
    assertSame(StressMode.NONE, c.stress());
    assertNull(c.gcLog());
    assertEquals(
        c.maxHeapBytes() - 2 * c.semispaceBytes() - Heap.RESERVED_PREFIX_BYTES,
        c.oldGenerationBytes());
  }

  @Test
  void builderValuesAreKept() {
    StressMode stress = new StressMode(3, 5, 7, true, false);
    HeapConfig c =
        HeapConfig.builder()
            .maxHeapBytes(64 * MIB)
            .semispaceBytes(1 * MIB)
            .promotionAge(15)
            .incrementalMarking(false)
            .markingStepBytes(1024)
            .stress(stress)
            .gcLog(System.err)
            .build();
    assertEquals(64 * MIB, c.maxHeapBytes());
    assertEquals(MIB, c.semispaceBytes());
    assertEquals(64 * MIB - 2 * MIB - 4096, c.oldGenerationBytes());
    assertEquals(15, c.promotionAge());
    assertFalse(c.incrementalMarking());
    assertEquals(1024, c.markingStepBytes());
    assertEquals(stress, c.stress());
    assertSame(System.err, c.gcLog());
    String s = c.toString();
    assertTrue(s.contains("max=" + 64 * MIB), s);
    assertTrue(s.contains("promotionAge=15"), s);
  }

  @Test
  void smallestAcceptedHeap() {
    long max =
        Heap.RESERVED_PREFIX_BYTES + 2 * HeapConfig.MIN_SEMISPACE_BYTES + HeapConfig.MIN_OLD_BYTES;
    HeapConfig c =
        HeapConfig.builder()
            .stress(StressMode.NONE)
            .maxHeapBytes(max)
            .semispaceBytes(HeapConfig.MIN_SEMISPACE_BYTES)
            .build();
    assertEquals(HeapConfig.MIN_OLD_BYTES, c.oldGenerationBytes());
    assertRejected(
        "maxHeapBytes",
        b -> b.maxHeapBytes(max - 4096).semispaceBytes(HeapConfig.MIN_SEMISPACE_BYTES));
  }

  @Test
  void badSemispaceSizesNameTheOption() {
    assertRejected("semispaceBytes", b -> b.semispaceBytes(HeapConfig.MIN_SEMISPACE_BYTES - 4096));
    assertRejected("semispaceBytes", b -> b.semispaceBytes(MIB + 8));
    assertRejected("semispaceBytes", b -> b.semispaceBytes(0));
    assertRejected("semispaceBytes", b -> b.semispaceBytes(-MIB));
  }

  @Test
  void badMaxHeapSizesNameTheOption() {
    assertRejected("maxHeapBytes", b -> b.maxHeapBytes(256 * MIB + 1));
    assertRejected("maxHeapBytes", b -> b.maxHeapBytes(0));
    assertRejected("maxHeapBytes", b -> b.maxHeapBytes(-256 * MIB));
    assertRejected("maxHeapBytes", b -> b.maxHeapBytes(8 * MIB)); // two 4 MiB semispaces fill it
    assertRejected("maxHeapBytes", b -> b.maxHeapBytes((1L << 40) + 4096));
    assertRejected("maxHeapBytes", b -> b.maxHeapBytes(Long.MAX_VALUE - 4095));
  }

  @Test
  void badPromotionAgesNameTheOption() {
    assertRejected("promotionAge", b -> b.promotionAge(0));
    assertRejected("promotionAge", b -> b.promotionAge(-1));
    assertRejected("promotionAge", b -> b.promotionAge(ObjectHeader.MAX_AGE + 1));
    assertEquals(1, HeapConfig.builder().promotionAge(1).build().promotionAge());
  }

  @Test
  void badMarkingStepNamesTheOption() {
    assertRejected("markingStepBytes", b -> b.markingStepBytes(1023));
    assertRejected("markingStepBytes", b -> b.markingStepBytes(-1));
  }

  @Test
  void nullStressIsRejected() {
    assertThrows(NullPointerException.class, () -> HeapConfig.builder().stress(null));
  }

  @Test
  void builderReadsTheStressAndLogProperties() {
    String oldStress = System.getProperty(HeapConfig.STRESS_PROPERTY);
    String oldLog = System.getProperty(HeapConfig.LOG_PROPERTY);
    try {
      System.setProperty(HeapConfig.STRESS_PROPERTY, "minor=3,verify");
      System.setProperty(HeapConfig.LOG_PROPERTY, "true");
      HeapConfig c = HeapConfig.defaults();
      assertEquals(new StressMode(3, 0, 0, true, false), c.stress());
      assertSame(System.err, c.gcLog());
      System.setProperty(HeapConfig.STRESS_PROPERTY, "");
      System.setProperty(HeapConfig.LOG_PROPERTY, "false");
      HeapConfig plain = HeapConfig.defaults();
      assertEquals(StressMode.NONE, plain.stress());
      assertNull(plain.gcLog());
      System.setProperty(HeapConfig.STRESS_PROPERTY, "minor=oops");
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, HeapConfig::builder);
      assertTrue(e.getMessage().contains("minor"), e.getMessage());
    } finally {
      restore(HeapConfig.STRESS_PROPERTY, oldStress);
      restore(HeapConfig.LOG_PROPERTY, oldLog);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }
}
