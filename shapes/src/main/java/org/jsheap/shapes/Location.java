package org.jsheap.shapes;

/**
 * Where a property value lives in the heap: a tagged slot of the object itself, a slot of its
 * out-of-object property array, or an entry of its dictionary table. Immutable; equal locations
 * address the same slot of objects of one shape.
 */
public final class Location {
  /** The kinds of location. */
  public enum Kind {
    IN_OBJECT,
    OUT_OF_OBJECT,
    DICTIONARY_ENTRY
  }

  private final Kind kind;
  private final int index;

  private Location(Kind kind, int index) {
    this.kind = kind;
    this.index = index;
  }

  public static Location inObject(int slot) {
    return new Location(Kind.IN_OBJECT, slot);
  }

  public static Location outOfObject(int index) {
    return new Location(Kind.OUT_OF_OBJECT, index);
  }

  public static Location dictionaryEntry(int entry) {
    return new Location(Kind.DICTIONARY_ENTRY, entry);
  }

  public Kind kind() {
    return kind;
  }

  /** Tagged slot index in the object, index in the property array, or dictionary entry index. */
  public int index() {
    return index;
  }

  public boolean isInObject() {
    return kind == Kind.IN_OBJECT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && l.kind == kind && l.index == index;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + index;
  }

  @Override
  public String toString() {
    return kind + "[" + index + "]";
  }
}
