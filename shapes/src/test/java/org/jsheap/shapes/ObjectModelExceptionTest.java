package org.jsheap.shapes;

import static org.jsheap.shapes.HeapFixture.d;
import static org.jsheap.shapes.HeapFixture.i;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every contract breach the model refuses is an {@link ObjectModelException} naming its kind (the
 * runtime turns the kind into a RangeError or TypeError), and it leaves the object unchanged.
 */
class ObjectModelExceptionTest {
  final HeapFixture fx = new HeapFixture();
  final ObjectModel m = fx.model;

  @AfterEach
  void close() {
    fx.close();
  }

  private static void refused(ObjectModelException.Kind kind, Executable op) {
    ObjectModelException e = assertThrows(ObjectModelException.class, op);
    assertEquals(kind, e.kind());
  }

  private int arrayOfThree() {
    int a = fx.keep(m.newArray(ValueCodec.NULL, 0));
    for (int k = 0; k < 3; k++) {
      m.putElement(fx.ref(a), k, i(k + 10));
    }
    return a;
  }

  @Test
  void anInvalidLengthIsRefusedByPutAndDefineAndTheArrayIsUnchanged() {
    int a = arrayOfThree();
    for (long bad :
        new long[] {
          i(-1), d(1.5), d(4294967296.0), d(Double.NaN), ValueCodec.TRUE, ValueCodec.UNDEFINED
        }) {
      refused(
          ObjectModelException.Kind.INVALID_ARRAY_LENGTH, () -> m.put(fx.ref(a), "length", bad));
      refused(
          ObjectModelException.Kind.INVALID_ARRAY_LENGTH,
          () -> m.define(fx.ref(a), "length", bad, Property.WRITABLE));
      fx.gc(true);
      assertEquals(3, m.arrayLength(fx.ref(a)));
      assertEquals(i(12), m.getElement(fx.ref(a), 2));
      assertEquals(List.of("0", "1", "2", "length"), m.ownKeys(fx.ref(a)));
    }
    fx.heap.verify();
    assertEquals(true, m.put(fx.ref(a), "length", d(4294967295.0)));
    assertEquals(4294967295L, m.arrayLength(fx.ref(a)));
  }

  @Test
  void nonObjectsBadIndicesAndBadKeysNameTheirKind() {
    int a = arrayOfThree();
    int o = fx.newObject();
    refused(ObjectModelException.Kind.NOT_AN_OBJECT, () -> m.get(i(1), "x"));
    refused(ObjectModelException.Kind.NOT_AN_OBJECT, () -> m.put(ValueCodec.TRUE, "x", i(1)));
    long cell = ValueCodec.fromReference(fx.heap.allocate(0, HeapKind.LAST_SHAPES_KIND, 1, 0));
    refused(ObjectModelException.Kind.NOT_AN_OBJECT, () -> m.has(cell, "x"));
    refused(ObjectModelException.Kind.INVALID_ARRAY_INDEX, () -> m.putElement(fx.ref(a), -1, i(0)));
    refused(
        ObjectModelException.Kind.INVALID_ARRAY_INDEX,
        () -> m.putElement(fx.ref(a), PropertyKeys.MAX_ARRAY_INDEX + 1, i(0)));
    refused(ObjectModelException.Kind.NOT_AN_ARRAY, () -> m.setArrayLength(fx.ref(o), 1));
    refused(ObjectModelException.Kind.INVALID_PROPERTY_KEY, () -> m.keys().canonical(42));
    refused(ObjectModelException.Kind.INVALID_PROPERTY_KEY, () -> PropertyKeys.internKey(4.5));
    assertEquals(3, m.arrayLength(fx.ref(a)));
    assertEquals(List.of(), m.ownKeys(fx.ref(o)));
  }

  @Test
  void messagesAreBuiltBehindATruffleBoundary() throws NoSuchMethodException {
    // The refusals sit on the error branches of fast paths (ObjectLayout.addr, shapeOf): building
    // their message inline formatted numbers in compiled code, and partial evaluation gave up on
    // every JS function that reached such a branch ("too deep inlining", ray-tracer 2026-12-02).
    for (var m :
        List.of(
            ObjectModelException.class.getDeclaredMethod(
                "describing", ObjectModelException.Kind.class, String.class, long.class),
            ObjectModelException.class.getDeclaredMethod(
                "withDetail", ObjectModelException.Kind.class, String.class, Object.class))) {
      org.junit.jupiter.api.Assertions.assertNotNull(
          m.getAnnotation(com.oracle.truffle.api.CompilerDirectives.TruffleBoundary.class),
          m.getName());
    }
    ObjectModelException e =
        ObjectModelException.describing(
            ObjectModelException.Kind.NOT_AN_OBJECT, "not an object: ", ValueCodec.fromInt(7));
    assertEquals("not an object: int 7", e.getMessage());
    assertEquals(ObjectModelException.Kind.NOT_AN_OBJECT, e.kind());
  }
}
