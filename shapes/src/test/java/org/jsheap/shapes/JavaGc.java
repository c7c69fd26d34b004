package org.jsheap.shapes;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * A Java collection whose weak references are already enqueued when it returns. {@code System.gc()}
 * clears weak references, but the JDK's reference handler thread enqueues them later; on a loaded
 * machine a {@code ClassTable} drain right after the collection finds the queue still empty and a
 * reclamation test flakes. A sentinel cleared by the same collection and enqueued after it shows
 * that the handler has run.
 */
public final class JavaGc {
  private JavaGc() {}

  /** Collects the Java heap and waits (at most about two seconds) for reference processing. */
  public static void collect() {
    ReferenceQueue<Object> queue = new ReferenceQueue<>();
    WeakReference<Object> sentinel = new WeakReference<>(new Object(), queue);
    try {
      for (int attempt = 0; attempt < 20 && queue.remove(100) == null; attempt++) {
        System.gc();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!sentinel.refersTo(null)) {
      throw new AssertionError("the Java collector did not clear a weak reference");
    }
  }
}
