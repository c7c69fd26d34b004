package org.jsheap.tests.js;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs one JavaScript program in a fresh context and returns everything it printed (stdout and
 * stderr in one stream), followed by a line {@code Uncaught <message>} when it ends with an
 * uncaught error, so an error is part of the compared output rather than a test crash. A program
 * that runs longer than the time limit (60 s) is cancelled and yields {@code Timeout after 60 s}.
 */
public final class ProgramRunner implements AutoCloseable {
  private static final long TIME_LIMIT_SECONDS = 60;

  /** The output line of a program cancelled at the time limit. */
  public static final String TIMEOUT = "Timeout";

  private final Engine engine;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "js-watchdog");
            t.setDaemon(true);
            return t;
          });

  /** A runner whose contexts share {@code engine} (null: each context gets its own engine). */
  public ProgramRunner(Engine engine) {
    this.engine = engine;
  }

  /** Runs {@code code} named {@code name} on {@code language} with extra context options. */
  public String run(String language, String name, String code, Map<String, String> options) {
    String output =
        BoundedRun.call(
            "js-program", () -> runHere(language, name, code, options), TIME_LIMIT_SECONDS + 5);
    return output != null
        ? output
        : TIMEOUT + " after " + TIME_LIMIT_SECONDS + " s (not cancellable)\n";
  }

  private String runHere(String language, String name, String code, Map<String, String> options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Context.Builder builder =
        Context.newBuilder(language)
            .out(out)
            .err(out)
            .allowExperimentalOptions(true)
            .options(options);
    if (engine != null) {
      builder.engine(engine);
    }
    Context context = builder.build();
    ScheduledFuture<?> timeout =
        watchdog.schedule(() -> context.close(true), TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
    try {
      context.eval(Source.newBuilder(language, code, name).buildLiteral());
    } catch (PolyglotException e) {
      if (e.isCancelled()) {
        out.println(TIMEOUT + " after " + TIME_LIMIT_SECONDS + " s");
      } else if (e.isInternalError()) {
        out.println("Internal error " + e);
      } else {
        out.println("Uncaught " + withoutStackLines(e.getMessage()));
      }
    } finally {
      timeout.cancel(false);
      try {
        context.close();
      } catch (PolyglotException e) {
        // cancelled by the watchdog: already reported
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The message without the {@code at ...} lines some languages append to it (GraalJS does not), so
   * that an uncaught error compares by its message alone.
   */
  static String withoutStackLines(String message) {
    StringBuilder kept = new StringBuilder();
    for (String line : String.valueOf(message).strip().split("\n")) {
      if (!line.matches("\\s+at .*")) {
        kept.append(kept.isEmpty() ? "" : "\n").append(line);
      }
    }
    return kept.toString();
  }

  /**
   * Closes {@code engine} unless an abandoned program still runs in it (then it is left to die).
   */
  public static void closeEngine(Engine engine) {
    try {
      engine.close();
    } catch (IllegalStateException | PolyglotException e) {
      // an abandoned, uncancellable program still holds a context of this engine
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
