package org.jsheap.gc;

import java.util.Locale;

/**
 * How an old-generation cycle marks (the {@code marking} heap option; the JS launcher's {@code
 * --jsheap.Marking=}).
 */
public enum MarkingMode {
  /**
   * A marker thread traces the old generation while the mutator runs; the mutator pays the write
   * barrier and a final pause. Falls back to {@link #INCREMENTAL} on a machine with one processor.
   */
  CONCURRENT,
  /** Marking steps on the mutator thread, interleaved with allocation, then a final pause. */
  INCREMENTAL,
  /** The whole marking in one pause. */
  STOP_THE_WORLD;

  /**
   * Parses {@code concurrent}, {@code incremental} or {@code stop-the-world} (any case).
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static MarkingMode parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "concurrent" -> CONCURRENT;
      case "incremental" -> INCREMENTAL;
      case "stop-the-world", "stw" -> STOP_THE_WORLD;
      default ->
          throw new IllegalArgumentException(
              "marking mode must be concurrent, incremental or stop-the-world, got '" + text + "'");
    };
  }

  /** The mode a heap runs: {@link #CONCURRENT} needs a second processor, else incremental. */
  MarkingMode effective(int processors) {
    return this == CONCURRENT && processors < 2 ? INCREMENTAL : this;
  }
}
