package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Step 4: Object, Function.prototype, Array, host functions. */
class BuiltinsTest {
  @Test
  void objectStatics() {
    check(
        "a,b 1,2 a:1|b:2 3 true\nfalse 7 true undefined x\n",
        "var o = {a: 1, b: 2}; var e = Object.entries(o).map(function (p) { return p[0] + ':' +"
            + " p[1]; }).join('|'); var t = Object.assign({}, o, {c: 3});"
            + " print(Object.keys(o), Object.values(o), e, t.c, Object.getPrototypeOf(o) ==="
            + " Object.prototype);"
            + " var f = Object.freeze({x: 1}); f.x = 2; var d = {}; Object.defineProperty(d, 'k',"
            + " {value: 7}); var desc = Object.getOwnPropertyDescriptor(d, 'k');"
            + " print(desc.writable, d.k, Object.isFrozen(f), Object.keys(d)[0],"
            + " Object.create({x: 'x'}).x);");
  }

  @Test
  void objectPrototypeMethods() {
    check(
        "true false [object Array] [object Object] true\n",
        "var o = {a: 1}; print(o.hasOwnProperty('a'), o.hasOwnProperty('b'),"
            + " Object.prototype.toString.call([]), '' + o, Object.prototype.isPrototypeOf(o));");
  }

  @Test
  void callApplyBind() {
    check(
        "5 9 12 bound f\n",
        "function f(a, b) { return this.x + a + (b || 0); } var o = {x: 1};"
            + " var g = f.bind(o, 10); print(f.call(o, 4), f.apply(o, [4, 4]), g(1), g.name);");
  }

  @Test
  void arrayMutators() {
    check(
        "4 4 1,2 0 2,3 1,9,9,3 3 2,1 1,2,3,4\n",
        "var a = [1, 2]; var n = a.push(3, 4); var p = a.pop(); var s = a.shift();"
            + " var u = a.unshift(0); var b = [1, 2, 3]; var r = b.splice(1, 1, 9, 9);"
            + " print(n, p, [1, 2].slice(0), s - 1, a.slice(1), b, b.length - 1, [1, 2].reverse(),"
            + " [1, 2].concat([3], 4));");
  }

  @Test
  void arraySearchAndCallbacks() {
    check(
        "1 -1 true 2,4 2,4,6 6 true false 3 2 1,2,10,20\n",
        "var a = [1, 2, 3]; print(a.indexOf(2), a.indexOf(7), a.includes(3),"
            + " a.filter(function (x) { return x != 3; }).map(function (x) { return x * 2; }),"
            + " a.map(function (x) { return x * 2; }), a.reduce(function (s, x) { return s + x; }, 0),"
            + " a.some(function (x) { return x > 2; }), a.every(function (x) { return x > 2; }),"
            + " a.find(function (x) { return x > 2; }), a.findIndex(function (x) { return x > 2; }),"
            + " [20, 1, 10, 2].sort(function (x, y) { return x - y; }));");
  }

  @Test
  void arrayConstructionAndLength() {
    check(
        "3 ,, true 1,2 0 a,b,c 2\n",
        "var a = new Array(3); var b = Array.of(1, 2); var c = [1, 2, 3]; c.length = 0;"
            + " print(a.length, a.join(), Array.isArray(b), b, c.length, Array.from('abc'),"
            + " Array.from({length: 2}).length);");
  }

  @Test
  void arrayIterators() {
    check(
        "0,1 a,b 0:a|1:b|\n",
        "var ks = []; for (var k of ['a', 'b'].keys()) ks.push(k); var vs = [];"
            + " for (var v of ['a', 'b'].values()) vs.push(v); var s = '';"
            + " for (var e of ['a', 'b'].entries()) s += e[0] + ':' + e[1] + '|'; print(ks, vs, s);");
  }

  @Test
  void hostFunctions() {
    check(
        "true true undefined\n",
        "var before = gcStats.fullCollections; gc(); print(gcStats.fullCollections > before,"
            + " gcStats.bytesAllocated > 0, gc());");
  }
}
