package org.jsheap.gc.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both modes of the one heap-access path read and write the same bytes; checked mode fails loudly.
 */
class HeapMemoryTest {
  private static final long SIZE = 8192;
  private NativeRegion region;

  @BeforeEach
  void reserve() {
    region = NativeRegion.reserve(SIZE);
  }

  @AfterEach
  void release() {
    region.close();
  }

  @Test
  void testsRunInCheckedMode() {
    // The build sets jsheap.heap.checked for both surefire runs: every access in the suite is
    // bounds- and liveness-checked, which is what makes the unchecked mode's contract testable.
    assertTrue(HeapMemory.CHECKED, "the test JVM must run the heap in checked mode");
    assertTrue(new HeapMemory(region.memory()).isChecked());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void bothModesAddressTheSameBytes(boolean checked) {
    HeapMemory memory = new HeapMemory(region.memory(), checked);
    HeapMemory other = new HeapMemory(region.memory(), !checked);
    assertEquals(SIZE, memory.size());
    memory.setLong(64, 0x1122334455667788L);
    assertEquals(0x1122334455667788L, other.getLong(64));
    assertEquals(0x55667788, other.getInt(64), "little-endian low half");
    memory.setInt(72, -5);
    assertEquals(-5, other.getInt(72));
    memory.setDouble(80, -0.5);
    assertEquals(-0.5, other.getDouble(80));
    memory.setChar(88, 'λ');
    assertEquals('λ', other.getChar(88));
    memory.setByte(90, (byte) -7);
    assertEquals((byte) -7, other.getByte(90));
    memory.setLongRelease(96, 42L);
    assertEquals(42L, other.getLongAcquire(96));
    memory.copy(64, 1024, 40);
    assertEquals(0x1122334455667788L, other.getLong(1024));
    assertEquals(42L, other.getLong(1024 + 32));
    memory.fill(1024, 16, (byte) 0);
    assertEquals(0L, other.getLong(1024));
    assertEquals(0L, other.getLong(1032));
    assertEquals(-0.5, other.getDouble(1040), "fill stops at its length");
  }

  @Test
  void checkedModeCatchesAnOutOfBoundsOffset() {
    HeapMemory memory = new HeapMemory(region.memory(), true);
    assertThrows(IndexOutOfBoundsException.class, () -> memory.getLong(SIZE));
    assertThrows(IndexOutOfBoundsException.class, () -> memory.getLong(SIZE - 4));
    assertThrows(IndexOutOfBoundsException.class, () -> memory.setLong(-8, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> memory.copy(SIZE - 8, 0, 16));
    assertThrows(IndexOutOfBoundsException.class, () -> memory.fill(SIZE - 8, 16, (byte) 0));
    assertThrows(IndexOutOfBoundsException.class, () -> memory.getLongAcquire(SIZE));
    assertEquals(0L, memory.getLong(SIZE - 8), "the last word is in bounds");
  }

  @Test
  void checkedModeCatchesAUseAfterClose() {
    HeapMemory memory = new HeapMemory(region.memory(), true);
    region.close();
    assertThrows(IllegalStateException.class, () -> memory.getLong(0));
    assertThrows(IllegalStateException.class, () -> memory.setLong(0, 1));
  }
}
