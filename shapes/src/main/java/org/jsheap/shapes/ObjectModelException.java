package org.jsheap.shapes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.gc.ValueCodec;

/**
 * An operation the object model refuses because an argument breaks its contract: an array length
 * that is not an integer in 0..2^32-1, a value that is not an object, a key that is neither a
 * string nor a {@link SymbolKey}. The model knows nothing of a language's error objects; it names
 * the condition ({@link #kind}) and the language turns it into its own error (the JavaScript
 * runtime: a RangeError for a length or index, a TypeError otherwise).
 *
 * <p>The model throws it before it changes anything, so the heap and the object are as they were.
 *
 * @since 0.1 (before, the same conditions were {@code IllegalArgumentException})
 */
public final class ObjectModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What was refused. */
  public enum Kind {
    /** An array length that is not a number, or not an integer in 0..2^32-1. */
    INVALID_ARRAY_LENGTH,
    /** An element index outside 0..2^32-2. */
    INVALID_ARRAY_INDEX,
    /** A value that is not a reference, or a reference to a cell that is not an object. */
    NOT_AN_OBJECT,
    /** An array operation on an object that is not an array. */
    NOT_AN_ARRAY,
    /** A property key that is neither a string nor a {@link SymbolKey}. */
    INVALID_PROPERTY_KEY,
    /** Every hidden-class id is in use. */
    CLASS_IDS_EXHAUSTED
  }

  private final Kind kind;

  public ObjectModelException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /**
   * {@code what} followed by a description of the value word {@code value}. A Truffle boundary: the
   * description formats numbers, and formatting compiled into a fast path's error branch made
   * partial evaluation give up ("too deep inlining") on every JS function that reached it.
   */
  @TruffleBoundary
  static ObjectModelException describing(Kind kind, String what, long value) {
    return new ObjectModelException(kind, what + ValueCodec.describe(value));
  }

  /** {@code what} followed by {@code detail}; a Truffle boundary like {@link #describing}. */
  @TruffleBoundary
  static ObjectModelException withDetail(Kind kind, String what, Object detail) {
    return new ObjectModelException(kind, what + detail);
  }

  public Kind kind() {
    return kind;
  }
}
