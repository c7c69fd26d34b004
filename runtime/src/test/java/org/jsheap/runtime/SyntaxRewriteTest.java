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

  @Test
  void setterWithADefaultParameter() {
    check(
        "42 0 set m 5 7 undefined 9\n",
        "var seen; var o = { set m(x = 42) { seen = x; } }; o.m = undefined;"
            + " var d = Object.getOwnPropertyDescriptor(o, 'm');"
            + " class C { static set [\"s\"](v = 5) { seen = v; } set n(v = 1) { C.n2 = v; } }"
            + " print(seen, d.set.length, d.set.name, (C.s = undefined, seen),"
            + " (new C().n = 7, C.n2), d.get, (o.m = 9, seen));");
    syntaxError("({ set m(a, b = 1) {} });");
    syntaxError("({ set m(a = 1,) {} });");
    syntaxError("class K { set constructor(a = 1) {} }");
    check("3\n", "var set = 1, m = 2; { set\n m }; print(set + m);");
  }

  @Test
  void restElementHoldingAPatternInParameters() {
    check(
        "1 2 3 2 1,2\n",
        "function f([...[a]]) { return a; } var g = function([x, ...{length}]) { return length; };"
            + " var h = ([...[, b]]) => b; function k([...[c]] = [3]) { return c; }"
            + " print(f([1]), h([1, 2]), k(), g([1, 2, 3]),"
            + " (function(a = [...[1, 2]]) { return a; })());");
    syntaxError("function f([...[a], b]) {}");
    syntaxError("function f([...[a] = 1]) {}");
  }

  @Test
  void letAsAStatementBodyIsAnIdentifier() {
    check(
        "1 ok\n",
        "var let = 1, x; if (true) let // ASI\n{} L: let\nx = 2; for (; false; ) let\n;"
            + " if (false) ; else let\n print(let, 'ok');");
    syntaxError("if (false) let\n[a] = 0;");
    syntaxError("'use strict'; if (false) let\n{}");
    syntaxError("if (false) let x = 1;");
    check("3\n", "let\ny = 3; print(y);");
  }

  @Test
  void slashAfterAStatementHeadOrABlockStartsARegularExpression() {
    check(
        "true true 2 1\n",
        "var a = 4, b = 2, r = []; if (true) /(a,)/.test('a,') && r.push(true);"
            + " { } /[{...c}]/.test('.') && r.push(true); var q = (a) / b / 1;"
            + " var o = {} / 1; print(r[0], r[1], q, isNaN(o) ? 1 : 0);");
  }
}
