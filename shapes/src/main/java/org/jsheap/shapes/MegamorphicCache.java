package org.jsheap.shapes;

/**
 * The engine-wide (shape, key) to property cache behind megamorphic access sites: a direct-mapped
 * table of fixed size, so it never grows and holds at most {@link #SIZE} shapes alive. Entries hold
 * the {@link Shape} itself (not only its id), so an id reused after reclamation can never hit a
 * stale entry. A cached {@link #ABSENT} records that the shape has no such own property. Not
 * thread-safe: one object model per mutator thread.
 */
public final class MegamorphicCache {
  public static final int SIZE = 1 << 12;

  /** Marker for "no own property with this key". */
  public static final Property ABSENT = new Property("<absent>", null, 0, Representation.ANY);

  private final Shape[] shapes = new Shape[SIZE];
  private final String[] keys = new String[SIZE];
  private final Property[] properties = new Property[SIZE];
  private long hits;
  private long misses;

  private static int index(Shape shape, String key) {
    int h = shape.id() * 0x9E3779B9 + System.identityHashCode(key);
    return (h ^ (h >>> 16)) & (SIZE - 1);
  }

  /** The own property of fast-mode {@code shape} with interned {@code key}, or ABSENT. */
  public Property lookup(Shape shape, String key) {
    int i = index(shape, key);
    if (shapes[i] == shape && keys[i] == key) {
      hits++;
      return properties[i];
    }
    misses++;
    Property p = shape.property(key);
    shapes[i] = shape;
    keys[i] = key;
    properties[i] = p == null ? ABSENT : p;
    return properties[i];
  }

  public long hits() {
    return hits;
  }

  public long misses() {
    return misses;
  }
}
