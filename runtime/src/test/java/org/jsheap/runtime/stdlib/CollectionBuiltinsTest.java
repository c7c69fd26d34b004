package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class CollectionBuiltinsTest {
  @Test
  void mapBasics() {
    LibJs.check(
        "true 1\n"
            + "zero zero nan one undefined 4 Infinity\n"
            + "obj undefined true false\n"
            + "true false 4\n"
            + "true T\n"
            + "true T\n"
            + "true T\n"
            + "true T\n"
            + "true T\n"
            + "0=zero,NaN=nan,1=uno,obj=obj,b=2\n"
            + "function 0 Map true\n"
            + "0 undefined\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var m = new Map();\n"
            + "print(m.set('a', 1) === m, m.size);\n"
            + "m.set(-0, 'zero'); m.set(NaN, 'nan'); m.set(1, 'one');\n"
            + "print(m.get(0), m.get(+0), m.get(NaN), m.get(1.0), m.get('1'), m.size, 1 / list(m.keys())[1]);\n"
            + "var k = {}; m.set(k, 'obj');\n"
            + "print(m.get(k), m.get({}), m.has(k), m.has('zz'));\n"
            + "print(m.delete('a'), m.delete('a'), m.size);\n"
            + "m.set('b', 2); m.set(1, 'uno');\n"
            + "var out = []; var n = 0; m.forEach(function (v, key, map) { out[n++] = (typeof key === 'object' ? 'obj' : String(key)) + '=' + String(v); print(map === m, this.t); }, {t: 'T'});\n"
            + "print(join(out, ','));\n"
            + "print(typeof Map, Map.length, Map.name, Map.prototype.constructor === Map);\n"
            + "m.clear(); print(m.size, m.get(1));\n");
  }

  @Test
  void stringKeysByContent() {
    LibJs.check(
        "1 true 1\n" + "long\n" + "sym undefined\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var m = new Map();\n"
            + "var a = 'ab' + 'cd'; var b = 'abc' + 'd';\n"
            + "m.set(a, 1);\n"
            + "print(m.get(b), m.has('abcd'), m.size);\n"
            + "var s = ''; for (var i = 0; i < 40; i++) s += 'x';\n"
            + "m.set(s, 'long'); var t = ''; for (var j = 0; j < 40; j++) t = t + 'x';\n"
            + "print(m.get(t));\n"
            + "var sym = Symbol('k'); m.set(sym, 'sym'); print(m.get(sym), m.get(Symbol('k')));\n");
  }

  @Test
  void mapConstructorAndIteration() {
    LibJs.check(
        "false 1 a\n"
            + "3:c 4:d\n"
            + "true undefined\n"
            + "1,3,4 a,c,d 1+3+4\n"
            + "true function true\n"
            + "10 k990 k999 11\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var m = new Map(iter([[1, 'a'], [2, 'b'], [3, 'c']]));\n"
            + "var it = m.entries();\n"
            + "var r = it.next(); print(r.done, r.value[0], r.value[1]);\n"
            + "m.delete(2); m.set(4, 'd');\n"
            + "var rest = []; var n = 0; for (var e of it) rest[n++] = e[0] + ':' + e[1];\n"
            + "print(join(rest, ' '));\n"
            + "print(it.next().done, it.next().value);\n"
            + "print(join(list(m.keys()), ','), join(list(m.values()), ','), join([...m.keys()], '+'));\n"
            + "print(m[Symbol.iterator] === m.entries, typeof it[Symbol.iterator], it[Symbol.iterator]() === it);\n"
            + "var big = new Map(); for (var i = 0; i < 1000; i++) big.set('k' + i, i);\n"
            + "var it2 = big.keys(); it2.next();\n"
            + "for (var j = 1; j < 990; j++) big.delete('k' + j);\n"
            + "var seen = list(it2);\n"
            + "print(seen.length, seen[0], seen[seen.length - 1], big.size);\n");
  }

  @Test
  void callbacksThatMutate() {
    LibJs.check(
        "5 5\n" + "1,3,9\n" + "7 true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var m = new Map(); m.set('a', 1);\n"
            + "var n = 0;\n"
            + "m.forEach(function (v, k) { n++; if (n < 5) m.set('k' + n, n); });\n"
            + "print(n, m.size);\n"
            + "var s = new Set(iter([1, 2, 3]));\n"
            + "var visited = []; var c = 0;\n"
            + "for (var v of s) { visited[c++] = v; if (v === 1) { s.delete(2); s.add(9); } }\n"
            + "print(join(visited, ','));\n"
            + "var cm = new Map(); cm.set(1, 1); cm.set(2, 2);\n"
            + "var ci = cm.keys(); ci.next(); cm.clear(); cm.set(7, 7);\n"
            + "print(ci.next().value, ci.next().done);\n");
  }

  @Test
  void setBasics() {
    LibJs.check(
        "5 true true true true\n"
            + "true true false 5\n"
            + "2|2|NaN|0|5 2/2\n"
            + "true true\n"
            + "true,true,true,true,true\n"
            + "0\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var s = new Set(iter([1, 2, 2, '2', NaN, NaN, -0, 0]));\n"
            + "print(s.size, s.has(2), s.has('2'), s.has(NaN), s.has(0));\n"
            + "print(s.add(5) === s, s.delete(1), s.delete(1), s.size);\n"
            + "var e = s.entries().next().value;\n"
            + "print(join(list(s), '|'), e[0] + '/' + e[1]);\n"
            + "print(Set.prototype.keys === Set.prototype.values, s[Symbol.iterator] === s.values);\n"
            + "var o = []; var n = 0; s.forEach(function (v, k, set) { o[n++] = v === k && set === s || (v !== v && k !== k); }); print(join(o, ','));\n"
            + "s.clear(); print(s.size);\n");
  }

  @Test
  void brandChecksAndErrors() {
    LibJs.check(
        "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "true\n"
            + "50\n"
            + "2 true 1\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var o = {};\n"
            + "try { call(Map.prototype.get, {}, 1); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { call(Map.prototype.get, new Set(), 1); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { call(Set.prototype.add, new Map(), 1); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { Map(); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { new Map(iter([1])); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { new Map(5); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { new WeakMap().set(1, 2); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { new WeakSet().add('s'); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { new Map().forEach(5); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { call(new Map().keys().next, new Set().values()); } catch (e) { print(e instanceof TypeError); }\n"
            + "var frozen = typeof Object !== 'undefined' && Object.freeze ? Object.freeze(new Map()) : new Map();\n"
            + "for (var i = 0; i < 50; i++) frozen.set(i, i);\n"
            + "print(frozen.size);\n"
            + "class MyMap extends Map { constructor() { super(); this.extra = 1; } }\n"
            + "var mm = new MyMap(); mm.set(1, 2); print(mm.get(1), mm instanceof Map, mm.extra);\n");
  }

  @Test
  void weakMapAndWeakSet() {
    LibJs.check(
        "true v1 undefined true false\n"
            + "undefined false false\n"
            + "true false undefined\n"
            + "true\n"
            + "true false true true true false\n"
            + "2 1\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var wm = new WeakMap();\n"
            + "var k1 = {}, k2 = {};\n"
            + "print(wm.set(k1, 'v1') === wm, wm.get(k1), wm.get(k2), wm.has(k1), wm.has(k2));\n"
            + "print(wm.get(1), wm.has('x'), wm.delete(1));\n"
            + "print(wm.delete(k1), wm.has(k1), wm.get(k1));\n"
            + "var keys = []; for (var i = 0; i < 200; i++) { var k = {i: i}; keys[i] = k; wm.set(k, i * 2); }\n"
            + "var ok = true; for (var j = 0; j < 200; j++) ok = ok && wm.get(keys[j]) === j * 2;\n"
            + "print(ok);\n"
            + "var ws = new WeakSet(iter([k1]));\n"
            + "print(ws.has(k1), ws.has(k2), ws.add(k2) === ws, ws.has(k2), ws.delete(k2), ws.has(k2));\n"
            + "var w2 = new WeakMap(iter([[k1, 1], [k2, 2]])); print(w2.get(k2), w2.get(k1));\n");
  }
}
