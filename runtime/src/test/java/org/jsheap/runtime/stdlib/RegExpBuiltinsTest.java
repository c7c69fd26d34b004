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
            + "(\\d+)-(\\d+)  gim false true /a\\/b/g /x+/g\n"
            + "true true false true\n"
            + "true\n"
            + "true\n",
        "var re = /(\\d+)-(\\d+)/;\n"
            + "var m = re.exec('tel 12-345 x');\n"
            + "print(m[0], m[1], m[2], m.index, m.input, m.length);\n"
            + "print(re.test('a1-2'), re.test('none'), /^abc$/i.test('ABC'), /a.c/s.test('a\\nc'), /a.c/.test('a\\nc'));\n"
            + "var g = /o/g; print(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);\n"
            + "var n = /(?<year>\\d{4})-(?<month>\\d\\d)/.exec('on 2024-05'); print(n.groups.year, n.groups.month);\n"
            + "print(re.source, re.flags, /a/gim.flags, re.global, g.global, String(/a\\/b/g), new RegExp('x+', 'g').toString());\n"
            + "print(/[^]/.test('\\n'), /\\s/.test('\\u00a0'), /a$/.test('a\\n'), /a$/m.test('a\\nb'));\n"
            + "try { new RegExp('(', ''); } catch (e) { print(e instanceof SyntaxError); }\n"
            + "try { new RegExp('a', 'gg'); } catch (e) { print(e instanceof SyntaxError); }\n");
  }

  @Test
  void stringMethodsWithRegExps() {
    LibJs.check(
        "a#b#c# a#b22 Smith, John\n"
            + "x<2@1>y<4@3>\n"
            + "a,b,c, a,b,c a,b,c\n"
            + "1,22,333 null c 2 -1\n"
            + "bbb a,b,c The slow\n",
        "print('a1b22c333'.replace(/\\d+/g, '#'), 'a1b22'.replace(/\\d+/, '#'), 'John Smith'.replace(/(\\w+)\\s(\\w+)/, '$2, $1'));\n"
            + "print('x1y2'.replace(/\\d/g, function (d, i) { return '<' + d * 2 + '@' + i + '>'; }));\n"
            + "print('a1b2c3'.split(/\\d/), 'a, b ,c'.split(/\\s*,\\s*/), 'abc'.split(/(b)/));\n"
            + "print('a1b22c333'.match(/\\d+/g), 'abc'.match(/x/g), 'abc'.match(/b(c)/)[1], 'abc'.search(/c/), 'abc'.search('z'));\n"
            + "print('aaa'.replace(/a/gy, 'b'), 'a.b.c'.split('.'), 'The Quick'.replace(/quick/i, 'slow'));\n");
  }
}
