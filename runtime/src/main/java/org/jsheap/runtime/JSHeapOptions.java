package org.jsheap.runtime;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/** Language options: {@code --jsheap.MaxHeapSize=32m} and friends. */
@Option.Group(JSHeapLanguage.ID)
public final class JSHeapOptions {
  private JSHeapOptions() {}

  @Option(
      help = "Largest heap in bytes, with an optional k/m/g suffix (e.g. 32m).",
      category = OptionCategory.USER,
      stability = OptionStability.STABLE)
  public static final OptionKey<String> MaxHeapSize = new OptionKey<>("256m");

  @Option(
      help = "Size of one nursery semispace in bytes, with an optional k/m/g suffix (e.g. 1m).",
      category = OptionCategory.USER,
      stability = OptionStability.STABLE)
  public static final OptionKey<String> YoungSize = new OptionKey<>("4m");

  @Option(
      help =
          "GC stress mode, as the jsheap.gc.stress system property"
              + " (e.g. minor=7,major=97,random=1,verify,poison); empty: the system property;"
              + " none: no stress.",
      category = OptionCategory.EXPERT,
      stability = OptionStability.STABLE)
  public static final OptionKey<String> GcStress = new OptionKey<>("");

  @Option(
      help =
          "How old-generation collections mark: concurrent (a marker thread), incremental or"
              + " stop-the-world; empty: the jsheap.gc.marking system property, else incremental.",
      category = OptionCategory.EXPERT,
      stability = OptionStability.STABLE)
  public static final OptionKey<String> Marking = new OptionKey<>("");

  @Option(
      help = "Print one line per garbage collection to the error stream.",
      category = OptionCategory.USER,
      stability = OptionStability.STABLE)
  public static final OptionKey<Boolean> GcLog = new OptionKey<>(false);

  @Option(
      help = "Deepest JavaScript call nesting before a RangeError.",
      category = OptionCategory.EXPERT,
      stability = OptionStability.STABLE)
  public static final OptionKey<Integer> MaxCallDepth = new OptionKey<>(4000);

  /** Parses a size such as {@code 32m}, {@code 512k}, {@code 1g} or plain bytes. */
  public static long parseSize(String option, String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    long factor = 1;
    if (t.endsWith("k")) {
      factor = 1024;
    } else if (t.endsWith("m")) {
      factor = 1024 * 1024;
    } else if (t.endsWith("g")) {
      factor = 1024L * 1024 * 1024;
    }
    if (factor != 1) {
      t = t.substring(0, t.length() - 1);
    }
    try {
      long v = Long.parseLong(t);
      if (v <= 0) {
        throw new NumberFormatException();
      }
      return Math.multiplyExact(v, factor);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "--" + JSHeapLanguage.ID + "." + option + ": not a size: " + text, e);
    }
  }
}
