package org.jsheap.runtime.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jsheap.runtime.JSHeapLanguage;

/**
 * Runs a JS program in a fresh JSHeap context and compares what it prints. The heap takes the
 * surefire run's {@code jsheap.gc.stress} setting, so the stressed run repeats every program with
 * collections every few allocations, poisoning and verification.
 */
final class LibJs {
  private LibJs() {}

  static String run(String code) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c =
        Context.newBuilder(JSHeapLanguage.ID)
            .out(out)
            .err(out)
            .option("engine.WarnInterpreterOnly", "false")
            .build()) {
      try {
        c.eval(Source.create(JSHeapLanguage.ID, code));
      } catch (PolyglotException e) {
        if (e.isInternalError() || e.isHostException()) {
          throw e;
        }
        return out.toString(StandardCharsets.UTF_8) + "!! " + e.getMessage() + "\n";
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static void check(String expected, String code) {
    assertEquals(expected, run(code));
  }
}
