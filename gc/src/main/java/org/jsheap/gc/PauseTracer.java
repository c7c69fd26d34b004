package org.jsheap.gc;

import java.io.PrintStream;
import java.util.Locale;
import org.jsheap.gc.space.SemiSpace;

/**
 * Brackets every collection pause: knows whether one is in progress, records its duration and the
 * heap's usage in the {@link GcStatistics}, prints the {@code -Djsheap.gc.log} line and commits the
 * {@link GcPauseEvent} JFR event (created only when the event is enabled).
 */
final class PauseTracer {
  private final GcStatistics stats;
  private final PrintStream log;
  private final SemiSpace young;
  private final OldGeneration old;
  private final ExternalReferenceTable externals;
  private boolean inPause;
  private GcPauseEvent pauseEvent;

  PauseTracer(
      GcStatistics stats,
      PrintStream log,
      SemiSpace young,
      OldGeneration old,
      ExternalReferenceTable externals) {
    this.stats = stats;
    this.log = log;
    this.young = young;
    this.old = old;
    this.externals = externals;
  }

  /** Whether a collection pause is in progress. */
  boolean inPause() {
    return inPause;
  }

  /**
   * Starts a pause; returns its start time for {@link #end} or {@link #endMarkingStep}. The pause
   * lasts until {@link #leave}, so the listeners called after {@link #end} run inside it.
   */
  long begin() {
    inPause = true;
    GcPauseEvent event = new GcPauseEvent();
    if (event.isEnabled()) {
      event.begin();
      pauseEvent = event;
    }
    return System.nanoTime();
  }

  /** Ends the short pause of an incremental marking step that did not finish the cycle. */
  void endMarkingStep(long start) {
    long pause = System.nanoTime() - start;
    stats.recordPause(pause);
    stats.recordMarkingPause(pause);
    commitPauseEvent("MARKING_STEP");
  }

  /** Ends the pause of a collection of {@code kind}: statistics, log line, JFR event. */
  void end(CollectionKind kind, long start) {
    long pause = System.nanoTime() - start;
    stats.recordPause(pause);
    if (kind != CollectionKind.SCAVENGE) {
      stats.recordMarkingPause(pause);
    }
    recordUsage();
    if (log != null) {
      log.printf(
          Locale.ROOT,
          "[gc] %-20s #%d young %dK old %dK large %dK external %dK promoted %dK freed %dK"
              + " pause %.3f ms%n",
          kind.name().toLowerCase(Locale.ROOT),
          kind == CollectionKind.SCAVENGE ? stats.scavenges() : stats.fullCollections(),
          stats.youngUsedBytes >> 10,
          stats.oldUsedBytes >> 10,
          stats.largeObjectBytes >> 10,
          stats.externalBytes >> 10,
          stats.bytesPromoted() >> 10,
          stats.bytesFreed >> 10,
          pause / 1e6);
    }
    commitPauseEvent(kind.name());
  }

  /**
   * Leaves the pause begun by {@link #begin} (in a {@code finally}, so a failure cannot wedge it).
   */
  void leave() {
    inPause = false;
  }

  /** Copies the spaces' current usage into the statistics. */
  void recordUsage() {
    stats.recordUsage(
        young.usedBytes(),
        old.usedBytes(),
        old.largeObjectBytes(),
        old.freedBytes(),
        externals.bytes());
  }

  private void commitPauseEvent(String kind) {
    GcPauseEvent event = pauseEvent;
    if (event != null) {
      pauseEvent = null;
      event.end();
      event.kind = kind;
      event.youngUsedBytes = stats.youngUsedBytes;
      event.oldUsedBytes = stats.oldUsedBytes;
      event.bytesPromoted = stats.bytesPromoted();
      event.bytesFreed = stats.bytesFreed;
      event.commit();
    }
  }
}
