package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversions, equality, generic operator paths and the less common builtins. */
class SemanticsTest {
  @Test
  void toPrimitiveCallsValueOfAndToString() {
    check(
        "11 a-b 42 true true false\n",
        "var n = {valueOf: function () { return 10; }}; var s = {toString: function () {"
            + " return 'a'; }}; var both = {valueOf: function () { return 41; }};"
            + " print(n + 1, s + '-b', both - -1, n > 9, s == 'a', n === 10);");
  }

  @Test
  void looseAndStrictEquality() {
    check(
        "true true false true false true false true\n",
        "print(1 == true, '' == 0, null == 0, 'ab' === 'a' + 'b', NaN === NaN,"
            + " undefined == null, {} == {}, [1] == 1);");
  }

  @Test
  void stringComparisonsAndMixedArithmetic() {
    check(
        "true false 6 NaN 2 -1 3\n",
        "print('abc' < 'abd', 'b' <= 'a', '2' * '3', 'x' - 1, '4' / 2, '1' - 2, 1 + + '2');");
  }

  @Test
  void operatorErrors() {
    check(
        "TypeError TypeError TypeError TypeError\n",
        "var r = []; try { 'a' in 'b'; } catch (e) { r.push(e.name); }"
            + " try { 1 instanceof 1; } catch (e) { r.push(e.name); }"
            + " try { undefined.x = 1; } catch (e) { r.push(e.name); }"
            + " try { new (function () {}.bind ? (() => 1) : 0)(); } catch (e) { r.push(e.name); }"
            + " print(r.join(' '));");
  }

  @Test
  void moreObjectBuiltins() {
    check(
        "a,b,c 5 false true false true b true 1 false\n",
        "var o = {}; Object.defineProperties(o, {a: {value: 5, enumerable: true}, b: {get:"
            + " function () { return 'b'; }}}); o.c = 1; var s = Object.seal({x: 1});"
            + " var p = Object.preventExtensions({}); p.z = 1; var proto = {q: 1};"
            + " var child = Object.setPrototypeOf({}, proto);"
            + " print(Object.getOwnPropertyNames(o), o.a, delete o.a, Object.isSealed(s),"
            + " Object.isExtensible(p), proto.isPrototypeOf(child), o.b,"
            + " o.propertyIsEnumerable('a'), child.q, o.propertyIsEnumerable('b'));");
  }

  @Test
  void moreArrayBuiltins() {
    check(
        "3 0,7,7,0 cba 9,1,2 1 a-b 2\n",
        "var a = [1, 2, 1, 2]; print(a.lastIndexOf(2), [0, 0, 0, 0].fill(7, 1, 3),"
            + " ['a', 'b', 'c'].reduceRight(function (s, x) { return s + x; }, ''),"
            + " (function () { var x = [1, 2]; x.unshift(9); return x; })(), [[1]].length,"
            + " ['a', 'b'].join('-'), [3, 1, 2].sort().indexOf(3));");
  }

  @Test
  void functionToStringAndNames() {
    check(
        "function f(a) { return a; } f 1 function print() { [native code] }\n",
        "function f(a) { return a; } print(f.toString(), f.name, f.length, print.toString());");
  }

  @Test
  void tryFinallyOverridesAndNestedUnwinding() {
    check(
        "2 inner outer caught\n",
        "function f() { try { return 1; } finally { return 2; } }"
            + " var log = []; try { try { throw new Error('x'); } finally { log.push('inner'); } }"
            + " catch (e) { log.push('outer'); } finally { log.push('caught'); }"
            + " print(f(), log.join(' '));");
  }

  @Test
  void labelledBlocksAndLoopsOfEveryKind() {
    check(
        "a\n3 1,3 x,y 2\n",
        "blk: { print('a'); break blk; } var n = 0; do { n++; if (n < 3) continue; } while (n < 3);"
            + " var odd = []; for (var i of [1, 2, 3]) { if (i % 2 == 0) continue; odd.push(i); }"
            + " var ks = []; for (var k in {x: 1, y: 2}) ks.push(k); var w = 0;"
            + " while (true) { if (++w == 2) break; } print(n, odd, ks, w);");
  }

  @Test
  void switchDefaultAndStrictCaseMatching() {
    check(
        "d one\n",
        "function sw(x) { switch (x) { case '1': return 'str'; case 1: return 'one';"
            + " default: return 'd'; } } print(sw(2), sw(1));");
  }

  @Test
  void loadRunsAFileInTheSameGlobalScope(@TempDir Path dir) throws IOException {
    Path lib = dir.resolve("lib.js");
    Files.writeString(lib, "var shared = 40; function inc(x) { return x + 1; }");
    String path = lib.toString().replace("\\", "\\\\");
    assertEquals("41\n", Js.run("load('" + path + "'); print(inc(shared));"));
  }

  @Test
  void strictFunctionsSeeUndefinedThis() {
    check(
        "true false\n",
        "function s() { 'use strict'; return this === undefined; }"
            + " function l() { return this === undefined; } print(s(), l());");
  }

  @Test
  void deepButFiniteRecursionWorks() {
    check("1000\n", "function d(n) { return n == 0 ? 0 : 1 + d(n - 1); } print(d(1000));");
  }

  @Test
  void namedFunctionExpressionsSeeThemselves() {
    check(
        "120 true\n",
        "var f = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };"
            + " var g = function me() { return me; }; print(f(5), g() === g);");
  }
}
