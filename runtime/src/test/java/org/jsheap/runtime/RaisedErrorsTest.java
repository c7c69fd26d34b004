package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/**
 * Errors the runtime raises (TypeError, ReferenceError, RangeError) carry the stack and the source
 * location of the place they were raised, not of the place they were caught.
 */
class RaisedErrorsTest {
  private static String run(String code) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c = Js.builder(out).build()) {
      try {
        c.eval(Source.newBuilder(JSHeapLanguage.ID, code, "t.js").buildLiteral());
      } catch (PolyglotException e) {
        return out.toString(StandardCharsets.UTF_8) + "!! " + e.getMessage() + "\n";
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTypeErrorListsTheFramesFromWhereItWasRaised() {
    assertEquals(
        "TypeError: Cannot read properties of null (reading 'x')\n"
            + "    at f (t.js:1:24)\n"
            + "    at g (t.js:2:23)\n"
            + "    at t.js:4:9\n",
        run(
            "function f(o) { return o.x; }\n"
                + "function g() { return f(null); }\n"
                + "try {\n"
                + "  print(g());\n"
                + "} catch (e) { print(e.stack); }"));
  }

  @Test
  void callingANonFunctionAndAnUndeclaredGlobalAreLocatedAtTheirExpression() {
    assertEquals(
        "TypeError: q is not a function\n    at h (t.js:2:16)\n    at t.js:3:7\n"
            + "ReferenceError: nope is not defined\n    at t.js:4:15\n",
        run(
            "var q = 1;\n"
                + "function h() { q(); }\n"
                + "try { h(); } catch (e) { print(e.stack); }\n"
                + "try { 1 + 2 + nope; } catch (e) { print(e.stack); }"));
  }

  @Test
  void anErrorRaisedByABuiltinIsLocatedAtItsCall() {
    assertEquals(
        "RangeError: toFixed() fraction digits need to be in range 0-100\n"
            + "    at k (t.js:1:23)\n"
            + "    at t.js:2:7\n",
        run(
            "function k() { return (1.5).toFixed(101); }\n"
                + "try { k(); } catch (e) { print(e.stack); }"));
  }

  @Test
  void aSubclassOfErrorLeavesItsConstructorFramesOutOfTheStack() {
    assertEquals(
        "Error: x\n    at make (t.js:2:26)\n    at t.js:4:7\n"
            + "Error: o\n    at Old (t.js:3:27)\n    at t.js:5:7\n",
        run(
            "class AppError extends Error { constructor(m) { super(m); } }\n"
                + "function make() { return new AppError('x'); }\n"
                + "function Old() { this.e = new Error('o'); }\n"
                + "print(make().stack);\n"
                + "print(new Old().e.stack);"));
  }

  @Test
  void theCallDepthRangeErrorListsAtMostTenFrames() {
    String out =
        run(
            "function rec(n) { return rec(n + 1) + 1; }\n"
                + "try { rec(0); } catch (e) { print(e.stack); }");
    String[] lines = out.split("\n");
    assertEquals("RangeError: Maximum call stack size exceeded", lines[0]);
    assertEquals(11, lines.length, out);
    assertEquals("    at rec (t.js:1:26)", lines[1]);
  }

  @Test
  void anUncaughtRuntimeErrorReachesTheHostWithItsLocation() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c = Js.builder(out).build()) {
      PolyglotException e =
          assertThrows(
              PolyglotException.class,
              () ->
                  c.eval(
                      Source.newBuilder(
                              JSHeapLanguage.ID,
                              "print(1);\nfunction f() {\n  return undeclared + 1;\n}\nf();",
                              "u.js")
                          .buildLiteral()));
      assertFalse(e.isInternalError(), e.getMessage());
      assertEquals("ReferenceError: undeclared is not defined", e.getMessage());
      assertEquals(3, e.getSourceLocation().getStartLine());
      assertEquals(10, e.getSourceLocation().getStartColumn());
      var frames = new java.util.ArrayList<String>();
      e.getPolyglotStackTrace()
          .forEach(
              f -> {
                if (f.isGuestFrame()) {
                  frames.add(f.getRootName() + "@" + f.getSourceLocation().getStartLine());
                }
              });
      assertEquals(java.util.List.of("f@3", ":program@5"), frames);
    }
  }

  @Test
  void uncaughtHeapExhaustionIsARangeErrorNotAnInternalError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c =
        Js.builder(out)
            .option("jsheap.MaxHeapSize", "8m")
            .option("jsheap.YoungSize", "512k")
            .option("jsheap.GcStress", ErrorsTest.stressForBigHeaps())
            .build()) {
      PolyglotException e =
          assertThrows(
              PolyglotException.class,
              () ->
                  c.eval(
                      JSHeapLanguage.ID,
                      "var keep = [];\nwhile (true) keep.push({a: 1, b: [1, 2, 3]});"));
      assertFalse(e.isInternalError(), e.getMessage());
      assertTrue(e.getMessage().startsWith("RangeError: "), e.getMessage());
      assertEquals(2, e.getSourceLocation().getStartLine());
    }
  }

  @Test
  void aSyntaxErrorMessageDoesNotRepeatItsPosition() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c = Js.builder(out).build()) {
      PolyglotException e =
          assertThrows(
              PolyglotException.class,
              () ->
                  c.eval(
                      Source.newBuilder(JSHeapLanguage.ID, "print(1);\nvar x = ;\n", "bad.js")
                          .buildLiteral()));
      assertTrue(e.isSyntaxError());
      assertEquals("SyntaxError: Expected an operand but found ;", e.getMessage());
      assertEquals(2, e.getSourceLocation().getStartLine());
      assertEquals(9, e.getSourceLocation().getStartColumn());
    }
  }
}
