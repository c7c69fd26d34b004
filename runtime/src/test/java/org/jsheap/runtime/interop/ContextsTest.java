package org.jsheap.runtime.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.jsheap.gc.util.NativeRegion;
import org.jsheap.runtime.JSHeapLanguage;
import org.junit.jupiter.api.Test;

/**
 * Contexts of one engine: each has its own heap sized by its options, running out is a RangeError
 * in that context only, and closing a context returns its heap's native memory.
 */
class ContextsTest {
  /** What the suite's stressed run uses for heaps it fills (a tenth of the usual stress rate). */
  private static String stressForBigHeaps() {
    String spec = System.getProperty("jsheap.gc.stress", "");
    return spec.isEmpty() ? "none" : "minor=211,major=2003,random=11,verify,poison";
  }

  private static Context.Builder builder(Engine engine) {
    return Context.newBuilder(JSHeapLanguage.ID).engine(engine);
  }

  @Test
  void exhaustingOneContextsHeapLeavesTheOtherContextsAlone() {
    try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build();
        Context big =
            builder(engine)
                .option("jsheap.MaxHeapSize", "64m")
                .option("jsheap.GcStress", stressForBigHeaps())
                .build();
        Context small =
            builder(engine)
                .option("jsheap.MaxHeapSize", "4m")
                .option("jsheap.YoungSize", "256k")
                .option("jsheap.GcStress", stressForBigHeaps())
                .build()) {
      big.eval(
          JSHeapLanguage.ID, "var kept = []; for (var i = 0; i < 1000; i++) kept.push({i: i});");
      Value r =
          small.eval(
              JSHeapLanguage.ID,
              "var keep = []; var caught = 'none';"
                  + " try { while (true) keep.push({a: 1, b: [1, 2, 3]}); }"
                  + " catch (e) { caught = e.name; } keep = null; caught");
      assertEquals("RangeError", r.asString());
      assertEquals("ok", small.eval(JSHeapLanguage.ID, "var again = [1, 2, 3]; 'ok'").asString());
      Value hog =
          small.eval(JSHeapLanguage.ID, "(function () { var k = []; for (;;) k.push([1, 2]); })");
      PolyglotException e = assertThrows(PolyglotException.class, hog::execute);
      assertTrue(e.isGuestException(), "not an internal error: " + e);
      assertTrue(e.getMessage().startsWith("RangeError"), e.getMessage());
      Value b =
          big.eval(
              JSHeapLanguage.ID,
              "for (var i = 0; i < 30000; i++) kept.push({i: i}); kept.length + kept[500].i");
      assertEquals(31_500, b.asInt());
    }
  }

  /** The process's virtual size (VmSize), which heap reservations change. */
  private static long virtualBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmSize:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmSize in /proc/self/status");
  }

  private static void useAndClose(Engine engine) {
    try (Context c =
        builder(engine)
            .option("jsheap.MaxHeapSize", "16m")
            .option("jsheap.YoungSize", "256k")
            .option("jsheap.GcStress", stressForBigHeaps())
            .build()) {
      Value o =
          c.eval(
              JSHeapLanguage.ID,
              "var a = []; for (var i = 0; i < 200; i++) a.push({i: i, s: 'v' + i}); a");
      assertEquals(200, o.getArraySize());
    }
  }

  /**
   * A thousand contexts opened, used and closed leave the reserved native memory where it was: each
   * reserves 16 MiB, so one leaked heap breaks the exact check and a leak of all of them would grow
   * the address space by 16 GiB.
   */
  @Test
  void aThousandContextsOpenedUsedAndClosedLeaveNativeMemoryFlat() throws IOException {
    int contexts = System.getProperty("jsheap.gc.stress", "").isEmpty() ? 1000 : 30;
    try (Engine engine =
        Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
      for (int i = 0; i < 10; i++) {
        useAndClose(engine);
      }
      System.gc();
      long reservedBefore = NativeRegion.reservedBytes();
      long virtualBefore = virtualBytes();
      for (int i = 0; i < contexts; i++) {
        useAndClose(engine);
      }
      System.gc();
      assertEquals(reservedBefore, NativeRegion.reservedBytes(), "every heap was unmapped");
      long growth = virtualBytes() - virtualBefore;
      assertTrue(
          growth < 256L * 1024 * 1024,
          "address space grew by " + (growth >> 20) + " MiB over " + contexts + " contexts");
    }
  }
}
