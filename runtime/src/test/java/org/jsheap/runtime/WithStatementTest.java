package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * The {@code with} statement's object environment record and a derived constructor's {@code this}
 * (golden {@code statements/with.js} and {@code classes/derived-this.js} in tests/ hold the larger
 * programs). Expected outputs are Node's.
 */
class WithStatementTest {
  @Test
  void namesResolveThroughTheObjectFirst() {
    check(
        "1 2 outer true 5\n",
        "var o = {a: 1}; var b = 'outer'; var r = [];"
            + " with (o) { r.push(a); a = 2; r.push(a, b); c = 5; }"
            + " print(r.join(' '), 'c' in this, c);");
  }

  @Test
  void valuesThatAllocateAreWrittenToTheObjectTheyResolvedTo() {
    // the binding object stays in a slot while the right-hand side allocates (GC stress moves it)
    check(
        "40 0-1-2-3-4-5-6-7-8-9 item39 39\n",
        "var o = {list: [], text: '', last: null}; with (o) {"
            + " for (var i = 0; i < 40; i++) { list = list.concat([{n: i}]);"
            + " text = [text, String(i % 10)].join(i % 10 ? '-' : '').slice(-19);"
            + " last = {name: 'item' + i, n: i}; } }"
            + " print(o.list.length, o.text, o.last.name, o.list[39].n);");
  }

  @Test
  void strictCodeInsideTheBodySeesMissingAndReadOnlyBindings() {
    check(
        "ReferenceError ReferenceError TypeError undefined\n",
        "var o = {x: 1, ro: 2}; Object.defineProperty(o, 'ro', {writable: false}); var r = [];"
            + " with (o) { var read = function () { 'use strict'; return x; };"
            + " var write = function (v) { 'use strict'; x = v; };"
            + " var writeRo = function () { 'use strict'; ro = 9; };"
            + " var sloppy = function (v) { x = v; }; }"
            + " delete o.x;"
            + " try { read(); } catch (e) { r.push(e.name); }"
            + " try { write(1); } catch (e) { r.push(e.name); }"
            + " try { writeRo(); } catch (e) { r.push(e.name); }"
            + " sloppy(3); print(r.join(' '), o.x);");
  }

  @Test
  void sloppyWriteAfterThePropertyWentResolvesOutward() {
    check(
        "3 true\n",
        "var o = {x: 1}; with (o) { var sloppy = function (v) { x = v; }; } delete o.x; sloppy(3); print(x, 'x' in this);");
  }

  @Test
  void aPropertyGoneAfterResolutionReadsUndefinedOrThrowsInStrictCode() {
    // the unscopables getter runs during resolution and deletes the property it approved
    check(
        "undefined false ReferenceError\n",
        "var o = {g: 1}; Object.defineProperty(o, Symbol.unscopables, {get: function () {"
            + " delete o.g; return undefined; }}); var r = 'unset'; with (o) { r = g; }"
            + " var p = {h: 1}; Object.defineProperty(p, Symbol.unscopables, {get: function () {"
            + " delete p.h; return undefined; }}); var e2; with (p) { (function () {"
            + " 'use strict'; try { h; } catch (e) { e2 = e.name; } })(); }"
            + " print(r, 'g' in o, e2);");
  }

  @Test
  void unscopablesGettersAndErrorsPropagate() {
    check(
        "1 hidden boom\n",
        "var calls = 0; var o = {v: 'seen'};"
            + " Object.defineProperty(o, Symbol.unscopables, {get: function () {"
            + " calls++; return {v: true}; }});"
            + " var v = 'hidden'; var got; with (o) { got = v; }"
            + " var bad = {w: 1}; Object.defineProperty(bad, Symbol.unscopables, {get: function ()"
            + " { throw 'boom'; }}); var err; try { with (bad) { w; } } catch (e) { err = e; }"
            + " print(calls, got, err);");
  }

  @Test
  void deleteOfNames() {
    check(
        "true false false true true false\n",
        "var o = {p: 1}; Object.defineProperty(o, 'fixed', {value: 1}); var v = 1; implicit = 2;"
            + " let lex = 3; var r = [];"
            + " with (o) { r.push(delete p, 'p' in o, delete fixed); }"
            + " r.push(delete implicit, delete notThere, delete v); print(r.join(' '));");
  }

  @Test
  void callsAndBindingObjects() {
    check(
        "obj  TypeError TypeError 3\n",
        "var o = {name: 'obj', who: function () { return this.name; }};"
            + " function plain() { 'use strict'; return this; }"
            + " var r = []; with (o) { r.push(who()); } with ({}) { r.push(plain()); }"
            + " try { with (undefined) {} } catch (e) { r.push(e.name); }"
            + " try { with (null) {} } catch (e) { r.push(e.name); }"
            + " with ('abc') { r.push(length); } print(r.join(' '));");
  }

  @Test
  void withIsASyntaxErrorInStrictCode() {
    check(
        "SyntaxError\n",
        "try { eval(\"'use strict'; with ({}) {}\"); } catch (e) { print(e.name); }");
  }

  @Test
  void derivedConstructorThis() {
    check(
        "ReferenceError ReferenceError ReferenceError TypeError ok\n",
        "class A { constructor() { this.a = 1; } } var r = [];"
            + " function t(f) { try { f(); r.push('ok'); } catch (e) { r.push(e.name); } }"
            + " t(() => new (class extends A { constructor() { this.x = 1; super(); } })());"
            + " t(() => new (class extends A { constructor() { super(); super(); } })());"
            + " t(() => new (class extends A { constructor() { } })());"
            + " t(() => new (class extends A { constructor() { super(); return 1; } })());"
            + " t(() => new (class extends A { constructor() { var f = () => this; super(); f(); } })());"
            + " print(r.join(' '));");
  }
}
