package org.jsheap.gc;

import java.util.Locale;

/**
 * Counters of one heap's collections. The object {@link Heap#statistics()} returns is a live view,
 * updated by the collector on the mutator thread: read it there, or take a {@link #snapshot()},
 * which never changes.
 */
public final class GcStatistics {
  /** Brings a live view's usage counters up to date; null for a snapshot. */
  private final Runnable refresher;

  long scavenges;
  long fullCollections;
  long incrementalCycles;
  long markingSteps;
  long totalPauseNanos;
  long maxPauseNanos;
  long markingPauseNanos;
  long maxMarkingPauseNanos;
  long lastPauseNanos;
  long bytesAllocated;
  long bytesPromoted;
  long bytesCopied;
  long bytesFreed;
  long youngUsedBytes;
  long oldUsedBytes;
  long largeObjectBytes;
  long liveBytesAfterLastFull;
  long externalBytes;

  GcStatistics(Runnable refresher) {
    this.refresher = refresher;
  }

  /** Brings the usage counters of a live view up to date. */
  private void refresh() {
    if (refresher != null) {
      refresher.run();
    }
  }

  public long scavenges() {
    return scavenges;
  }

  /**
   * Old-generation collections: every marking that finished, whichever way it ran, i.e. {@link
   * #stopTheWorldCollections()} plus {@link #incrementalCycles()}. A cycle abandoned by a {@code
   * collectFull} (or a failed marker thread) is not counted; the collection that abandoned it is.
   */
  public long fullCollections() {
    return fullCollections;
  }

  /**
   * Old-generation cycles finished by a final pause after incremental steps or a marker thread
   * (kind {@link CollectionKind#INCREMENTAL_FINALIZE}); part of {@link #fullCollections()}.
   */
  public long incrementalCycles() {
    return incrementalCycles;
  }

  /**
   * Stop-the-world full collections ({@code collectFull}, kind {@link CollectionKind#FULL}): {@link
   * #fullCollections()} minus {@link #incrementalCycles()}.
   */
  public long stopTheWorldCollections() {
    return fullCollections - incrementalCycles;
  }

  public long markingSteps() {
    return markingSteps;
  }

  public long totalPauseNanos() {
    return totalPauseNanos;
  }

  public long maxPauseNanos() {
    return maxPauseNanos;
  }

  /**
   * Time the mutator spent marking: every pause but scavenges (cycle starts, incremental steps,
   * final pauses, stop-the-world full collections). A marker thread's work is not in it.
   */
  public long markingPauseNanos() {
    return markingPauseNanos;
  }

  /** The longest pause counted in {@link #markingPauseNanos()}. */
  public long maxMarkingPauseNanos() {
    return maxMarkingPauseNanos;
  }

  public long lastPauseNanos() {
    return lastPauseNanos;
  }

  /** Bytes allocated by the mutator since the heap was created. */
  public long bytesAllocated() {
    refresh();
    return bytesAllocated;
  }

  /** Bytes moved from the young to the old generation. */
  public long bytesPromoted() {
    return bytesPromoted;
  }

  /** Bytes copied within the young generation by scavenges. */
  public long bytesCopied() {
    return bytesCopied;
  }

  /** Bytes of old-generation objects freed by sweeping. */
  public long bytesFreed() {
    refresh();
    return bytesFreed;
  }

  public long youngUsedBytes() {
    refresh();
    return youngUsedBytes;
  }

  /** Bytes in allocated old-generation cells and large objects. */
  public long oldUsedBytes() {
    refresh();
    return oldUsedBytes;
  }

  public long largeObjectBytes() {
    refresh();
    return largeObjectBytes;
  }

  /** Bytes of external memory registered with live external references. */
  public long externalBytes() {
    refresh();
    return externalBytes;
  }

  public long liveBytesAfterLastFull() {
    return liveBytesAfterLastFull;
  }

  // ---- recording, by the plan and its pause tracer only (mutator thread)

  void recordScavenge(long copiedBytes, long promotedBytes) {
    scavenges++;
    bytesCopied += copiedBytes;
    bytesPromoted += promotedBytes;
  }

  void recordFullCollection() {
    fullCollections++;
  }

  void recordIncrementalCycle() {
    incrementalCycles++;
    fullCollections++;
  }

  void recordMarkingStep() {
    markingSteps++;
  }

  void recordAllocated(long bytes) {
    bytesAllocated += bytes;
  }

  void recordLiveBytesAfterMarking(long bytes) {
    liveBytesAfterLastFull = bytes;
  }

  void recordUsage(long young, long old, long large, long freed, long external) {
    youngUsedBytes = young;
    oldUsedBytes = old;
    largeObjectBytes = large;
    bytesFreed = freed;
    externalBytes = external;
  }

  void recordPause(long nanos) {
    lastPauseNanos = nanos;
    totalPauseNanos += nanos;
    maxPauseNanos = Math.max(maxPauseNanos, nanos);
  }

  void recordMarkingPause(long nanos) {
    markingPauseNanos += nanos;
    maxMarkingPauseNanos = Math.max(maxMarkingPauseNanos, nanos);
  }

  /** An independent copy of the current counters. */
  public GcStatistics snapshot() {
    refresh();
    GcStatistics s = new GcStatistics(null);
    s.scavenges = scavenges;
    s.fullCollections = fullCollections;
    s.incrementalCycles = incrementalCycles;
    s.markingSteps = markingSteps;
    s.totalPauseNanos = totalPauseNanos;
    s.maxPauseNanos = maxPauseNanos;
    s.markingPauseNanos = markingPauseNanos;
    s.maxMarkingPauseNanos = maxMarkingPauseNanos;
    s.lastPauseNanos = lastPauseNanos;
    s.bytesAllocated = bytesAllocated;
    s.bytesPromoted = bytesPromoted;
    s.bytesCopied = bytesCopied;
    s.bytesFreed = bytesFreed;
    s.youngUsedBytes = youngUsedBytes;
    s.oldUsedBytes = oldUsedBytes;
    s.largeObjectBytes = largeObjectBytes;
    s.liveBytesAfterLastFull = liveBytesAfterLastFull;
    s.externalBytes = externalBytes;
    return s;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "scavenges=%d full=%d incremental=%d pause total=%.3f ms max=%.3f ms allocated=%d"
            + " promoted=%d copied=%d freed=%d young=%d old=%d external=%d",
        scavenges,
        fullCollections,
        incrementalCycles,
        totalPauseNanos / 1e6,
        maxPauseNanos / 1e6,
        bytesAllocated,
        bytesPromoted,
        bytesCopied,
        bytesFreed,
        youngUsedBytes,
        oldUsedBytes,
        externalBytes);
  }
}
