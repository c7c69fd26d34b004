package org.jsheap.tests.test262;

import java.util.ArrayList;
import java.util.List;

/**
 * The front matter of a test262 file (between {@code /*---} and {@code ---*}{@code /}): the harness
 * files it includes, its flags, and for a negative test the phase and error type it expects. Only
 * the YAML forms test262 uses are read: {@code key: [a, b]}, block lists ({@code - a}) and the
 * {@code negative:} map.
 */
public record Test262Metadata(
    List<String> includes, List<String> flags, String negativePhase, String negativeType) {

  /** Whether the test has {@code flag}. */
  public boolean has(String flag) {
    return flags.contains(flag);
  }

  /** Whether the test expects an error. */
  public boolean negative() {
    return negativeType != null;
  }

  /** Reads the front matter of {@code source}; a file without one has no includes and no flags. */
  public static Test262Metadata parse(String source) {
    List<String> includes = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    String phase = null;
    String type = null;
    int start = source.indexOf("/*---");
    int end = start < 0 ? -1 : source.indexOf("---*/", start);
    if (end < 0) {
      return new Test262Metadata(includes, flags, null, null);
    }
    String key = null;
    for (String raw : source.substring(start + 5, end).split("\n")) {
      String line = raw.stripTrailing();
      if (line.isBlank()) {
        continue;
      }
      boolean indented = Character.isWhitespace(line.charAt(0));
      String trimmed = line.strip();
      if (!indented) {
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
          key = null;
          continue;
        }
        key = trimmed.substring(0, colon).strip();
        String value = trimmed.substring(colon + 1).strip();
        if (value.startsWith("[")) {
          List<String> target = listFor(key, includes, flags);
          if (target != null) {
            for (String item : value.replace("[", "").replace("]", "").split(",")) {
              if (!item.isBlank()) {
                target.add(item.strip());
              }
            }
          }
        }
      } else if (key != null && trimmed.startsWith("- ")) {
        List<String> target = listFor(key, includes, flags);
        if (target != null) {
          target.add(trimmed.substring(2).strip());
        }
      } else if ("negative".equals(key) && trimmed.contains(":")) {
        int colon = trimmed.indexOf(':');
        String k = trimmed.substring(0, colon).strip();
        String v = trimmed.substring(colon + 1).strip();
        if (k.equals("phase")) {
          phase = v;
        } else if (k.equals("type")) {
          type = v;
        }
      }
    }
    return new Test262Metadata(includes, flags, phase, type);
  }

  private static List<String> listFor(String key, List<String> includes, List<String> flags) {
    return switch (key) {
      case "includes" -> includes;
      case "flags" -> flags;
      default -> null;
    };
  }
}
