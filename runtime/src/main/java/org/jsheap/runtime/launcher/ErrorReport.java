package org.jsheap.runtime.launcher;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.PolyglotException.StackFrame;
import org.graalvm.polyglot.SourceSection;
import org.jsheap.runtime.objects.Errors;

/**
 * The text the launcher prints for a guest error (a syntax error or an uncaught exception): a first
 * line {@code file:line:column: message}, then one line per JavaScript frame, innermost first,
 * {@code at name (file:line:column)}. Host (Java) frames are left out: a JavaScript error never
 * shows a Java stack trace. At most {@link Errors#FRAME_LIMIT} frames are printed (the limit of an
 * error's {@code stack}); a last line {@code ... N more} counts the rest, so a stack overflow does
 * not print thousands of lines.
 */
public final class ErrorReport {
  private ErrorReport() {}

  /** Formats {@code error}; each line ends with a newline. */
  public static String format(PolyglotException error) {
    StringBuilder text = new StringBuilder();
    String where = location(error.getSourceLocation());
    if (where == null) {
      where = firstGuestLocation(error);
    }
    if (where != null) {
      text.append(where).append(": ");
    }
    String message = withoutStackLines(error.getMessage());
    text.append(message.isEmpty() ? "uncaught exception" : message);
    text.append('\n');
    int printed = 0;
    int omitted = 0;
    for (StackFrame frame : error.getPolyglotStackTrace()) {
      if (!frame.isGuestFrame()) {
        continue;
      }
      if (printed == Errors.FRAME_LIMIT) {
        omitted++;
        continue;
      }
      printed++;
      String name = frame.getRootName();
      String at = location(frame.getSourceLocation());
      at = at == null ? "unknown location" : at;
      if (name != null && name.startsWith(":")) {
        // a script's top level (":program"), printed as V8 does: the location alone
        text.append("    at ").append(at).append('\n');
        continue;
      }
      text.append("    at ").append(name == null || name.isEmpty() ? "<anonymous>" : name);
      text.append(" (").append(at).append(")\n");
    }
    if (omitted > 0) {
      text.append("    ... ").append(omitted).append(" more\n");
    }
    return text.toString();
  }

  /** The message without the {@code at ...} lines a language may append (the frames follow). */
  static String withoutStackLines(String message) {
    if (message == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder();
    for (String line : message.strip().split("\n")) {
      if (!line.matches("\\s+at .*")) {
        kept.append(kept.isEmpty() ? "" : "\n").append(line);
      }
    }
    return kept.toString();
  }

  private static String firstGuestLocation(PolyglotException error) {
    for (StackFrame frame : error.getPolyglotStackTrace()) {
      String at = frame.isGuestFrame() ? location(frame.getSourceLocation()) : null;
      if (at != null) {
        return at;
      }
    }
    return null;
  }

  /** {@code name:line:column} of a section, or {@code null} when there is none. */
  static String location(SourceSection section) {
    if (section == null) {
      return null;
    }
    String name = section.getSource().getName();
    if (!section.isAvailable()) {
      return name;
    }
    return name + ":" + section.getStartLine() + ":" + section.getStartColumn();
  }
}
