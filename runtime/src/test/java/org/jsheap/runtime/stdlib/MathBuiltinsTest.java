package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class MathBuiltinsTest {
  @Test
  void functions() {
    LibJs.check(
        "3 2 -2 3 -2 -Infinity\n"
            + "-Infinity Infinity 3 -3 NaN Infinity -Infinity\n"
            + "4 3 1024 1 5 0\n"
            + "-1 0 -4 4 5.5 5.050000190734863\n"
            + "31 32 12 -5 3 3\n"
            + "0 1 true 1 0 0 0\n"
            + "0 0 0 0 1 0 0 0 0 0\n"
            + "8 2 4 NaN NaN\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print(Math.abs(-3), Math.ceil(1.2), Math.floor(-1.2), Math.round(2.5), Math.round(-2.5), 1 / Math.round(-0.4));\n"
            + "print(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, -3), Math.max(1, NaN), 1 / Math.max(-0, 0), 1 / Math.min(0, -0));\n"
            + "print(Math.sqrt(16), Math.cbrt(27), Math.pow(2, 10), Math.pow(NaN, 0), Math.hypot(3, 4), Math.hypot());\n"
            + "print(Math.sign(-5), Math.sign(0), Math.trunc(-4.7), Math.trunc(4.7), Math.fround(5.5), Math.fround(5.05));\n"
            + "print(Math.clz32(1), Math.clz32(0), Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.log2(8), Math.log10(1000));\n"
            + "print(Math.sin(0), Math.cos(0), Math.atan2(1, 1) === Math.PI / 4, Math.exp(0), Math.log(1), Math.expm1(0), Math.log1p(0));\n"
            + "print(Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.sinh(0), Math.cosh(0), Math.tanh(0), Math.tan(0), Math.asin(0), Math.acos(1), Math.atan(0));\n"
            + "print(Math.max('7', '8'), Math.abs('-2'), Math.floor({valueOf: function () { return 4.5; }}), Math.abs(), Math.sqrt(-1));\n");
  }

  @Test
  void constantsAndRandom() {
    LibJs.check(
        "3.141592653589793 2.718281828459045 0.6931471805599453 2.302585092994046 1.4426950408889634 0.4342944819032518 1.4142135623730951 0.7071067811865476\n"
            + "true number object\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);\n"
            + "var ok = true; for (var i = 0; i < 100; i++) { var r = Math.random(); ok = ok && r >= 0 && r < 1; }\n"
            + "print(ok, typeof Math.random(), typeof Math);\n");
  }
}
