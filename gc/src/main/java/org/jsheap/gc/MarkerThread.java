package org.jsheap.gc;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The marker thread of one concurrent cycle and its handshake with the mutator. The thread runs
 * {@link Marker#concurrentStep} in chunks of {@link #CHUNK_BYTES}; between two chunks, its only
 * safe point, it checks for a park request. The mutator:
 *
 * <ul>
 *   <li>{@link #start}s it once the cycle's roots are shaded (the thread start orders them before
 *       the first chunk);
 *   <li>{@link #park}s it around every scavenge and heap verification: the call returns once the
 *       thread sits at its safe point, so the scavenger may move young objects and rewrite old
 *       slots, and may push promoted objects, with nobody tracing;
 *   <li>{@link #resume}s it afterwards;
 *   <li>{@link #stop}s it (and joins it) before the final pause, a stop-the-world collection or
 *       unmapping the heap, so no native access follows the unmap.
 * </ul>
 *
 * Every hand-over goes through one lock, so whatever one side wrote before handing over is visible
 * to the other afterwards. When the thread runs out of work it parks itself and {@link #isDrained}
 * turns true; the mutator polls that at its marking steps and then runs the final pause.
 */
final class MarkerThread {
  /** Marking work between two safe points: bounds how long a park request waits. */
  static final long CHUNK_BYTES = 16 * 1024;

  private final Marker marker;
  private final String name;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  // Guarded by lock.
  private boolean parkRequested;
  private boolean stopRequested;
  private boolean parked;
  private boolean drained;
  private Throwable failure;
  // SAFETY: read by the marker thread between chunks without the lock; a stale false only delays
  // the park by one chunk, because park() waits under the lock for the thread to say it parked.
  private volatile boolean parkSignal;
  // SAFETY: read by the mutator without the lock to poll; a stale false delays the final pause
  // to the next poll. The final pause calls stop() (lock, join) before it touches marker state.
  private volatile boolean drainedSignal;
  private Thread thread; // mutator-owned

  MarkerThread(Marker marker, String name) {
    this.marker = marker;
    this.name = name;
  }

  /** Whether a marker thread exists (started and not yet stopped). */
  boolean isRunning() {
    return thread != null;
  }

  /** Starts the thread for the cycle the mutator just began. */
  void start() {
    if (thread != null) {
      throw new IllegalStateException("marker thread already running");
    }
    parkRequested = false;
    stopRequested = false;
    parked = false;
    drained = false;
    failure = null;
    parkSignal = false;
    drainedSignal = false;
    Thread t = new Thread(this::run, name);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Whether the thread found no more work and parked itself (it may be stale: see above). */
  boolean isDrained() {
    return drainedSignal;
  }

  /** Blocks until the thread sits at its safe point; a no-op without a thread. */
  void park() {
    if (thread == null) {
      return;
    }
    lock.lock();
    try {
      parkRequested = true;
      parkSignal = true;
      while (!parked) {
        changed.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
    rethrowFailure();
  }

  /** Lets a parked thread continue (it looks for work again, the barrier may have added some). */
  void resume() {
    if (thread == null) {
      return;
    }
    lock.lock();
    try {
      parkRequested = false;
      parkSignal = false;
      drained = false;
      drainedSignal = false;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the thread at its next safe point and waits for it to end; a no-op without a thread. */
  void stop() {
    Thread t = thread;
    if (t == null) {
      return;
    }
    lock.lock();
    try {
      stopRequested = true;
      parkSignal = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    thread = null;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    rethrowFailure();
  }

  private void rethrowFailure() {
    Throwable f;
    lock.lock();
    try {
      f = failure;
      failure = null;
    } finally {
      lock.unlock();
    }
    if (f != null) {
      throw new IllegalStateException("the marker thread failed: " + f, f);
    }
  }

  private void run() {
    lock.lock();
    try {
      while (awaitWork()) {
        lock.unlock();
        boolean done;
        try {
          done = traceUntilParkOrDrained();
        } finally {
          lock.lock();
        }
        if (done) {
          drained = true;
          drainedSignal = true;
        }
      }
    } catch (Throwable t) { // reported to the mutator at its next park or stop
      failure = t;
      drained = true;
      drainedSignal = true;
    } finally {
      parked = true;
      changed.signalAll();
      lock.unlock();
    }
  }

  /** Under the lock: parks while asked to or out of work; false when asked to stop. */
  private boolean awaitWork() {
    while (!stopRequested && (parkRequested || drained)) {
      parked = true;
      changed.signalAll();
      changed.awaitUninterruptibly();
    }
    parked = false;
    return !stopRequested;
  }

  private boolean traceUntilParkOrDrained() {
    while (!parkSignal) {
      if (marker.concurrentStep(CHUNK_BYTES)) {
        return true;
      }
    }
    return false;
  }
}
