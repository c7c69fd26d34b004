package org.jsheap.gc.util;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NativeRegionTest {
  @Test
  void reserveTouchDecommitClose() {
    long before = NativeRegion.reservedBytes();
    NativeRegion region = NativeRegion.reserve(1 << 20);
    assertEquals(before + (1 << 20), NativeRegion.reservedBytes());
    assertEquals(0L, region.memory().get(JAVA_LONG, 8192), "fresh memory reads as zero");
    region.memory().set(JAVA_LONG, 8192, 77L);
    region.memory().set(JAVA_LONG, 104, 5L);
    assertEquals(77L, region.memory().get(JAVA_LONG, 8192));
    region.decommit(4096, 8192);
    assertEquals(0L, region.memory().get(JAVA_LONG, 8192), "decommitted page reads as zero");
    assertEquals(5L, region.memory().get(JAVA_LONG, 104), "pages outside the range untouched");
    region.decommit(10, 20); // less than a page: no-op
    assertEquals(5L, region.memory().get(JAVA_LONG, 104));
    region.close();
    region.close();
    assertTrue(region.isClosed());
    assertEquals(before, NativeRegion.reservedBytes());
    assertThrows(IllegalStateException.class, () -> region.memory().get(JAVA_LONG, 0));
  }

  @Test
  void accessOutsideTheRegionIsRejected() {
    try (NativeRegion region = NativeRegion.reserve(4096)) {
      assertThrows(IndexOutOfBoundsException.class, () -> region.memory().get(JAVA_LONG, 4096));
      assertEquals(4096, region.size());
      assertTrue(region.isLazilyCommitted() || !System.getProperty("os.name").contains("Linux"));
    }
  }

  @Test
  void badSizesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> NativeRegion.reserve(0));
    assertThrows(IllegalArgumentException.class, () -> NativeRegion.reserve(5000));
  }
}
