package org.jsheap.tests.test262;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.jsheap.tests.js.BoundedRun;

/**
 * Runs test262 tests one at a time, each in a fresh context of one shared {@link Engine}, as the
 * suite's INTERPRETING.md says: unless {@code raw}, the harness ({@code assert.js}, {@code sta.js},
 * the {@code includes}) runs first, then the test; {@code onlyStrict} tests run with {@code "use
 * strict";} prepended, all others sloppy only; a host object {@code $262} has {@code global} and
 * {@code evalScript} (an indirect eval). A negative test passes only when it throws an error of the
 * expected type. A test that runs past the time limit is cancelled and fails; one that cannot be
 * cancelled (a builtin looping without a safepoint poll) is abandoned on its thread ({@link
 * BoundedRun}).
 */
public final class Test262Runner implements AutoCloseable {
  /** The outcome of one test: null reason means it passed. */
  public record Outcome(String test, String failure) {
    /** Whether the test passed. */
    public boolean passed() {
      return failure == null;
    }
  }

  private static final String HOST_PRELUDE =
      "var $262 = { global: this, evalScript: function (src) { return (0, eval)(src); },"
          + " gc: function () {}, agent: {} };";

  /** The default time limit of one test. */
  public static final long DEFAULT_TIME_LIMIT_SECONDS = 60;

  private final String language;
  private final Path root;
  private final long timeLimitSeconds;
  private static final long GRACE_SECONDS = 5;
  private volatile boolean abandoned;
  private final Engine engine;
  private final Map<String, Source> harness = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "test262-watchdog");
            t.setDaemon(true);
            return t;
          });

  /** A runner of {@code language} over the suite at {@code root}. */
  public Test262Runner(String language, Path root) {
    this(language, root, DEFAULT_TIME_LIMIT_SECONDS);
  }

  /** A runner whose tests are cancelled after {@code timeLimitSeconds}. */
  public Test262Runner(String language, Path root, long timeLimitSeconds) {
    this.language = language;
    this.root = root;
    this.timeLimitSeconds = timeLimitSeconds;
    this.engine = Engine.newBuilder(language).err(OutputStream.nullOutputStream()).build();
  }

  /** Runs the test at {@code relative} (a path of {@code tests.txt}, e.g. {@code test/...js}). */
  public Outcome run(String relative) {
    Outcome outcome =
        BoundedRun.call("test262", () -> runHere(relative), timeLimitSeconds + GRACE_SECONDS);
    if (outcome == null) {
      abandoned = true;
      return new Outcome(relative, "timeout after " + timeLimitSeconds + " s (not cancellable)");
    }
    return outcome;
  }

  private Outcome runHere(String relative) {
    String code;
    try {
      code = Files.readString(root.resolve(relative));
    } catch (IOException e) {
      return new Outcome(relative, "cannot read: " + e.getMessage());
    }
    Test262Metadata meta = Test262Metadata.parse(code);
    String body = meta.has("onlyStrict") ? "\"use strict\";\n" + code : code;
    try (Context context =
        Context.newBuilder(language)
            .engine(engine)
            .out(OutputStream.nullOutputStream())
            .err(OutputStream.nullOutputStream())
            .build()) {
      ScheduledFuture<?> timeout =
          watchdog.schedule(() -> context.close(true), timeLimitSeconds, TimeUnit.SECONDS);
      try {
        return new Outcome(relative, evaluate(context, meta, relative, body));
      } finally {
        timeout.cancel(false);
      }
    } catch (PolyglotException e) {
      if (e.isCancelled()) {
        return new Outcome(relative, "timeout after " + timeLimitSeconds + " s");
      }
      return new Outcome(relative, "context: " + oneLine(e.getMessage()));
    } catch (IllegalStateException e) {
      return new Outcome(relative, "cancelled: " + oneLine(e.getMessage()));
    }
  }

  private String evaluate(Context context, Test262Metadata meta, String name, String body) {
    if (!meta.has("raw")) {
      try {
        context.eval(harnessSource("$262-prelude.js", HOST_PRELUDE));
        context.eval(harnessFile("assert.js"));
        context.eval(harnessFile("sta.js"));
        for (String include : meta.includes()) {
          context.eval(harnessFile(include));
        }
      } catch (PolyglotException e) {
        return "harness: " + describe(e);
      }
    }
    try {
      context.eval(Source.newBuilder(language, body, name).buildLiteral());
    } catch (PolyglotException e) {
      if (e.isCancelled()) {
        return "timeout after " + timeLimitSeconds + " s";
      }
      if (e.isInternalError()) {
        return "internal error: " + oneLine(e.getMessage());
      }
      if (!meta.negative()) {
        return describe(e);
      }
      String type = errorType(e);
      return meta.negativeType().equals(type)
          ? null
          : "expected "
              + meta.negativeType()
              + " ("
              + meta.negativePhase()
              + "), got "
              + describe(e);
    }
    return meta.negative()
        ? "expected " + meta.negativeType() + " (" + meta.negativePhase() + "), but no error"
        : null;
  }

  private Source harnessFile(String file) {
    return harness.computeIfAbsent(
        file,
        f -> {
          try {
            return Source.newBuilder(
                    language, Files.readString(root.resolve("harness").resolve(f)), f)
                .build();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private Source harnessSource(String name, String code) {
    return harness.computeIfAbsent(name, n -> Source.newBuilder(language, code, n).buildLiteral());
  }

  /** The error's constructor name: SyntaxError for a parse error, else the thrown value's name. */
  static String errorType(PolyglotException e) {
    if (e.isSyntaxError()) {
      return "SyntaxError";
    }
    Value thrown = e.getGuestObject();
    if (thrown != null) {
      try {
        Value name = thrown.getMember("name");
        if (name != null && name.isString()) {
          return name.asString();
        }
        Value constructor = thrown.getMember("constructor");
        Value cname = constructor == null ? null : constructor.getMember("name");
        if (cname != null && cname.isString()) {
          return cname.asString();
        }
      } catch (PolyglotException | UnsupportedOperationException | IllegalStateException ignored) {
        // the value is not an object with readable members: fall back to the message
      }
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    int colon = message.indexOf(':');
    return colon > 0 ? message.substring(0, colon).strip() : message;
  }

  private static String describe(PolyglotException e) {
    return oneLine(e.getMessage() == null ? e.toString() : e.getMessage());
  }

  private static String oneLine(String s) {
    String line = s == null ? "" : s.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    if (!abandoned) {
      engine.close(); // with an abandoned context still running, closing would wait for it
    }
  }
}
