package org.jsheap.bench.gc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Serial young collection from HotSpot's {@code -Xlog:gc,gc+heap=info} lines:
 *
 * <pre>
 * [..][info][gc,heap] GC(3) DefNew: 59008K(59008K)->6528K(59008K) Eden: ...
 * [..][info][gc,heap] GC(3) Tenured: 21972K(458752K)->74421K(458752K)
 * [..][info][gc     ] GC(3) Pause Young (Allocation Failure) 78M->78M(505M) 21.512ms
 * </pre>
 *
 * Bytes copied = young used after (survivor space) + old growth (promoted); the young used before
 * says how much of it survived. Lines of other collections (full ones) are ignored.
 */
final class HotSpotGcLog {
  private static final Pattern DEF_NEW =
      Pattern.compile("GC\\((\\d+)\\) DefNew: (\\d+)K\\(\\d+K\\)->(\\d+)K");
  private static final Pattern TENURED =
      Pattern.compile("GC\\((\\d+)\\) Tenured: (\\d+)K\\(\\d+K\\)->(\\d+)K");
  private static final Pattern PAUSE_YOUNG =
      Pattern.compile("GC\\((\\d+)\\) Pause Young .* ([0-9.]+)ms");

  /** One young collection: bytes in the young generation before it, bytes it copied, its pause. */
  record YoungPause(long youngBeforeBytes, long copiedBytes, long pauseNanos) {
    /** Fraction of the young generation's bytes that survived. */
    double survival() {
      return (double) copiedBytes / youngBeforeBytes;
    }
  }

  private long youngBefore = -1;
  private long youngAfter;
  private long tenuredGrowth;
  private boolean sawTenured;
  private YoungPause last;

  /** Feeds one log line; returns true when it completed a young collection ({@link #last}). */
  boolean accept(String line) {
    Matcher m = DEF_NEW.matcher(line);
    if (m.find()) {
      youngBefore = Long.parseLong(m.group(2)) << 10;
      youngAfter = Long.parseLong(m.group(3)) << 10;
      sawTenured = false;
      return false;
    }
    m = TENURED.matcher(line);
    if (m.find()) {
      tenuredGrowth = (Long.parseLong(m.group(3)) - Long.parseLong(m.group(2))) << 10;
      sawTenured = true;
      return false;
    }
    m = PAUSE_YOUNG.matcher(line);
    if (m.find()) {
      if (youngBefore < 0 || !sawTenured) {
        throw new IllegalStateException("a young pause without its heap lines: " + line);
      }
      long nanos = Math.round(Double.parseDouble(m.group(2)) * 1e6);
      last = new YoungPause(youngBefore, youngAfter + tenuredGrowth, nanos);
      youngBefore = -1;
      return true;
    }
    return false;
  }

  YoungPause last() {
    return last;
  }
}
