package org.jsheap.gc;

/**
 * The one owner of the 64-bit tagged value encoding (NaN-boxing). Nothing else in the project
 * shifts or masks value bits.
 *
 * <p>Doubles are stored as their IEEE-754 bits. Every NaN is canonicalised to {@link
 * #CANONICAL_NAN}, which frees the negative quiet-NaN space {@code 0xFFF9_...} to {@code
 * 0xFFFF_...} for tags. The upper 16 bits select the kind:
 *
 * <pre>
 *   0x0000..0xFFF8  double (raw bits; the only NaN is 0x7FF8_0000_0000_0000)
 *   0xFFF9          int32 in the low 32 bits
 *   0xFFFA          boolean in bit 0
 *   0xFFFB          undefined
 *   0xFFFC          null
 *   0xFFFD          heap reference: a 48-bit heap offset (never 0)
 *   0xFFFE          small immediate: a 32-bit payload (e.g. the array hole); payloads with
 *                   bit 31 set are external-reference handles (bits 0..30: the table index)
 *   0xFFFF          never produced; {@link #POISON} lives here so a stale read fails loudly
 * </pre>
 *
 * <p>Invariant: a value with tag {@code 0xFFFD} is the only kind the collector traces, so the
 * collector can scan any tagged slot without knowing the object's layout.
 */
public final class ValueCodec {
  private ValueCodec() {}

  private static final int TAG_SHIFT = 48;
  private static final long PAYLOAD_MASK = (1L << TAG_SHIFT) - 1;
  private static final long TAG_INT = 0xFFF9L;
  private static final long TAG_BOOLEAN = 0xFFFAL;
  private static final long TAG_UNDEFINED = 0xFFFBL;
  private static final long TAG_NULL = 0xFFFCL;
  private static final long TAG_REFERENCE = 0xFFFDL;
  private static final long TAG_IMMEDIATE = 0xFFFEL;
  private static final long TAG_POISON = 0xFFFFL;

  /** The only NaN bit pattern a value may hold. */
  public static final long CANONICAL_NAN = 0x7FF8_0000_0000_0000L;

  /** JavaScript {@code undefined}; also the initial content of every tagged slot. */
  public static final long UNDEFINED = TAG_UNDEFINED << TAG_SHIFT;

  /** JavaScript {@code null}. */
  public static final long NULL = TAG_NULL << TAG_SHIFT;

  /** JavaScript {@code true}. */
  public static final long TRUE = (TAG_BOOLEAN << TAG_SHIFT) | 1L;

  /** JavaScript {@code false}. */
  public static final long FALSE = TAG_BOOLEAN << TAG_SHIFT;

  /** The array hole marker: an immediate that no JavaScript value equals. */
  public static final long HOLE = immediate(0);

  /**
   * The word written over dead memory (from-space after a scavenge) in poisoning mode. Its tag is
   * never produced by an encoder, so decoding it fails and a stale header read yields an invalid
   * class id.
   */
  public static final long POISON = 0xFFFF_DEAD_DEAD_DEADL;

  private static long tag(long value) {
    return value >>> TAG_SHIFT;
  }

  // ---- doubles

  /** Encodes a double; every NaN becomes {@link #CANONICAL_NAN}; {@code -0.0} is kept. */
  public static long fromDouble(double d) {
    if (d != d) {
      return CANONICAL_NAN;
    }
    return Double.doubleToRawLongBits(d);
  }

  /** True for doubles (including NaN and the infinities), false for every tagged kind. */
  public static boolean isDouble(long value) {
    return Long.compareUnsigned(value, 0xFFF9_0000_0000_0000L) < 0;
  }

  public static double asDouble(long value) {
    assert isDouble(value) : describe(value);
    return Double.longBitsToDouble(value);
  }

  // ---- int32

  public static long fromInt(int i) {
    // `+`, not `|` (the bits do not overlap): C2 derives a value range from an add, so the tag
    // tests of a store of a fresh int fold away (the write barrier's isReference among them),
    // where it keeps them for an or.
    return (TAG_INT << TAG_SHIFT) + (i & 0xFFFF_FFFFL);
  }

  public static boolean isInt(long value) {
    return tag(value) == TAG_INT;
  }

  public static int asInt(long value) {
    assert isInt(value) : describe(value);
    return (int) value;
  }

  /**
   * Encodes a number in its most specific kind: int32 when the double is an integer in range and
   * not {@code -0.0}, otherwise a double.
   */
  public static long fromNumber(double d) {
    int i = (int) d;
    if (i == d && (i != 0 || Double.doubleToRawLongBits(d) == 0L)) {
      return fromInt(i);
    }
    return fromDouble(d);
  }

  public static boolean isNumber(long value) {
    return isInt(value) || isDouble(value);
  }

  /** The numeric value of an int32 or double. */
  public static double asNumber(long value) {
    return isInt(value) ? (double) (int) value : asDouble(value);
  }

  // ---- booleans, undefined, null

  public static long fromBoolean(boolean b) {
    return b ? TRUE : FALSE;
  }

  public static boolean isBoolean(long value) {
    return tag(value) == TAG_BOOLEAN;
  }

  public static boolean asBoolean(long value) {
    assert isBoolean(value) : describe(value);
    return (value & 1L) != 0;
  }

  public static boolean isUndefined(long value) {
    return value == UNDEFINED;
  }

  public static boolean isNull(long value) {
    return value == NULL;
  }

  // ---- references

  /**
   * Encodes a heap reference. The address is a heap offset: non-zero, 8-byte aligned and below
   * 2^48.
   */
  public static long fromReference(long address) {
    if (address <= 0 || address > PAYLOAD_MASK || (address & 7) != 0) {
      throw new IllegalArgumentException("not a heap address: " + address);
    }
    return (TAG_REFERENCE << TAG_SHIFT) | address;
  }

  public static boolean isReference(long value) {
    return tag(value) == TAG_REFERENCE;
  }

  /** The heap offset a reference holds. */
  public static long asReference(long value) {
    assert isReference(value) : describe(value);
    return value & PAYLOAD_MASK;
  }

  /**
   * The 48-bit address field of any word that carries a heap address: a reference's payload, or the
   * new address in a forwarding header ({@link ObjectHeader#forwardee}). The one address mask.
   */
  static long addressField(long word) {
    return word & PAYLOAD_MASK;
  }

  /** Replaces the address of a reference; used by the collector when it moves an object. */
  static long withAddress(long address) {
    return (TAG_REFERENCE << TAG_SHIFT) | address;
  }

  // ---- immediates

  /** A small non-JavaScript immediate (holes, sentinels) carrying a 32-bit payload. */
  public static long immediate(int payload) {
    return (TAG_IMMEDIATE << TAG_SHIFT) | (payload & 0xFFFF_FFFFL);
  }

  public static boolean isImmediate(long value) {
    return tag(value) == TAG_IMMEDIATE;
  }

  public static int immediatePayload(long value) {
    assert isImmediate(value) : describe(value);
    return (int) value;
  }

  // ---- external-reference handles

  /** Bit 31 of the payload, as a long: an int constant would sign-extend over the tag bits. */
  private static final long EXTERNAL_HANDLE_BIT = 0x8000_0000L;

  /** One more than the largest index an external-reference handle can carry. */
  static final int MAX_EXTERNAL_HANDLES = Integer.MAX_VALUE;

  /**
   * The handle word of external-reference entry {@code index}: an immediate (never traced) whose
   * payload has bit 31 set, so it differs from the VM's small immediates such as {@link #HOLE}.
   */
  static long externalHandle(int index) {
    return immediate((int) (EXTERNAL_HANDLE_BIT | index));
  }

  /** Whether a word is an external-reference handle (see {@link Heap#registerExternal}). */
  public static boolean isExternalHandle(long value) {
    return isImmediate(value) && (value & EXTERNAL_HANDLE_BIT) != 0;
  }

  /** The table index an external-reference handle carries. */
  static int externalHandleIndex(long handleWord) {
    return (int) (handleWord & ~EXTERNAL_HANDLE_BIT);
  }

  /** True for the poison pattern (or any word with the never-produced tag). */
  public static boolean isPoison(long value) {
    return tag(value) == TAG_POISON;
  }

  /** A short human-readable description for diagnostics. */
  public static String describe(long value) {
    if (isDouble(value)) {
      return "double " + Double.longBitsToDouble(value);
    }
    long tag = tag(value);
    if (tag == TAG_INT) {
      return "int " + (int) value;
    } else if (tag == TAG_BOOLEAN) {
      return (value & 1) != 0 ? "true" : "false";
    } else if (tag == TAG_UNDEFINED) {
      return "undefined";
    } else if (tag == TAG_NULL) {
      return "null";
    } else if (tag == TAG_REFERENCE) {
      return "ref @" + (value & PAYLOAD_MASK);
    } else if (tag == TAG_IMMEDIATE) {
      return "immediate " + (int) value;
    }
    return String.format("poison 0x%016x", value);
  }
}
