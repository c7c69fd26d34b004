package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** ES5/ES2015 semantics that were gaps: instanceof protocol, arguments, strict writes, ... */
class SemanticsGapsTest {
  @Test
  void instanceofConsultsSymbolHasInstance() {
    check(
        "true false true false\nTypeError\n",
        "class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }"
            + " var any = { [Symbol.hasInstance](v) { return v === 1 ? 'yes' : 0; } };"
            + " print(2 instanceof Even, 3 instanceof Even, 1 instanceof any, 2 instanceof any);"
            + " try { ({}) instanceof {}; } catch (e) { print(e.name); }");
  }

  @Test
  void sloppyArgumentsAliasSimpleParameters() {
    check(
        "changed 9 9 changed\nundefined 1 x\n7 7\n",
        "function g(a, b) { arguments[0] = 'changed'; b = 9; var r = a + ' ' + b + ' ' + arguments[1];"
            + " var get = function () { return a; }; return r + ' ' + get(); }"
            + " print(g('orig', 2));"
            + " function h(a, b) { b = 1; arguments[0] = 'x'; return arguments[1] + ' ' + b + ' ' + a; }"
            + " print(h('y'));"
            + " function k(a) { var set = () => { arguments[0] = 7; }; set(); return a + ' ' + arguments[0]; }"
            + " print(k(1));");
  }

  @Test
  void deletingOrRedefiningAMappedElementUnmapsIt() {
    check(
        "2 A 3 1 4 g 5 5\n",
        "function d(a) { a = 2; delete arguments[0]; arguments[0] = 'A'; return a + ' ' + arguments[0]; }"
            + " function n(a) { Object.defineProperty(arguments, '0', { writable: false }); a = 3;"
            + " return a + ' ' + arguments[0]; }"
            + " function g(a) { Object.defineProperty(arguments, '0', { get: function () { return 'g'; },"
            + " configurable: true }); a = 4; return a + ' ' + arguments[0]; }"
            + " function e(a) { Object.defineProperty(arguments, '0', { enumerable: false }); a = 5;"
            + " return a + ' ' + arguments[0]; }"
            + " print(d(1), n(1), g(1), e(1));");
  }

  @Test
  void strictAndNonSimpleArgumentsAreUnmapped() {
    check(
        "orig orig 1\n",
        "function s(a) { 'use strict'; arguments[0] = 'x'; return a; }"
            + " function d(a, b = 1) { arguments[0] = 'x'; return a; }"
            + " function w(a) { a = 1; return arguments.length === 0 ? a : 'bad'; }"
            + " print(s('orig'), d('orig'), w());");
  }

  private static final String COUNTER =
      "var log = [];"
          + " function counter(tag) { var n = 0; return { [Symbol.iterator]() { return {"
          + " next() { n++; return { value: n, done: n > 5 }; },"
          + " return() { log.push(tag + n); return {}; } }; } }; }";

  @Test
  void forOfClosesItsIteratorOnEveryAbruptExit() {
    check(
        "b2,r3,t1,c2,c2,c2,c2,c2 E 15\n",
        COUNTER
            + " for (var x of counter('b')) { if (x === 2) break; }"
            + " (function () { for (var x of counter('r')) { if (x === 3) return; } })();"
            + " try { for (var x of counter('t')) { throw 'E'; } } catch (e) { var caught = e; }"
            + " outer: for (var i of [1, 2, 3, 4, 5]) { for (var y of counter('c')) {"
            + " if (y === 2) continue outer; } }"
            + " var sum = 0; for (var z of counter('never')) { sum += z; }"
            + " print(log.join(), caught, sum);");
  }

  @Test
  void iteratorCloseErrors() {
    check(
        "TypeError E\n",
        "function it(ret) { return { [Symbol.iterator]() { return { next() { return {value: 1,"
            + " done: false}; }, return: ret }; } }; }"
            + " try { for (var a of it(function () { return 1; })) break; } catch (e) { var r1 = e.name; }"
            + " try { for (var a of it(function () { throw 'R'; })) throw 'E'; } catch (e) { var r2 = e; }"
            + " print(r1, r2);");
  }

  @Test
  void arrayDestructuringTakesOnlyWhatItNeedsAndCloses() {
    check(
        "1 2 d2 | 1 [2,3,4,5] |\n",
        COUNTER
            + " var [a, b] = counter('d'); var out = a + ' ' + b + ' ' + log.join() + ' | ';"
            + " log = []; var [c, ...rest] = counter('r');"
            + " print(out + c, JSON.stringify(rest), '|' + log.join());");
  }

  @Test
  void strictWritesToReadOnlyTargetsThrow() {
    check(
        "TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,TypeError,ReferenceError,TypeError,"
            + "TypeError\n"
            + "1 undefined 1 undefined 1\n",
        "var fr = Object.freeze({ k: 1, 0: 1 }); var ne = Object.preventExtensions({});"
            + " var ro = Object.defineProperty({}, 'r', { value: 1 });"
            + " var go = { get g() { return 1; } };"
            + " var tries = (function () { 'use strict'; return [function () { fr.k = 2; },"
            + " function () { fr[0] = 2; },"
            + " function () { ne.x = 1; }, function () { ne[3] = 1; }, function () { ro.r = 2; },"
            + " function () { go.g = 2; }, function () { 'abc'.len = 1; },"
            + " function () { undeclaredStrict = 1; }, function () { delete fr.k; },"
            + " function () { fr[{ toString: function () { return 'k' + [1].join(); } }] = 2; }];"
            + " })();"
            + " var out = [];"
            + " tries.forEach(function (f) { try { f(); out.push('none'); }"
            + " catch (e) { out.push(e.name); } });"
            + " print(out.join());"
            + " fr.k = 2; ne.x = 1; ro.r = 2; go.g = 2;"
            + " print(fr.k, ne.x, ro.r, typeof undeclaredStrict, go.g);");
  }

  @Test
  void taggedTemplatesGetOneFrozenTemplateObjectPerSite() {
    check(
        "a|\\u0041|/a|A|/1,2\ntrue false true true 1\n",
        "function tag(s, ...v) { return s.raw.join('|') + '/' + s.join('|') + '/' + v.join(','); }"
            + " print(tag`a${1}\\u0041${2}`);"
            + " function id(s) { return s; } function site() { return id`x`; }"
            + " print(site() === site(), site() === id`x`, Object.isFrozen(site()),"
            + " Object.isFrozen(site().raw), site().length);");
  }

  @Test
  void evalRunsCodeInTheGlobalScope() {
    check(
        "3 10 number function 42 2 2 undefined\n8 3 undefined\nSyntaxError true\n",
        "print(eval('1 + 2'), eval('var ev = 5; ev * 2'), typeof ev, (0, eval)('typeof print'),"
            + " eval(42), eval('let l = 1; l + 1'), eval('let l = 2; l'), typeof l);"
            + " var gv = 7; function f() { return eval('gv + 1'); }"
            + " eval('function ef() { return 3; }'); print(f(), ef(), eval(''));"
            + " try { eval('var = ;'); } catch (e) { print(e.name, e.message.length > 0 && !/^eval:/.test(e.message)); }");
  }

  @Test
  void superAndNewTargetInsideArrows() {
    check(
        "A.m+A.m A.s\n7 C C D A false true undefined obj\ntrue\n",
        "class A { m() { return 'A.m'; } static s() { return 'A.s'; }"
            + " constructor(x) { this.nt = new.target && new.target.name; this.x = x; } }"
            + " class B extends A { m() { var f = () => super.m();"
            + " return f() + '+' + (() => () => super['m']())()(); }"
            + " static s() { return (() => super.s())(); } }"
            + " class C extends A { constructor() { var go = () => super(7); go();"
            + " this.arrowNt = (() => new.target.name)(); } }"
            + " class D extends A {}"
            + " function F() { return new.target === F; }"
            + " function G() { var a = () => new.target; return a(); }"
            + " print(new B().m(), B.s()); var c = new C();"
            + " print(c.x, c.nt, c.arrowNt, new D(1).nt, new A().nt, F(), new F() instanceof F, G(),"
            + " new G() === G ? 'obj' : typeof new G());"
            + " class E extends A { constructor() { var self = () => this; super(1);"
            + " this.same = self() === this; } }"
            + " print(new E().same);");
  }
}
