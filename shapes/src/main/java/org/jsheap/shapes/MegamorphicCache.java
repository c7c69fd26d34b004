package org.jsheap.shapes;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * The (shape, key) to property cache behind megamorphic access sites: a direct-mapped table of
 * fixed size probed by (class id, key hash), so it never grows and holds at most {@link #SIZE}
 * shapes alive. There is one per {@link ObjectModel} (not one per engine): class ids are per-model
 * ({@link ClassTable}), so entries of two models could not share a table, and the model is one per
 * mutator thread, so the cache needs no synchronisation. Not thread-safe.
 *
 * <p>A hit needs no class table: an entry holds the class id, the key, a read descriptor ({@link
 * #read}: location kind and index, or {@link #MISS}) and the shape's {@link Shape#cacheVersion()}
 * at fill time. Invariants that make a hit correct:
 *
 * <ul>
 *   <li>The entry holds the {@link Shape} itself, so while it does, the shape cannot be reclaimed
 *       and its id cannot be reused: an equal class id means that very shape.
 *   <li>A shape's version changes whenever its valid assumption is invalidated (deprecation; any
 *       structural change of a dictionary object), so a hit compares the entry's version with the
 *       shape's: a deprecated shape, or a dictionary entry index that moved, never hits.
 * </ul>
 *
 * {@link #probe} is the compiled hit path (array loads and compares, no boundary, counters only in
 * the interpreter); misses fill entries behind a boundary ({@link #lookup}, {@link
 * #recordDictionaryEntry}).
 */
public final class MegamorphicCache {
  public static final int SIZE = 1 << 12;

  /** Marker for "no own property with this key". */
  public static final Property ABSENT = new Property("<absent>", null, 0, Representation.ANY);

  /** {@link #probe}'s answer when the entry cannot serve a plain data read. */
  public static final int MISS = -1;

  static final int IN_OBJECT = 0;
  static final int OUT_OF_OBJECT = 1;
  static final int DICTIONARY_ENTRY = 2;

  private final int[] ids = new int[SIZE];
  private final Object[] keys = new Object[SIZE];
  private final Shape[] shapes = new Shape[SIZE];
  private final int[] versions = new int[SIZE];
  private final int[] reads = new int[SIZE];

  /** Like {@link #reads} for [[Set]]: {@link #MISS} unless a writable own data property. */
  private final int[] writes = new int[SIZE];

  private final Representation[] representations = new Representation[SIZE];
  private final Property[] properties = new Property[SIZE];
  private long hits;
  private long misses;

  /**
   * The table index of (class id, key hash); the key hash is the key's {@code hashCode()} (a
   * string's, or a {@link SymbolKey}'s fixed hash).
   */
  public static int index(int classId, int keyHash) {
    int h = classId * 0x9E3779B9 + keyHash;
    return (h ^ (h >>> 16)) & (SIZE - 1);
  }

  /** The location kind of a read or write descriptor (the low two bits). */
  static int descriptorKind(int descriptor) {
    return descriptor & 3;
  }

  /** The slot or entry index of a read or write descriptor (above the kind). */
  static int descriptorIndex(int descriptor) {
    return descriptor >>> 2;
  }

  /** Encodes where a data property's value is: kind in the low two bits, index above. */
  static int read(Location loc) {
    int kind =
        switch (loc.kind()) {
          case IN_OBJECT -> IN_OBJECT;
          case OUT_OF_OBJECT -> OUT_OF_OBJECT;
          case DICTIONARY_ENTRY -> DICTIONARY_ENTRY;
        };
    return loc.index() << 2 | kind;
  }

  /**
   * The read descriptor cached for an object with class id {@code classId} and canonical {@code
   * key}, or {@link #MISS}. Partial-evaluation friendly: the key and its hash are constants of the
   * caller.
   */
  public int probe(int classId, Object key, int keyHash) {
    int i = index(classId, keyHash);
    if (ids[i] == classId && keys[i] == key) {
      Shape s = shapes[i];
      if (s.cacheVersion() == versions[i]) {
        int r = reads[i];
        if (r != MISS && CompilerDirectives.inInterpreter()) {
          hits++;
        }
        return r;
      }
    }
    return MISS;
  }

  /**
   * The write descriptor cached for an object with class id {@code classId} and canonical {@code
   * key} when {@code value} fits the field's representation, or {@link #MISS}: storing there is
   * what [[Set]] does (an own writable data property exists, no representation change).
   */
  public int probeWrite(int classId, Object key, int keyHash, long value) {
    int i = index(classId, keyHash);
    if (ids[i] == classId && keys[i] == key) {
      Shape s = shapes[i];
      if (s.cacheVersion() == versions[i]) {
        int w = writes[i];
        if (w != MISS && representations[i].fits(value)) {
          if (CompilerDirectives.inInterpreter()) {
            hits++;
          }
          return w;
        }
      }
    }
    return MISS;
  }

  /** The own property of fast-mode, current {@code shape} with canonical {@code key}, or ABSENT. */
  public Property lookup(Shape shape, Object key) {
    int i = index(shape.id(), key.hashCode());
    if (shapes[i] == shape
        && keys[i] == key
        && versions[i] == shape.cacheVersion()
        && properties[i] != null) {
      hits++;
      return properties[i];
    }
    misses++;
    Property p = shape.property(key);
    Property found = p == null ? ABSENT : p;
    int read = p == null || p.isAccessor() ? MISS : read(p.location());
    fill(i, shape, key, found, read);
    writes[i] = read != MISS && p.isWritable() ? read : MISS;
    representations[i] = p == null ? Representation.ANY : p.representation();
    return found;
  }

  /**
   * Records own dictionary entry {@code entry} (a data property) of the dictionary-mode object with
   * {@code shape}, valid until the object's structure changes.
   */
  public void recordDictionaryEntry(Shape shape, Object key, int entry, boolean writable) {
    misses++;
    int i = index(shape.id(), key.hashCode());
    int read = read(Location.dictionaryEntry(entry));
    fill(i, shape, key, null, read);
    writes[i] = writable ? read : MISS;
    representations[i] = Representation.ANY;
  }

  private void fill(int i, Shape shape, Object key, Property property, int read) {
    ids[i] = shape.id();
    keys[i] = key;
    shapes[i] = shape;
    versions[i] = shape.cacheVersion();
    properties[i] = property;
    reads[i] = read;
  }

  public long hits() {
    return hits;
  }

  public long misses() {
    return misses;
  }
}
