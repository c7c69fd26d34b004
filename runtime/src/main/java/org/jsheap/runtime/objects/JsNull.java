package org.jsheap.runtime.objects;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** {@code undefined} or {@code null} as an interop value (a program's result). */
@ExportLibrary(InteropLibrary.class)
public final class JsNull implements TruffleObject {
  public static final JsNull UNDEFINED = new JsNull("undefined");
  public static final JsNull NULL = new JsNull("null");

  private final String name;

  private JsNull(String name) {
    this.name = name;
  }

  @ExportMessage
  boolean isNull() {
    return true;
  }

  @ExportMessage
  Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
