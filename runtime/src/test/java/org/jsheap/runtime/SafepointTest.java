package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Builtins that loop over their input poll a Truffle safepoint, so closing a context cancels a
 * program stuck in one (without the polls these programs run for years).
 */
class SafepointTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Array.prototype.lastIndexOf.call({length: 9007199254740991}, 1);",
        "Array.prototype.forEach.call({length: 9007199254740991}, function () {});",
        "var a = [1, 2, 3]; a.length = 4294967295; a.indexOf(7);"
      })
  void aLongBuiltinLoopCanBeCancelled(String program) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            Context c = Js.builder(new ByteArrayOutputStream()).build();
            try {
              c.initialize(JSHeapLanguage.ID);
              timer.schedule(() -> c.close(true), 500, TimeUnit.MILLISECONDS);
              PolyglotException e =
                  assertThrows(PolyglotException.class, () -> c.eval(JSHeapLanguage.ID, program));
              assertTrue(e.isCancelled(), e.getMessage());
            } finally {
              try {
                c.close();
              } catch (PolyglotException alreadyCancelled) {
                // closed by the timer
              }
            }
          });
    } finally {
      timer.shutdownNow();
    }
  }

  /** The input is made before the timer starts, so the loop of the builtin itself is cancelled. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "s.replace(/a/g, '');",
        "s.match(/a/g);",
        "s.split(/a/);",
        "for (var k in s) break;",
        "Object.keys(s);",
        "Object.entries(s);"
      })
  void aLongRegExpOrKeyLoopCanBeCancelled(String program) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      assertTimeoutPreemptively(
          Duration.ofSeconds(30),
          () -> {
            Context c = Js.builder(new ByteArrayOutputStream()).build();
            try {
              c.eval(JSHeapLanguage.ID, "var s = 'a'.repeat(1 << 26); s.charCodeAt(5);");
              timer.schedule(() -> c.close(true), 300, TimeUnit.MILLISECONDS);
              PolyglotException e =
                  assertThrows(PolyglotException.class, () -> c.eval(JSHeapLanguage.ID, program));
              assertTrue(e.isCancelled(), e.getMessage());
            } finally {
              try {
                c.close();
              } catch (PolyglotException alreadyCancelled) {
                // closed by the timer
              }
            }
          });
    } finally {
      timer.shutdownNow();
    }
  }
}
