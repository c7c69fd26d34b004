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
}
