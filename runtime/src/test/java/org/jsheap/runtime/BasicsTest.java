package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Step 1: literals, variables, functions and calls, control flow, operators, objects, arrays. */
class BasicsTest {
  static void check(String expected, String code) {
    assertEquals(expected, Js.run(code));
  }

  @Test
  void printsLiteralsAsJavaScriptDoes() {
    check(
        "1 2.5 hello true false null undefined\n1e+21 0.1 0 NaN Infinity\n",
        "print(1, 2.5, 'hello', true, false, null, undefined);"
            + " print(1e21, 0.1, -0, 0/0, 1/0);");
  }

  @Test
  void variablesAndArithmetic() {
    check(
        "7 -1 12 0.75 1 2147483648 -2147483649\n",
        "var a = 3; let b = 4; const c = a * b;"
            + " print(a + b, a - b, c, a / b, 7 % 3, 2147483647 + 1, -2147483647 - 2);");
  }

  @Test
  void functionsAndRecursion() {
    check(
        "55 120\n",
        "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }"
            + " var fact = function (n) { return n <= 1 ? 1 : n * fact(n - 1); };"
            + " print(fib(10), fact(5));");
  }

  @Test
  void controlFlow() {
    check(
        "0 1 2 \n10\n3\n",
        "var s = ''; for (var i = 0; i < 3; i++) { s = s + i + ' '; } print(s);"
            + " var n = 0; while (n < 10) n++; print(n);"
            + " var k = 0; do { k++; } while (k < 3); if (k == 3) print(k); else print('no');");
  }

  @Test
  void objectsAndArrays() {
    check(
        "1 2 3 undefined\n4 30 7\n",
        "var o = {x: 1, y: 2}; o.z = 3; print(o.x, o['y'], o.z, o.w);"
            + " var a = [10, 20, 30]; a[3] = 7; print(a.length, a[2], a[3]);");
  }

  @Test
  void stringConcatenationInLoops() {
    check(
        "3000 abcabc\n",
        "var s = ''; for (var i = 0; i < 1000; i++) s += 'abc'; print(s.length, s.substring ? 'x' : s[0] + s[1] + s[2] + 'abc');");
  }

  @Test
  void comparisonsAndLogic() {
    check(
        "true false true true 0 x\n",
        "print(1 < 2, 'b' < 'a', 1 == '1', null == undefined, 0 && 'x', 0 || 'x');");
  }
}
