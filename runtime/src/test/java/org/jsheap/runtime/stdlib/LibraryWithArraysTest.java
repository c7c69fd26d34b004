package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class LibraryWithArraysTest {
  @Test
  void collectionsFromAndToArrays() {
    LibJs.check(
        "2 b 2 1,2 a,b\n"
            + "3 3,1,2 3\n"
            + "true false\n"
            + "map\n"
            + "1,a true\n"
            + "0 0 {} [[1,\"a\"],[2,\"b\"]]\n",
        "var m = new Map([[1, 'a'], [2, 'b']]);\n"
            + "print(m.size, m.get(2), [...m].length, [...m.keys()], Array.from(m.values()));\n"
            + "var s = new Set([3, 1, 3, 2]);\n"
            + "print(s.size, [...s], Array.from(s).length);\n"
            + "var ws = new WeakSet([m, s]); print(ws.has(m), ws.has({}));\n"
            + "var wm = new WeakMap([[m, 'map']]); print(wm.get(m));\n"
            + "var it = m[Symbol.iterator](); print(it.next().value, Object.getPrototypeOf(it) === Object.getPrototypeOf(new Map().entries()));\n"
            + "print(Object.keys(m).length, Object.getOwnPropertyNames(m).length, JSON.stringify(m), JSON.stringify([...m]));\n");
  }

  @Test
  void stringAndRegExpResultsAreArrays() {
    LibJs.check(
        "a,b,c a,b, 1,22 true\n"
            + "3 undefined true 0\n"
            + "4 {\"k\":[1,\"two\",null]}\n"
            + "1,b,a\n",
        "print('a,b,c'.split(','), 'a1b2'.split(/\\d/), 'x1y22'.match(/\\d+/g), Array.isArray('ab'.split('')));\n"
            + "var m = /(\\w)(\\d)?/.exec('a'); print(m.length, m[2], Array.isArray(m), m.index);\n"
            + "print(JSON.parse('[1,[2,3],{\"a\":[4]}]')[2].a, JSON.stringify({k: [1, 'two', null]}));\n"
            + "print(Object.keys(JSON.parse('{\"b\":1,\"a\":2,\"1\":3}')));\n");
  }
}
