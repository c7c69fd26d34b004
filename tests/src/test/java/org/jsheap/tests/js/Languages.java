package org.jsheap.tests.js;

import org.graalvm.polyglot.Engine;

/**
 * Which languages the JS suites compare: the reference is GraalJS ({@code js}, test scope); the
 * target is our {@code jsheap} once its language is on the class path, and GraalJS itself until
 * then (so every suite runs, and checks its own machinery, before the language exists).
 */
public final class Languages {
  /** GraalJS: the reference whose output the golden files hold. */
  public static final String REFERENCE = "js";

  /** Our language. */
  public static final String JSHEAP = "jsheap";

  private static final String TARGET = detectTarget();

  private Languages() {}

  /** The language under test: {@code jsheap} when installed, else {@code js}. */
  public static String target() {
    return TARGET;
  }

  /** Whether the target is our language (GC options and stress runs apply). */
  public static boolean targetIsJsheap() {
    return TARGET.equals(JSHEAP);
  }

  private static String detectTarget() {
    String forced = System.getProperty("jsheap.test.language");
    if (forced != null && !forced.isEmpty()) {
      return forced;
    }
    try (Engine engine = Engine.newBuilder().build()) {
      return engine.getLanguages().containsKey(JSHEAP) ? JSHEAP : REFERENCE;
    }
  }
}
