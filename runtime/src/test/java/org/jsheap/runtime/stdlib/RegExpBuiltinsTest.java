package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class RegExpBuiltinsTest {
  @Test
  void execAndTest() {
    LibJs.check(
        "12-345 12 345 4 tel 12-345 x 3\n"
            + "true false true true false\n"
            + "true 2 true 3 false 0\n"
            + "2024 05\n"
            + "(\\d+)-(\\d+)  gim false true /a\\/b/g /x+/g g\n"
            + "true true false true true true\n"
            + "true\n"
            + "true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var re = /(\\d+)-(\\d+)/;\n"
            + "var m = re.exec('tel 12-345 x');\n"
            + "print(m[0], m[1], m[2], m.index, m.input, m.length);\n"
            + "print(re.test('a1-2'), re.test('none'), /^abc$/i.test('ABC'), new RegExp('a.c', 's').test('a\\nc'), /a.c/.test('a\\nc'));\n"
            + "var g = /o/g; print(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);\n"
            + "var n = new RegExp('(?<year>\\\\d{4})-(?<month>\\\\d\\\\d)').exec('on 2024-05'); print(n.groups.year, n.groups.month);\n"
            + "print(re.source, re.flags, /a/gim.flags, re.global, g.global, String(/a\\/b/g), new RegExp('x+', 'g').toString(), new RegExp(/q/g).flags);\n"
            + "print(/[^]/.test('\\n'), /\\s/.test('\\u00a0'), /a$/.test('a\\n'), /a$/m.test('a\\nb'), /[[]/.test('['), /\\0/.test('\\0'));\n"
            + "try { new RegExp('(', ''); } catch (e) { print(e instanceof SyntaxError); }\n"
            + "try { new RegExp('a', 'gg'); } catch (e) { print(e instanceof SyntaxError); }\n");
  }

  @Test
  void ecmaScriptSemantics() {
    LibJs.check(
        "42 true true true\n"
            + "true abab aaa 0\n"
            + "SyntaxError Invalid regular expression: /(/: Unterminated group\n"
            + "true 2 false\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print(new RegExp('(?<=\\\\$)\\\\d+').exec('cost $42')[0], /(a)|\\1b/.test('b'), /\\s/.test('\\u2028'), new RegExp('\\\\u{1F600}', 'u').test('\\ud83d\\ude00'));\n"
            + "print(/[a-z]/i.test('K'), /(?:ab)+/.exec('ababx')[0], /a{2,3}/.exec('aaaa')[0], /x*/.exec('y').index);\n"
            + "try { new RegExp('('); } catch (e) { print(e.name, e.message); }\n"
            + "var sticky = new RegExp('a', 'y'); sticky.lastIndex = 1; print(sticky.test('ba'), sticky.lastIndex, sticky.test('ba'));\n");
  }

  @Test
  void stringMethodsWithRegExps() {
    LibJs.check(
        "a#b#c# a#b22 Smith, John\n"
            + "x<2@1>y<4@3>\n"
            + "a|b|c| a|b|c a|b|c\n"
            + "1|22|333 null c 2 -1\n"
            + "bbb The slow a-b-\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print('a1b22c333'.replace(/\\d+/g, '#'), 'a1b22'.replace(/\\d+/, '#'), 'John Smith'.replace(/(\\w+)\\s(\\w+)/, '$2, $1'));\n"
            + "print('x1y2'.replace(/\\d/g, function (d, i) { return '<' + d * 2 + '@' + i + '>'; }));\n"
            + "print(join('a1b2c3'.split(/\\d/), '|'), join('a, b ,c'.split(/\\s*,\\s*/), '|'), join('abc'.split(/(b)/), '|'));\n"
            + "print(join('a1b22c333'.match(/\\d+/g), '|'), 'abc'.match(/x/g), 'abc'.match(/b(c)/)[1], 'abc'.search(/c/), 'abc'.search('z'));\n"
            + "print('aaa'.replace(new RegExp('a', 'gy'), 'b'), 'The Quick'.replace(/quick/i, 'slow'), 'aXbX'.replaceAll(/x/gi, '-'));\n");
  }
}
