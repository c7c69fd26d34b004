package org.jsheap.gc;

/** Thrown when a {@link ValueStack} would grow past its maximum size (deep recursion). */
public final class ValueStackOverflowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ValueStackOverflowException(int maxSize) {
    super("value stack overflow: more than " + maxSize + " slots");
  }
}
