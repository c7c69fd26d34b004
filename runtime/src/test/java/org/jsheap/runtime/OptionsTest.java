package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

/** Language options through {@code Context.Builder.option}. */
class OptionsTest {
  @Test
  void sizesTakeSuffixes() {
    assertEquals(32L << 20, JSHeapOptions.parseSize("MaxHeapSize", "32m"));
    assertEquals(512L << 10, JSHeapOptions.parseSize("YoungSize", "512K"));
    assertEquals(1L << 30, JSHeapOptions.parseSize("MaxHeapSize", "1g"));
    assertEquals(4096, JSHeapOptions.parseSize("MaxHeapSize", "4096"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> JSHeapOptions.parseSize("MaxHeapSize", "lots"));
    assertTrue(e.getMessage().contains("--jsheap.MaxHeapSize"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JSHeapOptions.parseSize("YoungSize", "-1m"));
  }

  @Test
  void gcLogPrintsOneLinePerCollectionAndCallDepthIsAnOption() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c =
        Js.builder(out)
            .option("jsheap.GcLog", "true")
            .option("jsheap.GcStress", "none")
            .option("jsheap.MaxCallDepth", "50")
            .build()) {
      c.eval(
          JSHeapLanguage.ID,
          "gc(); function d(n) { return n == 0 ? 0 : 1 + d(n - 1); }"
              + " try { d(100); } catch (e) { print(e.name); } print(d(40));");
    }
    String text = out.toString();
    assertTrue(text.contains("RangeError\n40\n"), text);
    assertTrue(text.lines().count() >= 3, text);
  }

  @Test
  void markingIsAnOption() {
    for (String mode : new String[] {"concurrent", "incremental", "stop-the-world"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (Context c = Js.builder(out).option("jsheap.Marking", mode).build()) {
        c.eval(
            JSHeapLanguage.ID,
            "var keep = []; for (var i = 0; i < 20000; i++) { keep.push({i: i}); if (keep.length >"
                + " 500) keep = []; } gc(); print(keep.length);");
      }
      assertEquals("461\n", out.toString(), mode);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolyglotException e =
        assertThrows(
            PolyglotException.class,
            () -> {
              try (Context c = Js.builder(out).option("jsheap.Marking", "parallel").build()) {
                c.eval(JSHeapLanguage.ID, "1");
              }
            });
    assertTrue(e.getMessage().contains("'parallel'"), e.getMessage());
  }

  @Test
  void badOptionValuesFailTheContext() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(
        PolyglotException.class,
        () -> {
          try (Context c = Js.builder(out).option("jsheap.MaxHeapSize", "tiny").build()) {
            c.eval(JSHeapLanguage.ID, "1");
          }
        });
  }

  @Test
  void argumentsObjectsAreIterable() {
    BasicsTest.check(
        "a|b 2\n",
        "function f() { return [...arguments].join('|') + ' ' + Array.prototype.slice.call("
            + "arguments).length; } print(f('a', 'b'));");
  }
}
