package org.jsheap.runtime.launcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line of {@code bin/jsheap [options] file.js [more.js ...]}.
 *
 * <p>Options come before the files. {@code --help} (or {@code -h}) asks for the option list; every
 * other option has the form {@code --group.Name=value} (or {@code --group.Name}, meaning {@code
 * true}) and is handed to the polyglot engine unchanged, so {@code --jsheap.MaxHeapSize=32m} here
 * is {@code Context.Builder.option("jsheap.MaxHeapSize", "32m")}. {@code --} ends the options.
 *
 * @param help whether {@code --help} was given
 * @param options the polyglot options in command-line order
 * @param files the script files in the order they run
 * @param error a usage error, or {@code null} when the command line is well formed
 */
public record LauncherArguments(
    boolean help, Map<String, String> options, List<String> files, String error) {

  /** Parses {@code args}; never throws: a malformed command line yields {@link #error()}. */
  public static LauncherArguments parse(String[] args) {
    boolean help = false;
    Map<String, String> options = new LinkedHashMap<>();
    List<String> files = new ArrayList<>();
    int i = 0;
    for (; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        i++;
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        break;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        help = true;
        continue;
      }
      String option = optionName(arg);
      if (option == null) {
        return failure("unknown option " + arg + " (options look like --jsheap.Name=value)");
      }
      int eq = arg.indexOf('=');
      options.put(option, eq < 0 ? "true" : arg.substring(eq + 1));
    }
    for (; i < args.length; i++) {
      files.add(args[i]);
    }
    if (!help && files.isEmpty()) {
      return failure("no script file given");
    }
    return new LauncherArguments(
        help, Collections.unmodifiableMap(options), List.copyOf(files), null);
  }

  private static LauncherArguments failure(String message) {
    return new LauncherArguments(false, Map.of(), List.of(), message);
  }

  /** The option key of {@code --group.Name[=value]}, or {@code null} if {@code arg} is not one. */
  private static String optionName(String arg) {
    if (!arg.startsWith("--")) {
      return null;
    }
    int eq = arg.indexOf('=');
    String key = arg.substring(2, eq < 0 ? arg.length() : eq);
    int dot = key.indexOf('.');
    if (dot <= 0 || dot == key.length() - 1) {
      return null;
    }
    return key;
  }
}
