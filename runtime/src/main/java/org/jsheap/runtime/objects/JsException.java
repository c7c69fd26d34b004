package org.jsheap.runtime.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.runtime.JSHeapContext;

/**
 * A JavaScript exception unwinding the Truffle stack. It carries the thrown value in a {@link
 * GlobalHandle} (a root that the collector updates while finally blocks run), or, for errors the
 * runtime raises where it cannot allocate safely (stack overflow, heap exhaustion, deep Java code),
 * just the error's constructor name and message: the catching node materialises the error object
 * once the stack has unwound ({@link #value}).
 */
@ExportLibrary(InteropLibrary.class)
public final class JsException extends AbstractTruffleException {
  private static final long serialVersionUID = 1L;

  private transient GlobalHandle handle;
  private final String errorName;
  private final String errorMessage;
  private final transient SourceSection parseLocation;

  private JsException(
      String display, GlobalHandle handle, String name, String message, SourceSection at, Node n) {
    super(display, null, UNLIMITED_STACK_TRACE, n);
    this.handle = handle;
    this.errorName = name;
    this.errorMessage = message;
    this.parseLocation = at;
  }

  /** Throws the value rooted by {@code handle} (which the exception now owns). */
  public static JsException ofHandle(GlobalHandle handle, String display, Node location) {
    return new JsException(display, handle, null, null, null, location);
  }

  /** An error to be created as {@code new <name>(message)} where it is caught. */
  public static JsException error(String name, String message) {
    return new JsException(name + ": " + message, null, name, message, null, null);
  }

  public static JsException typeError(String message) {
    return error("TypeError", message);
  }

  public static JsException rangeError(String message) {
    return error("RangeError", message);
  }

  public static JsException referenceError(String message) {
    return error("ReferenceError", message);
  }

  /** A SyntaxError from the parser, at {@code location} (interop type PARSE_ERROR). */
  public static JsException syntaxError(String message, SourceSection location) {
    return new JsException("SyntaxError: " + message, null, "SyntaxError", message, location, null);
  }

  /**
   * The thrown value, creating the error object of a lazy error first (may collect). The value is
   * rooted until {@link #release}.
   */
  @TruffleBoundary
  public long value(JSHeapContext ctx) {
    if (handle == null) {
      long err = ctx.realm().errors().create(errorName, errorMessage);
      handle = ctx.heap().newGlobalHandle(err);
    }
    return handle.get();
  }

  /** Drops the root of the thrown value (after a catch block has stored it). */
  public void release() {
    if (handle != null && !handle.isClosed()) {
      handle.close();
    }
  }

  /** The error constructor name of a lazy error, or null. */
  public String errorName() {
    return errorName;
  }

  @ExportMessage
  ExceptionType getExceptionType() {
    return parseLocation != null ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
  }

  @ExportMessage
  boolean hasSourceLocation() {
    return parseLocation != null || getLocation() != null;
  }

  @ExportMessage
  @TruffleBoundary
  SourceSection getSourceLocation()
      throws com.oracle.truffle.api.interop.UnsupportedMessageException {
    if (parseLocation != null) {
      return parseLocation;
    }
    Node n = getLocation();
    SourceSection s = n == null ? null : n.getEncapsulatingSourceSection();
    if (s == null) {
      throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
    }
    return s;
  }
}
