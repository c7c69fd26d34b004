package org.jsheap.gc;

import org.jsheap.gc.util.HeapMemory;

/**
 * Survivors the scavenger evacuates one after another that were also neighbours in from-space, in
 * the same order: their copies are neighbours in to-space too (every to-space copy bumps the same
 * pointer), so they are copied together, with one memory copy, when the run is {@link #flush}ed;
 * then each copy's word 0 (the forwarding word the memory copy brought along) is replaced by the
 * object's new header. The first object of a run is copied at once, on its own (most survivors have
 * no such neighbour: copying each at once costs one compare more than before); only an object that
 * {@link #follows} the last one copied joins a pending run. A dead object, a promoted one or an
 * unrelated survivor in between ends the run.
 *
 * <p>Invariant: the pending run, if any, is {@code [toStart, toTop)}: the scavenger flushes it
 * before it copies an object that does not follow it and before the Cheney scan reaches {@link
 * #toStart}; nothing else reads a to-space copy during the closure.
 */
final class CopyRun {
  /** Most objects one run holds before it is flushed. */
  static final int MAX_OBJECTS = 64;

  private final HeapMemory memory;
  private final long[] copies = new long[MAX_OBJECTS];
  private final long[] headers = new long[MAX_OBJECTS];
  private int count;
  private long lastFromEnd = -1;
  private long fromStart;
  private long toStart = Long.MAX_VALUE;

  CopyRun(HeapMemory memory) {
    this.memory = memory;
  }

  /** A new scavenge: nothing was copied yet. */
  void begin() {
    assert count == 0;
    lastFromEnd = -1;
  }

  /** Whether {@code object} starts where the last object copied into to-space ended. */
  boolean follows(long object) {
    return object == lastFromEnd;
  }

  /** An object was copied into to-space on its own; it ended at {@code fromEnd} in from-space. */
  void copiedAlone(long fromEnd) {
    lastFromEnd = fromEnd;
  }

  /** To-space start of the pending run; {@link Long#MAX_VALUE} when there is none. */
  long toStart() {
    return toStart;
  }

  boolean isEmpty() {
    return count == 0;
  }

  /**
   * Adds an object that {@link #follows} the last copy: {@code size} bytes at {@code object}, to be
   * copied to {@code copy} (the to-space top) with new header word 0 {@code word0}.
   */
  void add(long object, long copy, long size, long word0) {
    assert follows(object);
    if (count == MAX_OBJECTS) {
      flush();
    }
    if (count == 0) {
      fromStart = object;
      toStart = copy;
    }
    assert copy - toStart == object - fromStart : "a run's copies are not contiguous";
    copies[count] = copy;
    headers[count] = word0;
    count++;
    lastFromEnd = object + size;
  }

  /** Copies the pending run, if any. */
  void flush() {
    int n = count;
    if (n == 0) {
      return;
    }
    HeapMemory m = memory;
    m.copy(fromStart, toStart, lastFromEnd - fromStart);
    for (int i = 0; i < n; i++) {
      m.setLong(copies[i], headers[i]); // over the forwarding word the copy brought along
    }
    count = 0;
    toStart = Long.MAX_VALUE;
  }
}
