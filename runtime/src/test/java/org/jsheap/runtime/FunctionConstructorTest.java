package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** The {@code Function} constructor compiles its source in the global scope. */
class FunctionConstructorTest {
  @Test
  void buildsAnonymousFunctionsFromParametersAndBody() {
    check(
        "function anonymous 5 7 undefined 2\n" + "true 3 true true\n",
        "var f = Function('a', 'b', 'return a + b'); var g = new Function('a, b', 'c', 'return c');"
            + " print(typeof f, f.name, f(2, 3), g(1, 2, 7), Function()(), f.length);"
            + " var C = new Function('this.x = 3'); var o = new C();"
            + " print(o instanceof C, o.x, Object.getPrototypeOf(f) === Function.prototype,"
            + " Function.prototype.constructor === Function);");
  }

  @Test
  void seesGlobalsAndHonoursStrictness() {
    check(
        "10 true false true\n",
        "var base = 10; function outer() { var base = 99; return Function('return base')(); }"
            + " print(outer(), Function('return this')() === globalThis,"
            + " Function('return this')() === undefined,"
            + " Function('\"use strict\"; return this')() === undefined);");
  }

  @Test
  void badParametersOrBodyAreSyntaxErrors() {
    check(
        "SyntaxError SyntaxError SyntaxError\n",
        "var r = []; ['a,,', '(', 'x'].forEach(function (p, i) {"
            + " try { i == 2 ? Function(p, '}') : Function(p, 'return 1'); r.push('ok'); }"
            + " catch (e) { r.push(e.name); } }); print(r.join(' '));");
  }
}
