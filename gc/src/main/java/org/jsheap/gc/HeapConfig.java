package org.jsheap.gc;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Immutable heap configuration. Build one with {@link #builder()}, which starts from defaults and
 * from the {@code jsheap.gc.stress} and {@code jsheap.gc.log} system properties, so a whole test
 * suite can be rerun in stress mode without code changes.
 *
 * <p>Sizes: {@code maxHeapBytes} is the hard limit on the heap's reservation and covers both young
 * semispaces and the old generation; {@code semispaceBytes} is the size of one young semispace.
 */
public final class HeapConfig {
  /** System property holding a stress specification, see {@link StressMode#parse}. */
  public static final String STRESS_PROPERTY = "jsheap.gc.stress";

  /**
   * System property naming the default {@link MarkingMode} ({@code concurrent}, {@code
   * incremental}, {@code stop-the-world}); unset: incremental.
   */
  public static final String MARKING_PROPERTY = "jsheap.gc.marking";

  /** System property that, when {@code true}, prints one log line per collection to stderr. */
  public static final String LOG_PROPERTY = "jsheap.gc.log";

  /** Smallest semispace accepted. */
  public static final long MIN_SEMISPACE_BYTES = 64 * 1024;

  /** Smallest old generation accepted. */
  public static final long MIN_OLD_BYTES = 256 * 1024;

  private final long maxHeapBytes;
  private final long semispaceBytes;
  private final int promotionAge;
  private final MarkingMode marking;
  private final long markingStepBytes;
  private final StressMode stress;
  private final PrintStream gcLog;

  private HeapConfig(Builder b) {
    this.maxHeapBytes = b.maxHeapBytes;
    this.semispaceBytes = b.semispaceBytes;
    this.promotionAge = b.promotionAge;
    this.marking = b.marking;
    this.markingStepBytes = b.markingStepBytes;
    this.stress = b.stress;
    this.gcLog = b.gcLog;
  }

  public long maxHeapBytes() {
    return maxHeapBytes;
  }

  public long semispaceBytes() {
    return semispaceBytes;
  }

  /** Bytes available to the old generation (mark-sweep and large-object spaces together). */
  public long oldGenerationBytes() {
    return maxHeapBytes - 2 * semispaceBytes - Heap.RESERVED_PREFIX_BYTES;
  }

  /** Number of scavenges an object survives in the young generation before it is promoted. */
  public int promotionAge() {
    return promotionAge;
  }

  /**
   * Whether old-generation collections mark while the mutator runs (incrementally or concurrently)
   * rather than stop-the-world.
   */
  public boolean incrementalMarking() {
    return marking != MarkingMode.STOP_THE_WORLD;
  }

  /** How old-generation cycles mark, as configured (see {@link MarkingMode#CONCURRENT}). */
  public MarkingMode marking() {
    return marking;
  }

  /** Bytes the mutator allocates between two incremental marking steps. */
  public long markingStepBytes() {
    return markingStepBytes;
  }

  public StressMode stress() {
    return stress;
  }

  /** Where per-collection log lines go, or null for none. */
  public PrintStream gcLog() {
    return gcLog;
  }

  /** A builder starting from the defaults and the stress/log system properties. */
  public static Builder builder() {
    return new Builder();
  }

  /** Defaults plus system properties. */
  public static HeapConfig defaults() {
    return builder().build();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "HeapConfig[max=%d, semispace=%d, promotionAge=%d, marking=%s, stress=%s]",
        maxHeapBytes,
        semispaceBytes,
        promotionAge,
        marking,
        stress);
  }

  /** Builds a {@link HeapConfig}; {@link #build()} validates the combination. */
  public static final class Builder {
    private long maxHeapBytes = 256L * 1024 * 1024;
    private long semispaceBytes = 4L * 1024 * 1024;
    private int promotionAge = 2;
    private MarkingMode marking = markingFromSystemProperty();
    private long markingStepBytes = 256 * 1024;
    private StressMode stress = StressMode.fromSystemProperty();
    private PrintStream gcLog = Boolean.getBoolean(LOG_PROPERTY) ? System.err : null;

    private Builder() {}

    public Builder maxHeapBytes(long bytes) {
      this.maxHeapBytes = bytes;
      return this;
    }

    public Builder semispaceBytes(long bytes) {
      this.semispaceBytes = bytes;
      return this;
    }

    public Builder promotionAge(int age) {
      this.promotionAge = age;
      return this;
    }

    /** True: {@link MarkingMode#INCREMENTAL}; false: {@link MarkingMode#STOP_THE_WORLD}. */
    public Builder incrementalMarking(boolean enabled) {
      this.marking = enabled ? MarkingMode.INCREMENTAL : MarkingMode.STOP_THE_WORLD;
      return this;
    }

    public Builder marking(MarkingMode mode) {
      this.marking = Objects.requireNonNull(mode, "marking");
      return this;
    }

    private static MarkingMode markingFromSystemProperty() {
      String value = System.getProperty(MARKING_PROPERTY);
      return value == null || value.isBlank() ? MarkingMode.INCREMENTAL : MarkingMode.parse(value);
    }

    public Builder markingStepBytes(long bytes) {
      this.markingStepBytes = bytes;
      return this;
    }

    public Builder stress(StressMode mode) {
      this.stress = Objects.requireNonNull(mode, "stress");
      return this;
    }

    /** Print one line per collection to {@code out}; null turns logging off. */
    public Builder gcLog(PrintStream out) {
      this.gcLog = out;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the option whose value makes no sense
     */
    public HeapConfig build() {
      if (semispaceBytes < MIN_SEMISPACE_BYTES || semispaceBytes % 4096 != 0) {
        throw new IllegalArgumentException(
            "semispaceBytes must be a multiple of 4096 and at least "
                + MIN_SEMISPACE_BYTES
                + ", got "
                + semispaceBytes);
      }
      if (maxHeapBytes % 4096 != 0) {
        throw new IllegalArgumentException(
            "maxHeapBytes must be a multiple of 4096, got " + maxHeapBytes);
      }
      long old = maxHeapBytes - 2 * semispaceBytes - Heap.RESERVED_PREFIX_BYTES;
      if (maxHeapBytes <= 0 || old < MIN_OLD_BYTES) {
        throw new IllegalArgumentException(
            "maxHeapBytes "
                + maxHeapBytes
                + " leaves "
                + old
                + " bytes for the old generation after two semispaces of "
                + semispaceBytes
                + "; need at least "
                + MIN_OLD_BYTES);
      }
      if (maxHeapBytes > (1L << 40)) {
        throw new IllegalArgumentException("maxHeapBytes above 1 TiB: " + maxHeapBytes);
      }
      if (promotionAge < 1 || promotionAge > ObjectHeader.MAX_AGE) {
        throw new IllegalArgumentException(
            "promotionAge must be in 1.." + ObjectHeader.MAX_AGE + ", got " + promotionAge);
      }
      if (markingStepBytes < 1024) {
        throw new IllegalArgumentException(
            "markingStepBytes must be at least 1024, got " + markingStepBytes);
      }
      return new HeapConfig(this);
    }
  }
}
