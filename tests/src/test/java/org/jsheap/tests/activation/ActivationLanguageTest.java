package org.jsheap.tests.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The activation test language's programs: recursion, closures, allocation in argument position,
 * exceptions unwinding through frames, value-stack overflow. Each runs on a heap under the surefire
 * run's stress setting ({@code ""}) and under a harsher one of its own: a scavenge every second
 * allocation, frequent full collections, verification and from-space poisoning, so that a reference
 * a node kept outside a window across an allocation reads poison or a stale address and fails.
 */
class ActivationLanguageTest {
  private static final String HARSH = "minor=2,major=29,random=11,verify,poison";

  private static Context context(String stress) {
    return Context.newBuilder(ActLanguage.ID).option(ActLanguage.ID + ".Stress", stress).build();
  }

  private static int run(Context context, String program, int... args) {
    Value target = context.parse(ActLanguage.ID, program);
    Object[] boxed = new Object[args.length];
    for (int k = 0; k < args.length; k++) {
      boxed[k] = args[k];
    }
    return target.execute(boxed).asInt();
  }

  private static int highWater(Context context) {
    return run(context, "highwater");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", HARSH})
  void recursionBuildsAndCountsATree(String stress) {
    try (Context context = context(stress)) {
      assertEquals(1 << 10, run(context, "tree", 10));
      assertEquals(1 << 6, run(context, "tree", 6));
      assertEquals(0, highWater(context), "every entry was left");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", HARSH})
  void closuresCaptureObjectsThatSurviveCollections(String stress) {
    try (Context context = context(stress)) {
      int n = 150;
      assertEquals(n * (n + 1) + n, run(context, "closures", n));
      assertEquals(0, highWater(context));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", HARSH})
  void exceptionsUnwindThroughFramesAndAreCaught(String stress) {
    try (Context context = context(stress)) {
      assertEquals(142 * 30, run(context, "exceptions", 30));
      assertEquals(0, highWater(context));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", HARSH})
  void anUncaughtExceptionLeavesTheEntryWindow(String stress) {
    try (Context context = context(stress)) {
      PolyglotException e =
          assertThrows(PolyglotException.class, () -> run(context, "uncaught", 8));
      assertTrue(e.isGuestException(), e.toString());
      assertEquals(0, highWater(context), "the entry's finally left its window");
      assertEquals(1 << 5, run(context, "tree", 5), "the stack stays usable");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", HARSH})
  void valueStackOverflowIsACatchableRangeError(String stress) {
    try (Context context = context(stress)) {
      assertEquals(ActException.RANGE_ERROR, run(context, "overflow", 0));
      assertEquals(0, highWater(context));
      assertEquals(1 << 4, run(context, "tree", 4), "the stack stays usable");
    }
  }
}
