package org.jsheap.gc.util;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The gray list the mutator's write barrier feeds while a marker thread runs: V8's marking worklist
 * (a thread-local segment published whole to a shared pool), cut down to one producer. The producer
 * (the mutator) pushes into a private segment of {@link #SEGMENT} entries and publishes it to a
 * {@link ConcurrentLinkedQueue} when it is full or on {@link #publish}; any thread takes published
 * segments with {@link #pollInto}. A published array is never written again, and the queue's {@code
 * add}/{@code poll} are a release/acquire pair, so the consumer sees every entry of a segment it
 * polls.
 */
public final class GrayQueue {
  /** Entries per segment. */
  public static final int SEGMENT = 64;

  private final ConcurrentLinkedQueue<long[]> published = new ConcurrentLinkedQueue<>();
  private final long[] local = new long[SEGMENT]; // producer-owned
  private int localSize; // producer-owned

  /** Producer only: adds an entry to the private segment, publishing it when full. */
  public void push(long value) {
    local[localSize++] = value;
    if (localSize == SEGMENT) {
      publish();
    }
  }

  /** Producer only: hands the partial private segment to the consumers. */
  public void publish() {
    if (localSize > 0) {
      published.add(Arrays.copyOf(local, localSize));
      localSize = 0;
    }
  }

  /** Any thread: moves one published segment's entries onto {@code into}; false when none. */
  public boolean pollInto(LongStack into) {
    long[] segment = published.poll();
    if (segment == null) {
      return false;
    }
    for (long value : segment) {
      into.push(value);
    }
    return true;
  }

  /** Producer only (or with the consumers stopped): nothing private and nothing published. */
  public boolean isEmpty() {
    return localSize == 0 && published.isEmpty();
  }

  /** With the consumers stopped: drops every entry. */
  public void clear() {
    localSize = 0;
    published.clear();
  }
}
