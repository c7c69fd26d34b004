package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Array methods as ECMA-262 words them: exact index clamping on huge array-likes, keys above 2^32 -
 * 2 as named properties, ArraySpeciesCreate, Symbol.isConcatSpreadable, Array.of/from with a
 * constructor this, refused writes as TypeErrors. Expected output is Node.js's.
 */
class ArrayConformanceTest {
  @Test
  void hugeArrayLikesAreSearchedFromTheClampedIndex() {
    check(
        "9007199254740989 9007199254740989 true false\n4294967296 y\n",
        "var o = {length: 9007199254740991}; o[9007199254740989] = 'x';"
            + " print([].indexOf.call(o, 'x', 9007199254740987),"
            + " [].lastIndexOf.call(o, 'x', -2), [].includes.call(o, 'x', -5),"
            + " [].includes.call(o, 'x', Infinity));"
            + " var x = {push: [].push, length: 4294967295}; x.push('y');"
            + " print(x.length, x[4294967295]);");
  }

  @Test
  void speciesAndSpreadableShapeTheResults() {
    check(
        "true 2 true true\n2 true\n2 0,a,b\n",
        "class MyA extends Array {} var m = new MyA(1, 2, 3);"
            + " print(m.map(x => x * 2) instanceof MyA, m.filter(x => x > 1).length,"
            + " m.slice(1) instanceof MyA, m.concat([4]) instanceof MyA);"
            + " print(Array.of.call(Object, 1, 2).length,"
            + " Array.from.call(Object, [1, 2]).constructor === Object);"
            + " var a = [1, 2]; a[Symbol.isConcatSpreadable] = false;"
            + " var s = {length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true};"
            + " print([0].concat(a).length, [0].concat(s).join());");
  }

  @Test
  void refusedWritesThrowAndLiteralsDefineTheirElements() {
    check(
        "TypeError TypeError\n0 true\n",
        "var names = []; [[].push, [].pop].forEach(function (f) {"
            + " try { f.call(Object.freeze([1]), 2); } catch (e) { names.push(e.name); } });"
            + " print(names.join(' '));"
            + " Object.defineProperty(Array.prototype, '0', {get: function () { return false; },"
            + " configurable: true}); print([true].indexOf(true), [...[true]][0]);");
  }

  @Test
  void wrapperPrototypesCarryTheirBuiltinTags() {
    check(
        "[object Boolean] [object Number] [object String] 0\nfalse 0 [object Boolean] [object Foo]\n",
        "var ts = Object.prototype.toString;"
            + " print(ts.call(Boolean.prototype), ts.call(Number.prototype),"
            + " ts.call(String.prototype), String.prototype.length);"
            + " var o = {}; o[Symbol.toStringTag] = 'Foo';"
            + " print(Boolean.prototype.valueOf(), Number.prototype.valueOf(),"
            + " Array.prototype.toString.call(true), String(o));");
  }
}
