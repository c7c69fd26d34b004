package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Step 2: closures, scopes, this/new/prototype, operators, statements, exceptions. */
class LanguageTest {
  @Test
  void closuresCaptureVariablesAndSurviveCollections() {
    check(
        "1 2 3 10\n",
        "function counter() { var n = 0; return function () { n++; return n; }; }"
            + " var c = counter(); c(); c(); var junk = []; for (var i = 0; i < 2000; i++)"
            + " junk.push ? 0 : junk[i] = {i: i}; var r3 = c(); var d = counter();"
            + " function add(x) { return function (y) { return x + y; }; }"
            + " print(d(), d(), r3, add(4)(6));");
  }

  @Test
  void blockScopesAndPerIterationBindings() {
    check(
        "0 1 2\n1 2\n",
        "var fs = []; for (let i = 0; i < 3; i++) { fs[i] = function () { return i; }; }"
            + " print(fs[0](), fs[1](), fs[2]());"
            + " let x = 1; { let x = 2; print(1, x); }");
  }

  @Test
  void temporalDeadZoneIsAReferenceError() {
    check(
        "ReferenceError\n",
        "function f() { try { y; } catch (e) { print(e.name); } let y = 1; } f();");
  }

  @Test
  void hoistingOfVarsAndFunctions() {
    check("undefined 3\n", "print(v, g()); var v = 1; function g() { return 3; }");
  }

  @Test
  void thisNewPrototypeInstanceof() {
    check(
        "3 true false 5 true\n",
        "function P(x) { this.x = x; } P.prototype.get = function () { return this.x; };"
            + " var p = new P(3); var q = {y: 5, f: function () { return this.y; }};"
            + " print(p.get(), p instanceof P, q instanceof P, q.f(), 'x' in p);");
  }

  @Test
  void typeofDeleteVoidCommaConditional() {
    check(
        "undefined number string object function boolean\ntrue undefined undefined 3 yes\n",
        "print(typeof nope, typeof 1, typeof 's', typeof null, typeof print, typeof true);"
            + " var o = {a: 1}; print(delete o.a, o.a, void 0, (1, 2, 3), o ? 'yes' : 'no');");
  }

  @Test
  void bitOperationsWrapAround() {
    check(
        "-1 4294967295 1 -2147483648 2147483647 -4 1073741823 0\n",
        "print(~0, -1 >>> 0, 1 << 32, 1 << 31, 4294967295 >> 1 ^ -2147483648 | 0,"
            + " -16 >> 2, -4 >>> 2, 5.5 & 0);");
  }

  @Test
  void remainderOnDoublesAndIncrements() {
    check(
        "1.5 -1 NaN 7 5 7 8\n",
        "var i = 5; var a = i++; var b = ++i; var o = {n: 7}; o.n++; var arr = [1]; arr[0] += 4;"
            + " print(5.5 % 2, -7 % 2, 1 % 0, i, a, b, o.n) ;");
  }

  @Test
  void switchWithFallThroughAndLabels() {
    check(
        "two three\n0,0 0,1 1,0 \n",
        "var out = ''; switch (2) { case 1: out += 'one '; case 2: out += 'two '; case 3:"
            + " out += 'three'; break; default: out += 'd'; } print(out);"
            + " var s = ''; outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) {"
            + " if (j == 2) continue outer; if (i == 1 && j == 1) break outer; s += i + ',' + j"
            + " + ' '; } } print(s);");
  }

  @Test
  void forInEnumeratesInJavaScriptOrder() {
    check(
        "1 2 b a z\n",
        "var o = {b: 1, a: 2}; o[2] = 0; o[1] = 0; var P = function () {};"
            + " P.prototype.z = 1; var x = new P(); var keys = [];"
            + " for (var k in o) keys.push ? 0 : 0; var s = ''; for (var k in o) s += k + ' ';"
            + " for (var k in x) s += k; print(s);");
  }

  @Test
  void tryCatchFinallyAndThrowAnyValue() {
    check(
        "caught 42 finally\ninner finally\n7\n",
        "try { throw 42; } catch (e) { print('caught', e, 'finally'); }"
            + " function f() { try { return 7; } finally { print('inner finally'); } }"
            + " print(f());");
  }

  @Test
  void gettersSettersAndArguments() {
    check(
        "10 20 3 a,b\n",
        "var o = { v: 5, get double() { return this.v * 2; }, set double(x) { this.v = x / 2; } };"
            + " var d1 = o.double; o.double = 40; function f() { return arguments.length; }"
            + " function g() { return arguments[0] + ',' + arguments[1]; }"
            + " print(d1, o.v, f(1, 2, 3), g('a', 'b'));");
  }

  @Test
  void compoundAssignmentOnElementsAndChains() {
    check(
        "6 3 3 x1\n",
        "var a = [1, 2]; var i = 0; a[i++] += 5; var b, c; b = c = 3; var s = 'x'; s += 1;"
            + " print(a[0], b, c, s);");
  }

  @Test
  void constBindingsCannotBeAssigned() {
    check(
        "TypeError TypeError 1 2\n",
        "const top = 1; var r = []; try { top = 2; } catch (e) { r.push(e.name); }"
            + " function f() { const local = 2; try { local = 3; } catch (e) { r.push(e.name); }"
            + " return local; } var l = f(); print(r.join(' '), top, l);");
  }
}
