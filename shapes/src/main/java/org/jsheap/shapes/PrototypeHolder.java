package org.jsheap.shapes;

import org.jsheap.gc.GlobalHandle;
import org.jsheap.gc.ValueCodec;

/**
 * Holds the prototype of every shape of one shape tree. Shapes are Java objects and prototypes are
 * heap objects that move, so the reference lives in a global handle. The holder is shared by all
 * shapes with the same prototype and closed (on the mutator thread, by {@link ClassTable}) once no
 * shape refers to it, which lets the prototype die.
 */
public final class PrototypeHolder {
  /** The holder of {@code null}. */
  static final PrototypeHolder NULL = new PrototypeHolder(null);

  private final GlobalHandle handle;

  PrototypeHolder(GlobalHandle handle) {
    this.handle = handle;
  }

  /** The prototype: a reference value, or {@link ValueCodec#NULL}. */
  public long get() {
    return handle == null ? ValueCodec.NULL : handle.get();
  }

  /** Closes the handle; held apart from the holder so it can run after the holder died. */
  record Closer(GlobalHandle handle) {
    void close() {
      if (handle != null) {
        handle.close();
      }
    }
  }

  Closer closer() {
    return new Closer(handle);
  }

  @Override
  public String toString() {
    return handle == null ? "proto:null" : "proto:" + ValueCodec.describe(handle.get());
  }
}
