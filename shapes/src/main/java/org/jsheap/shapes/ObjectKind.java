package org.jsheap.shapes;

/**
 * The kind of a JavaScript object, fixed at allocation and recorded in its shape tree root. The
 * kind decides the reserved tagged slots before the in-object properties.
 */
public enum ObjectKind {
  /** A plain object: slot 0 properties (array or dictionary), slot 1 elements. */
  ORDINARY(HeapKind.ORDINARY_OBJECT, ObjectLayout.ELEMENTS_SLOT + 1),
  /** An array: as ordinary, plus slot 2 holding {@code length}. */
  ARRAY(HeapKind.ARRAY, ObjectLayout.LENGTH_SLOT + 1);

  private final int heapKind;
  private final int reservedSlots;

  ObjectKind(int heapKind, int reservedSlots) {
    this.heapKind = heapKind;
    this.reservedSlots = reservedSlots;
  }

  /** The kind byte in the heap object header. */
  public int heapKind() {
    return heapKind;
  }

  /** Tagged slots before the first in-object property. */
  public int reservedSlots() {
    return reservedSlots;
  }
}
