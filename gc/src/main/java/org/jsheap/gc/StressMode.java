package org.jsheap.gc;

import java.util.Locale;

/**
 * GC stress settings: force collections at allocation points, verify the heap after every
 * collection and poison freed memory, so a reference held across an allocation without a root fails
 * loudly.
 *
 * @param minorEvery scavenge every this many allocations (0: off)
 * @param majorEvery start a full or incremental old-generation collection every this many
 *     allocations (0: off)
 * @param randomSeed when non-zero, intervals are drawn at random (uniform in 1..2N) from this seed
 * @param verify run the heap verifier after every collection
 * @param poison overwrite from-space and freed cells with {@link ValueCodec#POISON}
 */
public record StressMode(
    int minorEvery, int majorEvery, long randomSeed, boolean verify, boolean poison) {

  /** No forced collections, no verification, no poisoning. */
  public static final StressMode NONE = new StressMode(0, 0, 0, false, false);

  public StressMode {
    if (minorEvery < 0) {
      throw new IllegalArgumentException(
          "GC stress option 'minor' must not be negative: " + minorEvery);
    }
    if (majorEvery < 0) {
      throw new IllegalArgumentException(
          "GC stress option 'major' must not be negative: " + majorEvery);
    }
  }

  /** Whether any forced collection is configured. */
  public boolean forcesCollections() {
    return minorEvery > 0 || majorEvery > 0;
  }

  /** Verification and poisoning without forced collections. */
  public static StressMode verifyOnly() {
    return new StressMode(0, 0, 0, true, true);
  }

  /** Reads {@link HeapConfig#STRESS_PROPERTY}; {@link #NONE} when it is unset or empty. */
  public static StressMode fromSystemProperty() {
    String spec = System.getProperty(HeapConfig.STRESS_PROPERTY, "");
    return spec.isBlank() ? NONE : parse(spec);
  }

  /**
   * Parses a comma-separated specification such as {@code
   * minor=7,major=97,random=42,verify,poison}.
   *
   * @throws IllegalArgumentException for unknown keys or bad numbers
   */
  public static StressMode parse(String spec) {
    int minor = 0;
    int major = 0;
    long seed = 0;
    boolean verify = false;
    boolean poison = false;
    for (String part : spec.split(",")) {
      String item = part.trim().toLowerCase(Locale.ROOT);
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String key = eq < 0 ? item : item.substring(0, eq);
      String value = eq < 0 ? null : item.substring(eq + 1);
      try {
        switch (key) {
          case "minor" -> minor = Integer.parseInt(require(key, value));
          case "major" -> major = Integer.parseInt(require(key, value));
          case "random" -> seed = Long.parseLong(require(key, value));
          case "verify" -> verify = true;
          case "poison" -> poison = true;
          default ->
              throw new IllegalArgumentException(
                  "unknown GC stress option '" + key + "' in '" + spec + "'");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "GC stress option '" + key + "' needs a number, got '" + value + "'", e);
      }
    }
    return new StressMode(minor, major, seed, verify, poison);
  }

  private static String require(String key, String value) {
    if (value == null) {
      throw new IllegalArgumentException("GC stress option '" + key + "' needs a value");
    }
    return value;
  }
}
