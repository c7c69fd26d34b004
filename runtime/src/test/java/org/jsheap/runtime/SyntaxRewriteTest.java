package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ES2016-2018 syntax Nashorn's parser rejects, rewritten before parsing (SourceRewrite). */
class SyntaxRewriteTest {
  private static void syntaxError(String code) {
    String out = Js.run(code);
    assertTrue(out.contains("SyntaxError"), code + " -> " + out);
  }

  @Test
  void exponentIsRightAssociativeAndBindsTighterThanMultiplication() {
    check(
        "8 512 18 0.5 1 64 -8 4 NaN 9 true\n",
        "var x = 3; var e = 2; e **= 3; print(2 ** 3, 2 ** 3 ** 2, 2 * 3 ** 2, 2 ** -1,"
            + " (2 ** 3) % 7, (2 ** 3) ** 2, (-2) ** 3, 2 ** 3 / 2, 1 ** Infinity,"
            + " x **/* c */2, e === 8);");
  }

  @Test
  void exponentRejectsAnUnaryBase() {
    syntaxError("-2 ** 2;");
    syntaxError("typeof 2 ** 2;");
    syntaxError("2 ** -2 ** 2;");
    syntaxError("({ **m() {} });");
    check("4 -4 4\n", "var a = 2; print(a ** 2, -(a ** 2), (-a) ** 2);");
  }

  @Test
  void exponentInRegexAndStringsIsLeftAlone() {
    check("true **\n", "print(/\\**/.test('b'), '**');");
  }

  @Test
  void trailingCommasInParametersAndArguments() {
    check(
        "3 2 1 2 3 1\n",
        "function f(a, b,) { return a + b; } var g = (x, y,) => x; class C { m(a,) { return a; } }"
            + " print(f(1, 2,), f.length, g(1, 2,), new C().m(2,), Math.max(...[3],), [1,].length);");
    syntaxError("f(,);");
    syntaxError("(1,);");
    syntaxError("function h(...r,) {}");
    syntaxError("({ set x(v,) {} });");
    syntaxError("var k = (a,,) => 1;");
  }

  @Test
  void objectSpreadCopiesOwnEnumerableDataProperties() {
    check(
        "2 2 3 x,0,1 true undefined\n",
        "var o = {a: 1, b: 2}; var p = {...o, c: 3, ...null, ...'xy', ...{a: 'x'}};"
            + " Object.defineProperty(o, 'h', {value: 1, enumerable: false});"
            + " var q = {...o}; print(p.b, q.b, p.c, [p.a, p[0] === 'x' ? 0 : 9, 1],"
            + " Object.keys(q).length === 2, q.h);");
  }

  @Test
  void objectRestTakesTheKeysNotAlreadyTaken() {
    check(
        "1 b,c 2 c 1 d\n",
        "var {a, ...r} = {a: 1, b: 2, c: 3}; var k = 0;"
            + " var key = {toString() { k++; return 'b'; }};"
            + " var {[key]: b, ...s} = {b: 2, c: 3}; var t; ({...t} = {d: 4});"
            + " print(a, Object.keys(r), b, Object.keys(s), k, Object.keys(t));");
    syntaxError("var {...r, a} = {};");
    syntaxError("var {...{a}} = {};");
    syntaxError("({...[a]} = {});");
    syntaxError("var {...r = 1} = {};");
    syntaxError("{ ...x }");
  }

  @Test
  void twoDigitCodePointEscapesAreRespelled() {
    check(
        "1 AB C true \\u{41}\n",
        "var \\u{61}b = 1; print(ab, '\\u{41}\\u{42}', `\\u{43}`, /^\\u{2}$/.test('uu'),"
            + " '\\\\u{41}');");
  }

  @Test
  void trailingCommaAfterADefaultParameter() {
    check(
        "1 39 2 1\n",
        "function f(a, b = 39,) { return b; } var g = (a, b = (1, 2),) => b;"
            + " class C { m(a, b = f(1,),) {} } print(f.length, f(1), g(1), new C().m.length);");
  }
}
