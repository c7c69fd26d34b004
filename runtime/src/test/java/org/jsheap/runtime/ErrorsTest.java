package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** Step 3: JS exceptions, Error objects, SyntaxError, RangeError on recursion and heap limit. */
class ErrorsTest {
  @Test
  void errorObjectsHaveMessageNameAndStack() {
    check(
        "TypeError boom true true Error: x\n",
        "function thrower() { throw new TypeError('boom'); }"
            + " try { thrower(); } catch (e) { print(e.name, e.message, e instanceof TypeError,"
            + " e instanceof Error, new Error('x').toString()); }");
  }

  @Test
  void stackListsFileAndLinePerFrame() {
    String out =
        Js.run(
            "function a() { return new Error('m'); }\nfunction b() { return a(); }\nprint(b().stack);");
    assertTrue(out.startsWith("Error: m\n    at a ("), out);
    assertTrue(out.contains(":1:23)"), out);
    assertTrue(out.contains("at b (") && out.contains(":2:23)"), out);
  }

  @Test
  void runtimeErrorsAreCatchable() {
    check(
        "TypeError ReferenceError TypeError\n",
        "var n = []; try { null.x; } catch (e) { n.push(e.name); }"
            + " try { undefinedThing; } catch (e) { n.push(e.name); }"
            + " try { (1)(); } catch (e) { n.push(e.name); } print(n.join(' '));");
  }

  @Test
  void syntaxErrorsHavePositionAndParseErrorType() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c = Js.builder(out).build()) {
      PolyglotException e =
          assertThrows(
              PolyglotException.class,
              () ->
                  c.eval(
                      Source.newBuilder(JSHeapLanguage.ID, "var x = ;\n", "bad.js")
                          .buildLiteral()));
      assertTrue(e.isSyntaxError(), e.getMessage());
      assertTrue(e.getMessage().startsWith("SyntaxError: Expected"), e.getMessage());
      assertEquals(9, e.getSourceLocation().getStartColumn());
      assertFalse(e.isInternalError());
    }
  }

  @Test
  void uncaughtErrorsReachTheHostWithTheirStack() {
    String out = Js.run("function f() { throw new RangeError('r'); }\nf();");
    assertTrue(out.startsWith("!! RangeError: r\n    at f ("), out);
    assertEquals("!! Uncaught 42\n", Js.run("throw 42;"));
  }

  @Test
  void anUncaughtNonErrorObjectShowsItsNameAndMessage() {
    assertEquals("!! Uncaught Custom: boom\n", Js.run("throw {name: 'Custom', message: 'boom'};"));
    assertEquals(
        "!! Uncaught Test262Error: bad\n",
        Js.run("function Test262Error(m) { this.message = m; }\nthrow new Test262Error('bad');"));
    assertEquals("!! Uncaught Object\n", Js.run("throw {name: 42};"));
    assertEquals("!! Uncaught [object]\n", Js.run("throw Object.create(null);"));
    assertEquals(
        "!! Uncaught [object]\n",
        Js.run("throw {get message() { throw new Error('inner'); }};"),
        "a throwing getter shows nothing and does not replace the thrown value");
  }

  @Test
  void deepRecursionIsACatchableRangeError() {
    check(
        "RangeError true\n",
        "var depth = 0; function down() { depth++; down(); }"
            + " try { down(); } catch (e) { print(e.name, depth > 100); }");
  }

  /**
   * Filling a whole heap under the suite's stress spec (a verified scavenge every 7 allocations)
   * takes minutes; the stressed run uses the same checks at a tenth of that rate.
   */
  static String stressForBigHeaps() {
    String spec = System.getProperty("jsheap.gc.stress", "");
    return spec.isEmpty() ? "none" : "minor=211,major=2003,random=11,verify,poison";
  }

  @Test
  void heapExhaustionIsACatchableRangeErrorAndTheProgramGoesOn() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c =
        Js.builder(out)
            .option("jsheap.MaxHeapSize", "8m")
            .option("jsheap.YoungSize", "512k")
            .option("jsheap.GcStress", stressForBigHeaps())
            .build()) {
      c.eval(
          JSHeapLanguage.ID,
          "var keep = []; try { while (true) keep.push({a: 1, b: 2, c: [1, 2, 3]}); }"
              + " catch (e) { print(e.name, e instanceof RangeError); } keep = null; gc();"
              + " var again = []; for (var i = 0; i < 1000; i++) again.push({i: i});"
              + " print(again.length);");
    }
    assertEquals("RangeError true\n1000\n", out.toString());
  }

  @Test
  void unsupportedSyntaxIsASyntaxErrorNotAnInternalError() {
    String out = Js.run("function* g() { yield 1; } print(g().next().value);");
    assertTrue(out.startsWith("!! SyntaxError: "), out);
  }
}
