package org.jsheap.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/** Runs JS programs in a fresh JSHeap context and returns what they print. */
final class Js {
  private Js() {}

  static Context.Builder builder(ByteArrayOutputStream out) {
    return Context.newBuilder(JSHeapLanguage.ID)
        .out(out)
        .err(out)
        .allowIO(org.graalvm.polyglot.io.IOAccess.ALL)
        .option("engine.WarnInterpreterOnly", "false");
  }

  /** The output of {@code code}; an uncaught JS error is appended as "!! message". */
  static String run(String code) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c = builder(out).build()) {
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
}
