package org.jsheap.runtime.parser;

/**
 * An early error (ECMA-262 "Static Semantics: Early Errors") found by a rule of {@link
 * EarlyErrors}: a message and the character offset of the offending code. It never leaves the front
 * end: {@link JsParser} turns it into a JS SyntaxError located at that offset.
 */
final class EarlyError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int position;

  EarlyError(String message, int position) {
    super(message, null, false, false);
    this.position = position;
  }
}
