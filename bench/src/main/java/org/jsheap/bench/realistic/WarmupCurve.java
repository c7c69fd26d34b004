package org.jsheap.bench.realistic;

import java.util.Arrays;
import java.util.Locale;

/**
 * The time of every run of a program in one trial, with the trial time at which it ended, to tell
 * the first run's time and how long the engine takes to reach its peak.
 */
public final class WarmupCurve {
  /** Runs in the sliding window that must reach the peak. */
  static final int WINDOW = 10;

  /** How close to the peak (its median run time) the window's median must come. */
  static final double TOLERANCE = 1.10;

  private final long start;
  private long[] durations = new long[1024];
  private long[] ends = new long[1024];
  private int size;
  private int measuredFrom = -1;

  /** A curve whose trial started at {@code startNanos} ({@link System#nanoTime}). */
  public WarmupCurve(long startNanos) {
    this.start = startNanos;
  }

  /** Records a run that took {@code nanos} and ended at {@code endNanos}. */
  public void add(long nanos, long endNanos) {
    if (size == durations.length) {
      durations = Arrays.copyOf(durations, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
    }
    durations[size] = nanos;
    ends[size] = endNanos - start;
    size++;
  }

  /** Marks the runs from now on as the measured (peak) ones, at the first measurement iteration. */
  public void startMeasuring() {
    if (measuredFrom < 0) {
      measuredFrom = size;
    }
  }

  /** Median of the measured runs (all runs if no measurement started), nanoseconds. */
  public long peakNanos() {
    int from = measuredFrom < 0 || measuredFrom == size ? 0 : measuredFrom;
    return median(from, size);
  }

  /**
   * Trial time (nanoseconds since the start) at the end of the first window of {@link #WINDOW} runs
   * whose median is within {@link #TOLERANCE} of the peak; -1 if none.
   */
  public long timeToPeakNanos() {
    long peak = peakNanos();
    for (int i = 0; i + WINDOW <= size; i++) {
      if (median(i, i + WINDOW) <= peak * TOLERANCE) {
        return ends[i + WINDOW - 1];
      }
    }
    return -1;
  }

  /** Runs recorded. */
  public int size() {
    return size;
  }

  private long median(int from, int to) {
    if (to <= from) {
      return 0;
    }
    long[] copy = Arrays.copyOfRange(durations, from, to);
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }

  @Override
  public String toString() {
    long toPeak = timeToPeakNanos();
    return String.format(
        Locale.ROOT,
        "%d runs, peak (median of measured runs) %.3f ms, time to peak %s",
        size,
        peakNanos() / 1e6,
        toPeak < 0 ? "not reached" : String.format(Locale.ROOT, "%.2f s", toPeak / 1e9));
  }
}
