package org.jsheap.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.jsheap.shapes.ObjectModelException;

/**
 * The JS error of a contract breach the object model refused ({@link ObjectModelException}, which
 * knows nothing of JS errors): a RangeError for an array length or index, a TypeError for a value
 * that is not an object or an array, or a key that is not a property key. The model refuses before
 * it changes anything, so the heap is consistent when the error unwinds.
 */
public final class ModelErrors {
  private ModelErrors() {}

  /** A lazy JS error for {@code e} (located by the first JS node it unwinds through). */
  @TruffleBoundary
  public static JsException toJs(ObjectModelException e) {
    return switch (e.kind()) {
      case INVALID_ARRAY_LENGTH -> JsException.rangeError(ArrayLengths.INVALID);
      case INVALID_ARRAY_INDEX -> JsException.rangeError("Invalid array index");
      case CLASS_IDS_EXHAUSTED ->
          JsException.rangeError("Out of memory: hidden class ids exhausted");
      case NOT_AN_OBJECT -> JsException.typeError("Value is not an object");
      case NOT_AN_ARRAY -> JsException.typeError("Value is not an array");
      case INVALID_PROPERTY_KEY -> JsException.typeError("Invalid property key");
    };
  }
}
