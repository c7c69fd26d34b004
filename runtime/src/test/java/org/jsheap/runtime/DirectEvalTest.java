package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Direct {@code eval(...)} runs in its caller's scope (ES2015 18.2.1.1); an indirect one globally.
 * Expected outputs are Node's.
 */
class DirectEvalTest {
  @Test
  void evalCodeSeesAndWritesTheCallersBindings() {
    check(
        "17 4 8\n",
        "function f(a) { var x = 1; let y = 2; eval('x = 10; var z = a + y;'); return x + z; }"
            + " function g() { const c = 2; { let d = 2; return eval('c + d'); } }"
            + " function h() { var n = 1; var inc = eval('(function () { return n * 8; })');"
            + " return inc(); }"
            + " print(f(5), g(), h());");
  }

  @Test
  void sloppyEvalVarsAndFunctionsJoinTheCallersVarScope() {
    check(
        "9 number undefined undefined true undefined\n",
        "function g() { eval('var q = 3; function h() { return q * 2; }'); return h() + q + ' '"
            + " + typeof q; }"
            + " function d() { eval('var e = 1'); return delete e; }"
            + " function u() { eval('function k() { \"use strict\"; return this; }'); return k(); }"
            + " print(g(), typeof q, typeof h, d(), u());");
  }

  @Test
  void strictEvalKeepsItsVarsAndLexicalDeclarationsStayInside() {
    check(
        "undefined undefined undefined 1\n",
        "function s() { 'use strict'; eval('var w = 1'); return typeof w; }"
            + " function t() { eval('\"use strict\"; var v = 1'); return typeof v; }"
            + " function l() { eval('let m = 1; const n = 2'); return typeof m; }"
            + " function o() { var p = 0; eval('let p = 5'); return p + 1; }"
            + " print(s(), t(), l(), o());");
  }

  @Test
  void thisArgumentsAndTheCalleeAreTheCallers() {
    check(
        "1 3 2 9\n",
        "function t() { return eval('this.a'); }"
            + " function u() { return eval('arguments.length'); }"
            + " var arrow = function () { return () => eval('this.b'); };"
            + " function m(a) { eval('arguments[0] = 9'); return a; }"
            + " print(t.call({a: 1}), u(1, 2, 3), arrow.call({b: 2})(), m(1));");
  }

  @Test
  void aVarOverACallersLexicalNameIsASyntaxError() {
    check(
        "SyntaxError SyntaxError ok\n",
        "var r = [];"
            + " try { (function () { let k; eval('var k'); })(); } catch (e) { r.push(e.name); }"
            + " try { (function () { { let k; eval('var k'); } })(); } catch (e) {"
            + " r.push(e.name); }"
            + " try { (function () { try { throw 1; } catch (k) { eval('var k = 2'); } })();"
            + " r.push('ok'); } catch (e) { r.push(e.name); }"
            + " print(r.join(' '));");
  }

  @Test
  void indirectEvalAndOtherCalleesRunGlobally() {
    check(
        "7 7 outer 2 4\n",
        "var x = 'outer'; var r = (0, eval)('var glob = 7; glob');"
            + " function f() { var x = 'inner'; return (0, eval)('x'); }"
            + " function g() { var eval = function (s) { return s.length; }; return eval('ab'); }"
            + " var args = ['2 * 2'];"
            + " print(r, glob, f(), g(), eval(...args));");
  }

  @Test
  void nonStringArgumentsAreReturnedAndEvalCodeNests() {
    check(
        "42 undefined 6 3\n",
        "function f() { var a = 2; return eval('eval(\"a * 3\")'); }"
            + " function g() { eval('eval(\"var deep = 3\")'); return deep; }"
            + " print(eval(42), eval(), f(), g());");
  }

  @Test
  void aNamedFunctionExpressionsNameIsReadOnly() {
    check(
        "true TypeError 5\n",
        "var ref = function B() { eval('B = 1'); return B; };"
            + " var s = function C() { 'use strict'; try { C = 1; } catch (e) { return e.name; } };"
            + " var v = function D() { var D = 5; return D; };"
            + " print(ref() === ref, s(), v());");
  }
}
