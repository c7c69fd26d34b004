package org.jsheap.gc;

/** A broken heap invariant found by the verifier: always a collector or VM bug. */
public final class HeapVerificationError extends AssertionError {
  private static final long serialVersionUID = 1L;

  public HeapVerificationError(String message) {
    super(message);
  }
}
