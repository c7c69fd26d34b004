package org.jsheap.tests.activation;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * A thrown language value. It holds a tagged value, possibly a reference, in a Java field while it
 * unwinds: safe because nothing runs between the throw and the catch that stores it in a window
 * (callee windows need no release, and the Java entry's {@code finally} only leaves its window), so
 * no collection can happen in between.
 */
final class ActException extends AbstractTruffleException {
  private static final long serialVersionUID = 1L;

  /** The value a value-stack overflow throws: the language's RangeError. */
  static final int RANGE_ERROR = -1;

  private final long value;

  ActException(long value, Node location) {
    super("uncaught act exception", location);
    this.value = value;
  }

  long value() {
    return value;
  }
}
