package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class NumberBuiltinsTest {
  @Test
  void printing() {
    LibJs.check(
        "ff 11111111 -73 0.1 3.c 10\n"
            + "1.00 1234.6 0.00 1e+21 -2 3\n"
            + "123.5 0.00012 1.2e+5 1.5\n"
            + "1.23e+5 0e+0 NaN 255\n"
            + "true\n"
            + "true\n"
            + "true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16), (10).toString());\n"
            + "print((1.005).toFixed(2), (1234.5678).toFixed(1), (0).toFixed(2), (1e21).toFixed(2), (-1.5).toFixed(0), (2.5).toFixed());\n"
            + "print((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision());\n"
            + "print((123456).toExponential(2), (0).toExponential(), NaN.toFixed(2), (255).toString(undefined));\n"
            + "try { (1).toString(1); } catch (e) { print(e instanceof RangeError); }\n"
            + "try { (1).toFixed(101); } catch (e) { print(e instanceof RangeError); }\n"
            + "try { (1).toPrecision(0); } catch (e) { print(e instanceof RangeError); }\n");
  }

  @Test
  void parsing() {
    LibJs.check(
        "42 31 35 -12 NaN 5\n"
            + "3.14 0.5 -Infinity NaN\n"
            + "true false true false\n"
            + "false true false true false false true\n"
            + "true true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print(parseInt('42px'), parseInt('0x1F'), parseInt('z', 36), parseInt('  -12'), parseInt('abc'), parseInt('101', 2));\n"
            + "print(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-Infinityx'), parseFloat('e5'));\n"
            + "print(isNaN('abc'), isNaN('12'), isFinite('12'), isFinite(Infinity));\n"
            + "print(Number.isNaN('abc'), Number.isNaN(NaN), Number.isFinite('12'), Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(Math.pow(2, 53)), Number.isSafeInteger(7));\n"
            + "print(Number.parseInt === parseInt, Number.parseFloat === parseFloat);\n");
  }

  @Test
  void constructorAndConstants() {
    LibJs.check(
        "12 0 16 1000 NaN 1 0 NaN 0\n"
            + "object 6 5 101 5.0\n"
            + "9007199254740991 -9007199254740991 2.220446049250313e-16 1.7976931348623157e+308 5e-324\n"
            + "Infinity -Infinity NaN NaN Infinity\n"
            + "true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print(Number('12'), Number(''), Number('0x10'), Number(' 1e3 '), Number('x'), Number(true), Number(null), Number(undefined), Number());\n"
            + "var n = new Number(5); print(typeof n, n + 1, n.valueOf(), n.toString(2), n.toFixed(1));\n"
            + "print(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE);\n"
            + "print(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, NaN, Infinity);\n"
            + "try { call(Number.prototype.toString, 'x'); } catch (e) { print(e instanceof TypeError); }\n");
  }
}
