package org.jsheap.bench.realistic;

import java.util.List;
import java.util.Locale;

/** Count, maximum, root mean square and total of a set of pause durations (nanoseconds). */
public record PauseStats(int count, long maxNanos, double rmsNanos, long totalNanos) {
  /** No pauses. */
  public static final PauseStats NONE = new PauseStats(0, 0, 0, 0);

  /** The statistics of {@code pauses}. */
  public static PauseStats of(List<Long> pauses) {
    long max = 0;
    long total = 0;
    double squares = 0;
    for (long p : pauses) {
      max = Math.max(max, p);
      total += p;
      squares += (double) p * p;
    }
    return pauses.isEmpty()
        ? NONE
        : new PauseStats(pauses.size(), max, Math.sqrt(squares / pauses.size()), total);
  }

  /** These pauses and {@code other}'s, as one set. */
  public PauseStats plus(PauseStats other) {
    int n = count + other.count;
    if (n == 0) {
      return NONE;
    }
    double squares = rmsNanos * rmsNanos * count + other.rmsNanos * other.rmsNanos * other.count;
    return new PauseStats(
        n,
        Math.max(maxNanos, other.maxNanos),
        Math.sqrt(squares / n),
        totalNanos + other.totalNanos);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d pauses, max %.3f ms, rms %.3f ms, total %.1f ms",
        count,
        maxNanos / 1e6,
        rmsNanos / 1e6,
        totalNanos / 1e6);
  }
}
