package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Function objects: the runtime's extra reserved slots survive property adds and collections. */
class FunctionKindTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void functionObjectsKeepTheirExtraSlotsApartFromProperties() {
    int f = fx.keep(m.newObject(ValueCodec.NULL, ObjectKind.FUNCTION, 2));
    long a = ObjectModel.address(fx.ref(f));
    int extra = ObjectKind.FUNCTION.firstExtraSlot();
    assertEquals(HeapKind.FUNCTION, m.heap().kind(a));
    for (int k = 0; k < ObjectKind.FUNCTION_EXTRA_SLOTS; k++) {
      m.heap().setSlot(a, extra + k, i(100 + k));
    }
    for (int k = 0; k < 10; k++) {
      assertTrue(m.put(fx.ref(f), "p" + k, i(k)));
    }
    fx.gc(true);
    a = ObjectModel.address(fx.ref(f));
    for (int k = 0; k < ObjectKind.FUNCTION_EXTRA_SLOTS; k++) {
      assertEquals(i(100 + k), m.heap().getSlot(a, extra + k));
    }
    for (int k = 0; k < 10; k++) {
      assertEquals(i(k), m.get(fx.ref(f), "p" + k));
    }
    assertEquals(ObjectKind.FUNCTION, m.shapeOf(fx.ref(f)).kind());
    assertTrue(m.isObject(fx.ref(f)));
  }

  @Test
  void extraSlotsFollowTheReservedSlotsOfEachKind() {
    assertEquals(2, ObjectKind.ORDINARY.firstExtraSlot());
    assertEquals(3, ObjectKind.ARRAY.firstExtraSlot());
    assertEquals(2, ObjectKind.FUNCTION.firstExtraSlot());
    assertEquals(
        ObjectKind.FUNCTION.firstExtraSlot() + ObjectKind.FUNCTION_EXTRA_SLOTS,
        ObjectKind.FUNCTION.reservedSlots());
  }
}
