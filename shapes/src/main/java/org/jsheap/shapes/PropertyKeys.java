package org.jsheap.shapes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Property keys: interned Java strings in shapes, small integer ids in heap dictionary tables, and
 * the array-index test that routes integer-like keys to elements.
 *
 * <p>Key ids start at {@link #FIRST_ID} so that they never collide with a dictionary table's
 * empty/deleted markers. The id table only grows (like an atom table without weak entries); it
 * holds only keys that were stored in a dictionary-mode object.
 */
public final class PropertyKeys {
  /** The first key id; lower ids are reserved. */
  public static final int FIRST_ID = 16;

  /** Largest array index (2^32 - 2), as in ECMAScript. */
  public static final long MAX_ARRAY_INDEX = 0xFFFF_FFFEL;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> keys = new ArrayList<>();

  /** The id of {@code key}, assigning one on first use. */
  public int idOf(String key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = FIRST_ID + keys.size();
      ids.put(key, id);
      keys.add(key);
    }
    return id;
  }

  /** The id of {@code key}, or -1 if it never had one. */
  public int idIfPresent(String key) {
    Integer id = ids.get(key);
    return id == null ? -1 : id;
  }

  /** The key with id {@code id}. */
  public String keyOf(int id) {
    return keys.get(id - FIRST_ID);
  }

  /** Interns a key so shapes can compare keys by identity. */
  public static String intern(String key) {
    return key.intern();
  }

  /**
   * The array index {@code key} denotes (a canonical decimal numeral in 0..2^32-2), or -1 for a
   * string key.
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
