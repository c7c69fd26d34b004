package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Destructuring, for heads, class name scopes and reference evaluation order. */
class DestructuringTest {
  private static final String ITER =
      "var log = []; function iter(n) { var it = {}; it[Symbol.iterator] = function () {"
          + " var i = 0; return { next: function () { log.push('next'); i++;"
          + " return {value: i, done: i > n}; },"
          + " return: function () { log.push('return'); return {}; } }; }; return it; }";

  @Test
  void objectPatternsRequireAnObject() {
    check(
        "TypeError TypeError TypeError TypeError\n",
        "var out = []; function t(f) { try { f(); out.push('none'); } catch (e) {"
            + " out.push(e.name); } }"
            + " t(function () { const {} = null; }); t(function () { var {} = undefined; });"
            + " t(function () { (function ({}) {})(null); });"
            + " t(function () { for (var {} = null; ; ) { break; } }); print(out.join(' '));");
  }

  @Test
  void arrayPatternsStepTheIteratorPerElement() {
    check(
        "1 2 next,next,return | 1 2,3 next,next,next,next\n",
        ITER
            + " var [a, b] = iter(5); var l1 = log.join(); log = [];"
            + " var [c, ...r] = iter(3); print(a, b, l1, '|', c, r, log.join());");
  }

  @Test
  void arrayPatternsCloseTheIteratorOnAbruptCompletion() {
    check(
        "boom next,return | nx next\n",
        ITER
            + " try { var [x = (function () { throw new Error('boom'); })()] ="
            + " {[Symbol.iterator]: function () { return {next: function () { log.push('next');"
            + " return {value: undefined, done: false}; }, return: function () {"
            + " log.push('return'); return {}; }}; }}; } catch (e) { var m1 = e.message; }"
            + " var l1 = log.join(); log = [];"
            + " try { var [y] = {[Symbol.iterator]: function () { return {next: function () {"
            + " log.push('next'); throw new Error('nx'); }, return: function () {"
            + " log.push('return'); return {}; }}; }}; } catch (e) { var m2 = e.message; }"
            + " print(m1, l1, '|', m2, log.join());");
  }

  @Test
  void targetsAndDefaultsInOrder() {
    check(
        "1 2 z 5 2\n",
        "var o = {}; [o.a, o['b']] = [1, 2]; var k = 0;"
            + " ({[k++]: o.c, [k++]: o.d = 5} = {0: 'z'}); print(o.a, o.b, o.c, o.d, k);");
  }

  @Test
  void constDestructuringInAForHead() {
    check("1 2 0 1\n", "for (const [a, b] = [1, 2]; ; ) { print(a, b, 0, 1); break; }");
  }

  @Test
  void computedReferencesConvertTheKeyOnceAfterCheckingTheBase() {
    check(
        "TypeError 3 2\n",
        "var out = []; try { null[{toString: function () { throw new Error('key'); }}] += 1; }"
            + " catch (e) { out.push(e.name); } var n = 0;"
            + " var key = {toString: function () { n++; return 'p'; }}; var o = {p: 1};"
            + " o[key] += 1; o[key]++; out.push(o.p, n); print(out.join(' '));");
  }

  @Test
  void aClassNameIsAConstBindingInsideTheClass() {
    check(
        "TypeError true 5 true undefined ReferenceError Y\n",
        "var out = []; class C { m() { try { C = 1; } catch (e) { return e.name; } }"
            + " static n() { return C; } } out.push(new C().m(), C.n() === C); C = 5; out.push(C);"
            + " var D = class E { m() { return E; } }; out.push(new D().m() === D, typeof E);"
            + " try { class X extends (X = 1, Object) {} } catch (e) { out.push(e.name); }"
            + " var xCls = class Y {}; out.push(xCls.name); print(out.join(' '));");
  }

  @Test
  void parametersAreInTheirTdzUntilInitialised() {
    check(
        "ReferenceError ReferenceError 3 1,5,6,7,8 3 11 1 3 ReferenceError\n",
        "var out = []; function t(f) { try { out.push(f()); } catch (e) { out.push(e.name); } }"
            + " t(function () { function f(a = b, b) {} f(); });"
            + " t(function () { function f(a = a) {} f(); });"
            + " t(function () { function f(a, b = a + 1) { return a + b; } return f(1); });"
            + " t(function () { function f(a, [b, c] = [a, 2], {d} = {d: b}, ...r) {"
            + " return [a, b, c, d, r].join(); } return f(1, [5, 6], {d: 7}, 8); });"
            + " t(function () { var g = (x = 1, y = x + 1) => x + y; return g(); });"
            + " t(function () { var g = (x = 1, y = x + 1) => x + y; return g(5); });"
            + " t(function () { function f(a = 1) { var a; return a; } return f(); });"
            + " t(function () { function f(a = () => b, b = 3) { return a(); } return f(); });"
            + " t(function () { class K { m(a = b, b) {} } new K().m(); });"
            + " print(out.join(' '));");
  }

  @Test
  void forInOfHeadBindingsAreInTheirTdzInTheExpression() {
    check(
        "ReferenceError ReferenceError 3 3,7\n",
        "var out = []; function t(f) { try { out.push(f()); } catch (e) { out.push(e.name); } }"
            + " t(function () { let x = 1; for (let x of [x]) {} });"
            + " t(function () { let x = 1; for (const x in {x}) {} });"
            + " t(function () { var fs = []; for (let x of [1, 2]) { fs.push(() => x); }"
            + " return fs[0]() + fs[1](); });"
            + " t(function () { var r = []; for (const [a, b] of [[1, 2], [3, 4]]) {"
            + " r.push(a + b); } return r; }); print(out.join(' '));");
  }

  @Test
  void arrowLengthStopsAtTheFirstDefault() {
    check("1 2\n", "print(((a, b = 1, c) => 0).length, ((a, b) => 0).length);");
  }

  @Test
  void readingAnElementOfNullThrowsBeforeConvertingTheKey() {
    check(
        "TypeError TypeError 0\n",
        "var n = 0; var key = {toString: function () { n++; return 'k'; }}; var out = [];"
            + " try { null[key]; } catch (e) { out.push(e.name); }"
            + " try { var u; u[key]; } catch (e) { out.push(e.name); } print(out.join(' '), n);");
  }

  @Test
  void initialisersDoNotSeeTheBodysVars() {
    check(
        "outside inside 1 5 2 4 4 0 2\n",
        "var x = 'outside'; var probeParams, probeBody;"
            + " function f(_ = probeParams = function () { return x; }) { var x = 'inside';"
            + " probeBody = function () { return x; }; } f(); var out = [probeParams(), probeBody()];"
            + " function g(a = 1) { var a; return a; } out.push(g(), g(5));"
            + " function h(a = 1) { var b = a + 1; function k() { return b; } return k(); }"
            + " out.push(h()); function m([a, b], c = a) { var d = a + b + c; return d; }"
            + " out.push(m([1, 2])); var arrow = (p = 2) => { var q = p * 2; return () => q; };"
            + " out.push(arrow()()); function n(a = 1) { return arguments.length; }"
            + " out.push(n(), n(1, 2)); print(out.join(' '));");
  }
}
