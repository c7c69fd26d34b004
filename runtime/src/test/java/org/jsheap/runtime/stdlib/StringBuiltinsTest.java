package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class StringBuiltinsTest {
  @Test
  void es5Methods() {
    LibJs.check(
        "e true 72 NaN 4 8 8 -1 4\n"
            + "World Worl llo Wor HELLO, WORLD hello, world\n"
            + "[pad] [x ] [ x]\n"
            + "a|b||c a|b|c a|b abc 1\n"
            + "abcdef1 -1 1 0\n"
            + "baa a[-1]b-c abbc\n"
            + "HiA 123 true null Symbol(d) \n"
            + "object 4 wrap! wrap wrap\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var s = 'Hello, World';\n"
            + "print(s.charAt(1), s.charAt(99) === '', s.charCodeAt(0), s.charCodeAt(99), s.indexOf('o'), s.indexOf('o', 5), s.lastIndexOf('o'), s.indexOf('zz'), s.lastIndexOf('o', 5));\n"
            + "print(s.slice(7), s.slice(-5, -1), s.substring(5, 2), s.substr(-5, 3), s.toUpperCase(), s.toLowerCase());\n"
            + "print('[' + '  pad  '.trim() + ']', '[' + '  x '.trimStart() + ']', '[' + ' x  '.trimEnd() + ']');\n"
            + "print(join('a,b,,c'.split(','), '|'), join('abc'.split(''), '|'), join('a,b,c'.split(',', 2), '|'), join('abc'.split(), '|'), ''.split(',').length);\n"
            + "print('abc'.concat('def', 1), 'a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'));\n"
            + "print('aaa'.replace('a', 'b'), 'a-b-c'.replace('-', function (m, p) { return '[' + m + p + ']'; }), 'abc'.replace('b', '$&$&'));\n"
            + "print(String.fromCharCode(72, 105, 65601), String(123), String(true), String(null), String(Symbol('d')), String());\n"
            + "var w = new String('wrap'); print(typeof w, w.length, w + '!', w.valueOf(), w.toString());\n");
  }

  @Test
  void es2015Methods() {
    LibJs.check(
        "true false true true true true\n"
            + "ababab true 005 abc121 abc [a  ]\n"
            + "c 98 a+b+c\n"
            + "true\n"
            + "true\n"
            + "true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print('abc'.includes('b'), 'abc'.includes('d'), 'abc'.startsWith('ab'), 'abc'.startsWith('b', 1), 'abc'.endsWith('bc'), 'abc'.endsWith('a', 1));\n"
            + "print('ab'.repeat(3), 'x'.repeat(0) === '', '5'.padStart(3, '0'), 'abc'.padEnd(6, '12'), 'abc'.padStart(2), '[' + 'a'.padEnd(3) + ']');\n"
            + "print('abc'.at(-1), 'abc'.codePointAt(1), 'a-b-c'.replaceAll('-', '+'));\n"
            + "try { 'a'.repeat(-1); } catch (e) { print(e instanceof RangeError); }\n"
            + "try { call(String.prototype.trim, null); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { 'abc'.startsWith(/a/); } catch (e) { print(e instanceof TypeError); }\n");
  }
}
