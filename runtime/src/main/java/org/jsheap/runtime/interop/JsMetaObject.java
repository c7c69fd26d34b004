package org.jsheap.runtime.interop;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.jsheap.runtime.JSHeapLanguage;

/**
 * The meta object of a view: its JS type by kind ({@code Object}, {@code Array}, {@code Function},
 * {@code Symbol}); read without running JS code.
 */
@ExportLibrary(InteropLibrary.class)
final class JsMetaObject implements TruffleObject {
  private final String name;

  JsMetaObject(String name) {
    this.name = name;
  }

  @ExportMessage
  boolean hasLanguage() {
    return true;
  }

  @ExportMessage
  Class<? extends TruffleLanguage<?>> getLanguage() {
    return JSHeapLanguage.class;
  }

  @ExportMessage
  Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
    return name;
  }

  @ExportMessage
  boolean isMetaObject() {
    return true;
  }

  @ExportMessage
  Object getMetaQualifiedName() {
    return name;
  }

  @ExportMessage
  Object getMetaSimpleName() {
    return name;
  }

  @ExportMessage
  boolean isMetaInstance(Object instance) {
    return instance instanceof JsObjectView v && name.equals(ViewOps.metaName(v));
  }
}
