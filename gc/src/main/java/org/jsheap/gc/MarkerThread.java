package org.jsheap.gc;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The marker thread of one concurrent cycle and its handshake with the mutator. The thread runs
 * {@link Marker#concurrentStep} in chunks of {@link #CHUNK_BYTES}; between two chunks, its only
 * safe point, it checks for a park or stop request. The mutator:
 *
 * <ul>
 *   <li>{@link #start}s it once the cycle's roots are shaded (the thread start orders them before
 *       the first chunk);
 *   <li>{@link #park}s it around a heap verification that {@link Heap#verify} asks for: the call
 *       returns once the thread sits at its safe point (scavenges need no park: see {@code
 *       Scavenger.publishOldSlot}), and {@link #resume}s it afterwards;
 *   <li>{@link #stop}s it before the final pause, a stop-the-world collection or unmapping the
 *       heap: the call returns once the thread sits at its safe point for good. A parked thread
 *       never touches the heap or the marker again; it only leaves its loop (it is not joined, so
 *       the final pause does not wait for the scheduler to run a thread that has nothing to do).
 * </ul>
 *
 * Every hand-over goes through the cycle's lock, so whatever one side wrote before handing over is
 * visible to the other afterwards. When the thread runs out of work it parks itself and {@link
 * #isDrained} turns true; the mutator polls that at its marking steps and then runs the final
 * pause. Each cycle has its own {@link Cycle} (lock, flags, thread), so a thread still leaving its
 * loop never shares state with the next cycle's.
 *
 * <p>If the thread throws, it records the failure, counts as drained and ends; the mutator's next
 * {@link #park} or {@link #stop} forgets the cycle's thread and throws {@link
 * IllegalStateException} with the failure as its cause. The caller then abandons the cycle: the
 * thread may have lost a gray object mid-scan, so its marks cannot be finished.
 */
final class MarkerThread {
  /** Stops the thread of a heap dropped mid-cycle; one daemon thread for every heap. */
  private static final Cleaner DROPPED_HEAPS = Cleaner.create();

  /** Marking work between two safe points: bounds how long a park or stop request waits. */
  static final long CHUNK_BYTES = 16 * 1024;

  private final Marker marker;
  private final String name;
  private final AtomicReference<RuntimeException> failureForTesting = new AtomicReference<>();
  private Cycle cycle; // mutator-owned
  private Cleaner.Cleanable stopWhenDropped; // the running cycle's registration

  MarkerThread(Marker marker, String name) {
    this.marker = marker;
    this.name = name;
  }

  /** Whether a marker thread works for this heap (started and not yet stopped). */
  boolean isRunning() {
    return cycle != null;
  }

  /** Starts the thread for the cycle the mutator just began. */
  void start() {
    if (cycle != null) {
      throw new IllegalStateException("marker thread already running");
    }
    Cycle c = new Cycle(marker, failureForTesting);
    Thread t = new Thread(c::run, name);
    t.setDaemon(true);
    c.thread = t;
    cycle = c;
    stopWhenDropped = DROPPED_HEAPS.register(this, c::requestStop); // must not capture this
    t.start();
  }

  /** The running cycle's thread, or null (tests). */
  Thread threadForTesting() {
    return cycle == null ? null : cycle.thread;
  }

  /** Whether the thread found no more work and parked itself (may be stale: see the signal). */
  boolean isDrained() {
    return cycle != null && cycle.drainedSignal;
  }

  /**
   * Test-only: the thread throws {@code failure} before its next chunk (once); {@link
   * #failurePendingForTesting} turns false when it did.
   */
  void failForTesting(RuntimeException failure) {
    failureForTesting.set(failure);
  }

  /** Whether a failure set by {@link #failForTesting} is still to be thrown. */
  boolean failurePendingForTesting() {
    return failureForTesting.get() != null;
  }

  /**
   * Blocks until the thread sits at its safe point; a no-op without a thread.
   *
   * @throws IllegalStateException if the thread failed (it is gone: nothing to resume)
   */
  void park() {
    Cycle c = cycle;
    if (c != null) {
      try {
        c.park(false);
      } catch (IllegalStateException e) {
        forget();
        throw e;
      }
    }
  }

  /** Lets a parked thread continue (it looks for work again). */
  void resume() {
    if (cycle != null) {
      cycle.resume();
    }
  }

  /**
   * Stops the thread at its next safe point, for good; a no-op without a thread.
   *
   * @throws IllegalStateException if the thread failed
   */
  void stop() {
    Cycle c = cycle;
    if (c != null) {
      forget();
      c.park(true);
    }
  }

  /** Drops the running cycle and its cleaner registration (whose stop request is then moot). */
  private void forget() {
    cycle = null;
    stopWhenDropped.clean();
    stopWhenDropped = null;
  }

  /** The state one cycle's thread shares with the mutator. */
  private static final class Cycle {
    // Weak: the heap owns the marker, and a strong path from the thread would keep the heap (and
    // this thread's cleaner trigger) reachable through the marker's root providers.
    private final WeakReference<Marker> marker;
    private final AtomicReference<RuntimeException> failureForTesting;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    // Guarded by lock.
    private boolean parkRequested;
    private boolean stopRequested;
    private boolean parked;
    private boolean drained;
    private Throwable failure;
    private Thread thread; // set before the thread starts; for tests
    // SAFETY: read by the marker thread between chunks without the lock; a stale false only
    // delays the park by one chunk, because park() waits under the lock for the thread to say so.
    private volatile boolean parkSignal;
    // SAFETY: read by the mutator without the lock to poll; a stale false delays the final pause
    // to the next poll. The final pause calls stop() (the lock) before it touches marker state.
    private volatile boolean drainedSignal;

    Cycle(Marker marker, AtomicReference<RuntimeException> failureForTesting) {
      this.marker = new WeakReference<>(marker);
      this.failureForTesting = failureForTesting;
    }

    void park(boolean forGood) {
      Throwable f;
      lock.lock();
      try {
        parkRequested = true;
        stopRequested |= forGood;
        parkSignal = true;
        changed.signalAll();
        while (!parked) {
          changed.awaitUninterruptibly();
        }
        f = failure;
        failure = null;
      } finally {
        lock.unlock();
      }
      if (f != null) {
        throw new IllegalStateException(
            "the marker thread failed and its marking cycle was abandoned: " + f, f);
      }
    }

    /**
     * Asks the thread to stop without waiting: the cleaner's action for a heap dropped mid-cycle,
     * and a no-op once the mutator stopped the thread.
     */
    void requestStop() {
      lock.lock();
      try {
        parkRequested = true;
        stopRequested = true;
        parkSignal = true;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }

    void resume() {
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

    void run() {
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
      if (stopRequested) {
        return false; // parked stays true (set above, or by run's finally)
      }
      parked = false;
      return true;
    }

    private boolean traceUntilParkOrDrained() {
      Marker m = marker.get();
      if (m == null) {
        return true; // the heap is gone; its cleaner's stop request follows
      }
      while (!parkSignal) {
        if (failureForTesting.get() != null) {
          throw failureForTesting.getAndSet(null);
        }
        if (m.concurrentStep(CHUNK_BYTES)) {
          return true;
        }
      }
      return false;
    }
  }
}
