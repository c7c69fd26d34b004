package org.jsheap.shapes;

/**
 * The kind of a JavaScript object, fixed at allocation and recorded in its shape tree root. The
 * kind decides the reserved tagged slots before the in-object properties.
 */
public enum ObjectKind {
  /** A plain object: slot 0 properties (array or dictionary), slot 1 elements. */
  ORDINARY(HeapKind.ORDINARY_OBJECT, ObjectLayout.ELEMENTS_SLOT + 1),
  /** An array: as ordinary, plus slot 2 holding {@code length}. */
  ARRAY(HeapKind.ARRAY, ObjectLayout.LENGTH_SLOT + 1),
  /**
   * A function: as ordinary, plus {@link #FUNCTION_EXTRA_SLOTS} slots the runtime owns (its call
   * target handle, closure environment, bound receiver or home object), starting at {@link
   * #firstExtraSlot()}.
   */
  FUNCTION(HeapKind.FUNCTION, ObjectLayout.ELEMENTS_SLOT + 1 + 3);

  /** Runtime-owned slots of a {@link #FUNCTION} after the ordinary reserved slots. */
  public static final int FUNCTION_EXTRA_SLOTS = 3;

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

  /** The first slot after the object model's own reserved slots (the runtime's extra slots). */
  public int firstExtraSlot() {
    return this == ARRAY ? ObjectLayout.LENGTH_SLOT + 1 : ObjectLayout.ELEMENTS_SLOT + 1;
  }

  /** Tagged slots before the first in-object property. */
  public int reservedSlots() {
    return reservedSlots;
  }
}
