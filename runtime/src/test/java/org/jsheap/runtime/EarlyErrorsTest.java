package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Early errors (the front end's static-semantics pass): each bad program is a SyntaxError before it
 * runs, located at {@code line:column} (a script, then the same text through {@code eval} and the
 * {@code Function} constructor), and each near miss still runs.
 */
class EarlyErrorsTest {
  /** Program, line and column of the error (1-based), and a short name of the rule. */
  static Stream<Arguments> bad() {
    return Stream.of(
        Arguments.of("{ let a; var a; }", 1, 14),
        Arguments.of("{ const a = 1;\n  let a; }", 2, 7),
        Arguments.of("{ class C {} class C {} }", 1, 20),
        Arguments.of("'use strict'; { function f() {} function f() {} }", 1, 42),
        Arguments.of("{ function f() {} let f; }", 1, 23),
        Arguments.of("function g() { { function f() {} { var f; } } }", 1, 40),
        Arguments.of("function g(a) { let a; }", 1, 21),
        Arguments.of("switch (0) { case 1: let x; break; default: let x; }", 1, 49),
        Arguments.of("for (let i = 0; i < 1; i++) { var i; }", 1, 35),
        Arguments.of("for (const [x, x] of []) {}", 1, 16),
        Arguments.of("let z; var z;", 1, 12),
        Arguments.of("class A {} class A {}", 1, 18),
        Arguments.of("try {} catch (e) { let e; }", 1, 24),
        Arguments.of("class let {}", 1, 7),
        Arguments.of("class static {}", 1, 7),
        Arguments.of("var f = (a, a) => 1;", 1, 10),
        Arguments.of("({ m(a, a) {} });", 1, 9),
        Arguments.of("class K { m(a, a) {} }", 1, 16),
        Arguments.of("function f(a, b = 1, a) {}", 1, 22),
        Arguments.of("function f(a, [a]) {}", 1, 16),
        Arguments.of("function f(a = 1) { 'use strict'; }", 1, 21),
        Arguments.of("var f = (...r) => { \"use strict\"; };", 1, 21),
        Arguments.of("({ m({a}) { 'use strict'; } });", 1, 13),
        Arguments.of("'use strict'; delete x;", 1, 15),
        Arguments.of("function f() { 'use strict'; delete ((x)); }", 1, 30),
        Arguments.of("({ __proto__: 1, '__proto__': 2 });", 1, 19),
        Arguments.of("({ a = 1 });", 1, 4),
        Arguments.of("var f = () => ({}) = 1;", 1, 16),
        Arguments.of("label: { for (;;) { continue label; } }", 1, 21),
        Arguments.of("'use strict'; l: function f() {}", 1, 18),
        Arguments.of("while (0) l: function f() {}", 1, 11),
        Arguments.of("n\\u0075ll: 1;", 1, 1),
        Arguments.of("function f() { new.t\\u0061rget; }", 1, 16),
        Arguments.of("({ g\\u0065t x() { return 1; } });", 1, 4),
        Arguments.of("var a\u2E2F = 1;", 1, 5),
        Arguments.of("var s = `\\8`;", 1, 10),
        Arguments.of("'use strict'; var s = '\\9';", 1, 24),
        Arguments.of("'use strict'; var n = 08;", 1, 23));
  }

  /** Programs next to each rule that are not early errors. */
  static Stream<String> good() {
    return Stream.of(
        "{ var a; } var a; print('ok');",
        "{ function f() {} function f() {} } print('ok');",
        "function g() { var f; { function f() {} } } print('ok');",
        "function g(a) { var a; { let a; } } print('ok');",
        "switch (0) { case 1: let x; break; default: let y; } print('ok');",
        "for (let i = 0; i < 1; i++) { let i; } print('ok');",
        "try {} catch (e) { var e; } print('ok');",
        "function f(a, a) { return a; } print(f(1, 2));",
        "function f(a = 1, {b}) { return a + b; } print(f(undefined, {b: 2}));",
        "var f = ({a}, [b]) => a + b; print(f({a: 1}, [2]));",
        "function f() { 'use strict'; return 1; } print(f());",
        "var x = 1; delete x; delete globalThis.x; print('ok');",
        "var o = { __proto__: null, ['__proto__']: 1 }; print(Object.getPrototypeOf(o), o.__proto__);",
        "var __proto__ = 2; var o = { __proto__, __proto__: null }; print(o.__proto__ === 2);",
        "var a, b; ({ a = 1, b } = { b: 2 }); [{ a = 3 }] = [{}]; print(a, b);",
        "var a; (a) = 1; ([a] = [2]); print(a);",
        "outer: for (var i = 0; i < 2; i++) { inner: for (;;) { continue outer; } } print(i);",
        "var k = 0; a: b: while (k++ < 2) { for (let j of [1]) { continue a; } } print(k);",
        "l: function f() {} print(typeof f);",
        "var o = { n\\u0075ll: 1, get: 2 }; print(o.null, o.get);",
        "function f() { return new.target; } print(f());",
        "var t = `\\x41${1}`; print(t);",
        "function tag(s) { return s[0] === undefined; } print(tag`\\8`);",
        "print('\\8', 0.5, 10, 0, 0x1f);",
        "{ let let1 = 1; print(let1); }");
  }

  private static Context context(ByteArrayOutputStream out) {
    return Context.newBuilder(JSHeapLanguage.ID)
        .out(out)
        .err(out)
        .option("engine.WarnInterpreterOnly", "false")
        .build();
  }

  @Test
  void badProgramIsASyntaxErrorAtItsPosition() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c = context(out)) {
      bad()
          .forEach(
              a -> {
                String code = (String) a.get()[0];
                String where = a.get()[1] + ":" + a.get()[2];
                try {
                  c.eval(Source.newBuilder(JSHeapLanguage.ID, code, "early.js").buildLiteral());
                  fail("no SyntaxError for " + code);
                } catch (PolyglotException e) {
                  assertTrue(e.isSyntaxError(), code + " -> " + e.getMessage());
                  assertFalse(e.isInternalError(), e.getMessage());
                  assertTrue(e.getMessage().startsWith("SyntaxError: "), e.getMessage());
                  assertNotNull(e.getSourceLocation(), e.getMessage());
                  assertEquals(
                      where,
                      e.getSourceLocation().getStartLine()
                          + ":"
                          + e.getSourceLocation().getStartColumn(),
                      code + " -> " + e.getMessage());
                }
              });
    }
  }

  @Test
  void badProgramIsASyntaxErrorInEvalAndFunction() {
    StringBuilder program = new StringBuilder("var r = [];\n");
    StringBuilder expected = new StringBuilder();
    bad()
        .forEach(
            a -> {
              String code = (String) a.get()[0];
              String literal = code.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n");
              program
                  .append("try { (0, eval)('")
                  .append(literal)
                  .append("'); r.push('ran'); } catch (e) { r.push(e.name); }\n")
                  .append("try { Function('")
                  .append(literal)
                  .append("'); r.push('ran'); } catch (e) { r.push(e.name); }\n")
                  .append("print(r.join(' ')); r = [];\n");
              expected.append("SyntaxError SyntaxError\n");
            });
    assertEquals(expected.toString(), Js.run(program.toString()));
  }

  @ParameterizedTest
  @MethodSource("good")
  void nearMissStillRuns(String code) {
    String out = Js.run(code);
    assertFalse(out.contains("!! "), code + " -> " + out);
  }
}
