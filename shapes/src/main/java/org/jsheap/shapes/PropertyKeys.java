package org.jsheap.shapes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Property keys: a {@link String} or a {@link SymbolKey}. Shapes compare keys by identity, so
 * strings are canonical (interned) there; heap dictionary tables hold small integer key ids; an
 * integer-like string key that is an array index goes to the elements instead.
 *
 * <p>Key ids start at {@link #FIRST_ID} so that they never collide with a dictionary table's
 * empty/deleted markers. The id table only grows (like an atom table without weak entries); it
 * holds only keys that were stored in a dictionary-mode object.
 *
 * <p>Computed keys ({@code o[k]}) reach the generic paths as arbitrary equal strings. {@link
 * #canonical} finds the canonical instance in a small direct-mapped cache (a hash, cached in the
 * string, and an {@code equals}; no new string, no {@link String#intern()} call) and interns only
 * on a miss. The cache is bounded, so a program using many distinct keys as a map does not grow it;
 * a collision costs one more intern. Array-index keys never reach it: {@link #arrayIndex(String)}
 * routes them to the elements first, without allocating. Not thread-safe: one instance per object
 * model.
 */
public final class PropertyKeys {
  /** The first key id; lower ids are reserved. */
  public static final int FIRST_ID = 16;

  /** Largest array index (2^32 - 2), as in ECMAScript. */
  public static final long MAX_ARRAY_INDEX = 0xFFFF_FFFEL;

  /** Entries of the canonical-string cache (a power of two). */
  static final int CANONICAL_CACHE_SIZE = 1 << 10;

  private final Map<Object, Integer> ids = new HashMap<>();
  private final List<Object> keys = new ArrayList<>();
  private final String[] canonicalCache = new String[CANONICAL_CACHE_SIZE];
  private long interns;

  /** The id of {@code key} (canonical), assigning one on first use. */
  public int idOf(Object key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = FIRST_ID + keys.size();
      ids.put(key, id);
      keys.add(key);
    }
    return id;
  }

  /** The id of {@code key}, or -1 if it never had one. */
  public int idIfPresent(Object key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  /** The key with id {@code id}: a canonical string or a symbol key. */
  public Object keyOf(int id) {
    return keys.get(id - FIRST_ID);
  }

  /**
   * The canonical form of a property key: the interned string equal to {@code key}, or the symbol
   * key itself. A string seen recently is found in the cache without interning.
   *
   * @throws ObjectModelException if {@code key} is neither a string nor a symbol key
   */
  @TruffleBoundary
  public Object canonical(Object key) {
    if (key instanceof String s) {
      return canonicalString(s);
    }
    return checkSymbol(key);
  }

  private String canonicalString(String s) {
    int i = (s.hashCode() * 0x9E37_79B9 >>> 16) & (CANONICAL_CACHE_SIZE - 1);
    String c = canonicalCache[i];
    if (c == s || (c != null && c.equals(s))) {
      return c;
    }
    interns++;
    c = s.intern();
    canonicalCache[i] = c;
    return c;
  }

  /** How many times {@link #canonical} had to intern a string (a cache miss); for tests. */
  long internCount() {
    return interns;
  }

  /** Interns a string key so shapes can compare keys by identity. */
  public static String intern(String key) {
    return key.intern();
  }

  /** The canonical form of a key, for node construction (once per node). */
  public static Object internKey(Object key) {
    return key instanceof String s ? s.intern() : checkSymbol(key);
  }

  private static SymbolKey checkSymbol(Object key) {
    if (key instanceof SymbolKey s) {
      return s;
    }
    throw ObjectModelException.withDetail(
        ObjectModelException.Kind.INVALID_PROPERTY_KEY,
        "not a property key (String or SymbolKey): ",
        key == null ? "null" : key.getClass());
  }

  /** Whether {@code key} is a symbol key. */
  public static boolean isSymbol(Object key) {
    return key instanceof SymbolKey;
  }

  /** The array index a key denotes, or -1 (always for a symbol key). */
  public static long arrayIndex(Object key) {
    return key instanceof String s ? arrayIndex(s) : -1;
  }

  /**
   * The array index {@code key} denotes (a canonical decimal numeral in 0..2^32-2), or -1 for a
   * string key. Allocates nothing; a key that does not start with a digit costs one compare.
   */
  public static long arrayIndex(String key) {
    int n = key.length();
    if (n == 0 || n > 10) {
      return -1;
    }
    char c0 = key.charAt(0);
    if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1)) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value <= MAX_ARRAY_INDEX ? value : -1;
  }
}
