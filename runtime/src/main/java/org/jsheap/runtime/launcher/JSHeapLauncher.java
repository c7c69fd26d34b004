package org.jsheap.runtime.launcher;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptor;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Language;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;

/**
 * {@code bin/jsheap [options] file.js [more.js ...]}: runs the files in order in one global scope
 * of one {@link Context}. Options are Truffle options passed through (see {@link
 * LauncherArguments}); {@code --help} lists the language's options.
 *
 * <p>Exit status: 0 on success; {@value #EXIT_GUEST_ERROR} on a syntax error or an uncaught
 * exception (reported by {@link ErrorReport}); {@value #EXIT_USAGE} on a bad command line, an
 * unknown option or an unreadable file; {@value #EXIT_INTERNAL} on an internal error of the
 * language (the only case that prints a Java stack trace); the script's own status when it exits.
 */
public final class JSHeapLauncher {
  /** The language the launcher runs. */
  public static final String LANGUAGE_ID = "jsheap";

  static final int EXIT_GUEST_ERROR = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INTERNAL = 70;

  static final String USAGE = "usage: jsheap [options] file.js [more.js ...]   (jsheap --help)";

  private final String languageId;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  /** A launcher for {@code languageId} on the given streams (tests use another language id). */
  public JSHeapLauncher(String languageId, InputStream in, PrintStream out, PrintStream err) {
    this.languageId = languageId;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** The command-line entry point. */
  public static void main(String[] args) {
    int status = new JSHeapLauncher(LANGUAGE_ID, System.in, System.out, System.err).run(args);
    System.out.flush();
    System.exit(status);
  }

  /** Runs one command line and returns the exit status. */
  public int run(String[] args) {
    LauncherArguments arguments = LauncherArguments.parse(args);
    if (arguments.error() != null) {
      err.println("jsheap: " + arguments.error());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    if (arguments.help()) {
      return help();
    }
    Context.Builder builder =
        Context.newBuilder(languageId)
            .in(in)
            .out(out)
            .err(err)
            .allowIO(IOAccess.ALL)
            .allowExperimentalOptions(true)
            .options(arguments.options());
    Context context;
    try {
      context = builder.build();
    } catch (IllegalArgumentException | PolyglotException e) {
      err.println("jsheap: " + e.getMessage());
      return EXIT_USAGE;
    }
    try (context) {
      try {
        context.initialize(languageId);
      } catch (IllegalArgumentException | PolyglotException e) {
        // A missing language, or a language that rejects an option value while it starts.
        err.println("jsheap: cannot start " + languageId + ": " + firstLine(e.getMessage()));
        return EXIT_USAGE;
      }
      return runFiles(context, arguments.files());
    }
  }

  private int runFiles(Context context, List<String> files) {
    for (String file : files) {
      Source source;
      try {
        source = Source.newBuilder(languageId, new File(file)).name(file).build();
      } catch (IOException e) {
        err.println("jsheap: cannot read " + file + ": " + e.getMessage());
        return EXIT_USAGE;
      }
      try {
        context.eval(source);
      } catch (PolyglotException e) {
        return report(e);
      }
    }
    return 0;
  }

  private int report(PolyglotException e) {
    if (e.isExit()) {
      return e.getExitStatus();
    }
    if (e.isInternalError()) {
      err.println("jsheap: internal error: " + e.getMessage());
      e.printStackTrace(err);
      return EXIT_INTERNAL;
    }
    err.print(ErrorReport.format(e));
    return EXIT_GUEST_ERROR;
  }

  private int help() {
    try (Engine engine = Engine.newBuilder().out(out).err(err).build()) {
      Language language = engine.getLanguages().get(languageId);
      if (language == null) {
        err.println(
            "jsheap: language '"
                + languageId
                + "' is not installed (installed: "
                + engine.getLanguages().keySet()
                + ")");
        return EXIT_USAGE;
      }
      out.println(USAGE);
      out.println("Runs the files in order in one global scope of " + language.getName() + ".");
      out.println();
      out.println("Options (Truffle options, the same as Context.Builder.option):");
      out.println(line("--help", "print this list"));
      List<OptionDescriptor> descriptors = new ArrayList<>();
      language.getOptions().forEach(descriptors::add);
      descriptors.sort(Comparator.comparing(OptionDescriptor::getName));
      for (OptionDescriptor d : descriptors) {
        if (d.isDeprecated() || d.getCategory() == OptionCategory.INTERNAL) {
          continue;
        }
        String syntax = d.getUsageSyntax();
        String flag =
            "--" + d.getName() + "=" + (syntax == null || syntax.isEmpty() ? "<value>" : syntax);
        out.println(line(flag, d.getHelp()));
      }
      return 0;
    }
  }

  /**
   * The first line of a message, without the Java class name that an internal exception's text
   * starts with ({@code java.lang.IllegalArgumentException: }): the user sees the reason alone.
   */
  static String firstLine(String message) {
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("");
    return line.replaceFirst("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
  }

  private static String line(String flag, String help) {
    return String.format("  %-40s %s", flag, help);
  }
}
