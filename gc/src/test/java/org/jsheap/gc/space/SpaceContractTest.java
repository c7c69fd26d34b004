package org.jsheap.gc.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every space that is also an allocator keeps: aligned, disjoint, contained
 * allocations; usage that grows with them; 0 (never an exception) when full.
 */
abstract class SpaceContractTest<S extends Space & Allocator> {
  protected S space;

  /** A fresh, empty space. */
  protected abstract S createSpace();

  /** An object size this space accepts. */
  protected abstract long objectSize();

  /** Releases what {@link #createSpace()} made. */
  protected void dispose() {}

  @BeforeEach
  void setUp() {
    space = createSpace();
  }

  @AfterEach
  void tearDown() {
    dispose();
  }

  @Test
  void allocationsAreAlignedContainedAndDisjoint() {
    List<Long> addresses = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      long a = space.allocate(objectSize());
      assertTrue(a != 0, "allocation " + i + " failed in a fresh space");
      assertEquals(0, a & 7, "8-byte aligned");
      assertTrue(space.contains(a), "space contains its allocation");
      assertTrue(space.contains(a + objectSize() - 8), "space contains the allocation's end");
      addresses.add(a);
    }
    addresses.sort(null);
    for (int i = 1; i < addresses.size(); i++) {
      assertTrue(
          addresses.get(i) - addresses.get(i - 1) >= objectSize(),
          "allocations overlap: " + addresses.get(i - 1) + " and " + addresses.get(i));
    }
  }

  @Test
  void usageGrowsWithAllocation() {
    long before = space.usedBytes();
    space.allocate(objectSize());
    assertTrue(space.usedBytes() >= before + objectSize());
    assertTrue(space.usedBytes() <= space.capacityBytes());
  }

  @Test
  void exhaustionReturnsZero() {
    long limit = space.capacityBytes() / objectSize() + 2;
    long last = -1;
    for (long i = 0; i < limit && last != 0; i++) {
      last = space.allocate(objectSize());
    }
    assertEquals(0, last, "a full space answers 0");
    assertEquals(0, space.allocate(objectSize()), "and keeps answering 0");
  }

  @Test
  void nameAndBounds() {
    assertFalse(space.name().isBlank());
    assertFalse(space.contains(0), "address 0 is never in a space");
  }
}
