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
 *
 * <p>A runtime error raised in Java code without a node is <em>located</em> by the first JS node it
 * unwinds through ({@link #at}): a copy with that node as its location and the JS stack text of
 * that moment, so the error's {@code stack}, the host's source location and the polyglot stack
 * trace all name the place where it was raised, not where it is caught.
 */
@ExportLibrary(InteropLibrary.class)
public final class JsException extends AbstractTruffleException {
  private static final long serialVersionUID = 1L;

  private transient GlobalHandle handle;
  private final String errorName;
  private final String errorMessage;
  private final transient SourceSection parseLocation;
  private final String frames;

  private JsException(
      String display,
      GlobalHandle handle,
      String name,
      String message,
      SourceSection at,
      Node n,
      String frames) {
    super(display, null, UNLIMITED_STACK_TRACE, n);
    this.handle = handle;
    this.errorName = name;
    this.errorMessage = message;
    this.parseLocation = at;
    this.frames = frames;
  }

  /** Throws the value rooted by {@code handle} (which the exception now owns). */
  public static JsException ofHandle(GlobalHandle handle, String display, Node location) {
    return new JsException(display, handle, null, null, null, location, null);
  }

  /** An error to be created as {@code new <name>(message)} where it is caught. */
  public static JsException error(String name, String message) {
    return new JsException(name + ": " + message, null, name, message, null, null, null);
  }

  /** An error raised by {@code location}: its stack starts there. */
  @TruffleBoundary
  public static JsException error(String name, String message, Node location) {
    return new JsException(
        name + ": " + message, null, name, message, null, location, Errors.stackTrace(location));
  }

  /**
   * This exception, or, for a lazy error that has no location yet, a copy raised at {@code node}
   * (the innermost JS node it unwinds through). Cheap when there is nothing to do.
   */
  public JsException at(Node node) {
    if (getLocation() != null || handle != null || parseLocation != null || node == null) {
      return this;
    }
    return located(node);
  }

  @TruffleBoundary
  private JsException located(Node node) {
    return error(errorName, errorMessage, node);
  }

  /**
   * A host condition the runtime reports as a JS error (stack overflow, value-stack overflow, heap
   * exhaustion: a RangeError; an object-model refusal: see {@link ModelErrors}) raised at {@code
   * node}; other throwables are rethrown.
   */
  @TruffleBoundary
  public static JsException fromHost(Throwable t, Node node) {
    if (t instanceof org.jsheap.gc.HeapExhaustedException) {
      return error("RangeError", OUT_OF_MEMORY, node);
    }
    if (t instanceof org.jsheap.shapes.ObjectModelException e) {
      return ModelErrors.toJs(e).at(node);
    }
    if (t instanceof StackOverflowError || t instanceof org.jsheap.gc.ValueStackOverflowException) {
      return error("RangeError", STACK_OVERFLOW, node);
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    throw (Error) t;
  }

  /** The message of a RangeError for call depth. */
  public static final String STACK_OVERFLOW = "Maximum call stack size exceeded";

  /** The message of a RangeError for heap exhaustion. */
  public static final String OUT_OF_MEMORY = "Out of memory: JS heap exhausted";

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
    return new JsException(
        "SyntaxError: " + message, null, "SyntaxError", message, location, null, null);
  }

  /**
   * The thrown value, creating the error object of a lazy error first (may collect). The value is
   * rooted until {@link #release}.
   */
  @TruffleBoundary
  public long value(JSHeapContext ctx) {
    if (handle == null) {
      long err = ctx.realm().errors().create(errorName, errorMessage, frames);
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
