package org.jsheap.bench.shapes;

/**
 * The node-level programs both benchmark languages ({@link JSHeapBenchLanguage}, {@link
 * DynamicObjectBenchLanguage}) parse: each is a loop of {@code count} property accesses of one
 * kind, and returns a checksum that depends only on {@code count}, so a benchmark can check that
 * both object models computed the same, right result.
 */
public enum NodeProgram {
  /** Reads {@code x} (the int 7) of one object. */
  MONOMORPHIC_GET("mono-get") {
    @Override
    public int expected(int count) {
      return 7 * count;
    }
  },
  /** Writes {@code x = i} to one object; returns the last value read back. */
  MONOMORPHIC_PUT("mono-put") {
    @Override
    public int expected(int count) {
      return count - 1;
    }
  },
  /**
   * Writes {@code x = (i even ? a : b)} to one object, where the receiver, {@code a} and {@code b}
   * are old objects (JSHeap: every store runs the reference write barrier's filter, and records
   * nothing); returns 1 when the last value read back is {@code a}, else 2.
   */
  MONOMORPHIC_PUT_REFERENCE("mono-put-ref") {
    @Override
    public int expected(int count) {
      return ((count - 1) & 1) == 0 ? 1 : 2;
    }
  },
  /** Reads {@code x} of {@value #POLYMORPHIC_SHAPES} objects of distinct shapes; x = j + 1. */
  POLYMORPHIC_GET("poly-get") {
    @Override
    public int expected(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        sum += (i & (POLYMORPHIC_SHAPES - 1)) + 1;
      }
      return sum;
    }
  },
  /** Reads {@code x} of {@value #MEGAMORPHIC_SHAPES} objects of distinct shapes; x = j. */
  MEGAMORPHIC_GET("mega-get") {
    @Override
    public int expected(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        sum += i & (MEGAMORPHIC_SHAPES - 1);
      }
      return sum;
    }
  },
  /**
   * Allocates an object and adds {@code x = i, y = 1, z = 2} (three add-property transitions);
   * returns x + y + z of the last object.
   */
  ADD_PROPERTIES("add-properties") {
    @Override
    public int expected(int count) {
      return count - 1 + 3;
    }
  },
  /** Reads {@code x} (the int 7) that the object inherits from its prototype. */
  PROTOTYPE_GET("proto-get") {
    @Override
    public int expected(int count) {
      return 7 * count;
    }
  },
  /**
   * Reads {@code x} (the int 7) of one object with {@value #DICTIONARY_PROPERTIES} properties: a
   * dictionary-mode object in JSHeap (more than {@code ObjectModel.MAX_FAST_PROPERTIES}).
   */
  DICTIONARY_GET("dict-get") {
    @Override
    public int expected(int count) {
      return 7 * count;
    }
  },
  /** Reads {@code a[i % 1024]} of an int array with {@code a[k] = k}. */
  ELEMENT_GET("element-get") {
    @Override
    public int expected(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        sum += i & (ARRAY_LENGTH - 1);
      }
      return sum;
    }
  },
  /** Writes {@code a[i % 1024] = i}; returns the last element written, read back. */
  ELEMENT_PUT("element-put") {
    @Override
    public int expected(int count) {
      return count - 1;
    }
  };

  public static final int POLYMORPHIC_SHAPES = 4;
  public static final int MEGAMORPHIC_SHAPES = 128;
  public static final int DICTIONARY_PROPERTIES = 100;
  public static final int ARRAY_LENGTH = 1024;

  /** The source text that names the program. */
  public final String source;

  NodeProgram(String source) {
    this.source = source;
  }

  /** The checksum the program must return after {@code count} iterations. */
  public abstract int expected(int count);

  static NodeProgram of(String source) {
    for (NodeProgram p : values()) {
      if (p.source.equals(source)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown node program: " + source);
  }
}
