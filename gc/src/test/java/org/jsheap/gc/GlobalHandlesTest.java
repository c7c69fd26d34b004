package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The global handle table without a heap: lifecycle, reuse of slots, what it shows as roots. */
class GlobalHandlesTest {

  private static List<Long> roots(RootProvider provider) {
    List<Long> seen = new ArrayList<>();
    provider.visitRoots(
        v -> {
          seen.add(v);
          return v;
        });
    return seen;
  }

  @Test
  void handlesHoldValuesUntilClosed() {
    GlobalHandles table = new GlobalHandles();
    GlobalHandle h = table.create(ValueCodec.fromInt(5));
    assertFalse(h.isClosed());
    assertEquals(ValueCodec.fromInt(5), h.get());
    h.set(ValueCodec.fromReference(4096));
    assertEquals(ValueCodec.fromReference(4096), h.get());
    assertEquals(List.of(ValueCodec.fromReference(4096)), roots(table));
    assertEquals(1, table.count());
    h.close();
    assertTrue(h.isClosed());
    assertEquals(List.of(), roots(table), "a closed handle is not a root");
    assertEquals(0, table.count());
    assertThrows(IllegalStateException.class, h::get);
    assertThrows(IllegalStateException.class, () -> h.set(ValueCodec.NULL));
    h.close();
    assertEquals(0, table.count(), "close is idempotent");
  }

  @Test
  void freedSlotsAreReusedAndOthersKeepTheirValues() {
    GlobalHandles table = new GlobalHandles();
    List<GlobalHandle> handles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      handles.add(table.create(ValueCodec.fromInt(i)));
    }
    for (int i = 0; i < 100; i += 2) {
      handles.get(i).close();
    }
    assertEquals(50, table.count());
    for (int i = 0; i < 50; i++) {
      table.create(ValueCodec.fromInt(1000 + i));
    }
    assertEquals(100, table.count());
    assertEquals(100, roots(table).size(), "freed slots were reused, not appended");
    for (int i = 1; i < 100; i += 2) {
      assertEquals(ValueCodec.fromInt(i), handles.get(i).get());
    }
  }

  @Test
  void visitorResultIsStored() {
    GlobalHandles table = new GlobalHandles();
    GlobalHandle h = table.create(ValueCodec.fromReference(4096));
    table.visitRoots(v -> ValueCodec.fromReference(16));
    assertEquals(ValueCodec.fromReference(16), h.get());
  }
}
