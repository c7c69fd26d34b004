package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Focused checks for the golden-program fixes of issue 8. */
class RuntimeFixesTest {
  @Test
  void indexOfSkipsHoles() {
    check(
        "-1 -1 true 3\n",
        "print([1, , 3].indexOf(undefined), [, 1].lastIndexOf(undefined), [, 1].includes(undefined), [1, , 3, 4].indexOf(4));");
  }

  @Test
  void booleanConstructorAndPrototype() {
    check(
        "false true object true true false boolean\n",
        "var b = new Boolean(0); print(Boolean(''), Boolean('0'), typeof b, b.valueOf() === false,"
            + " true.toString() === 'true', Boolean.prototype.valueOf.call(b),"
            + " typeof Boolean.prototype.toString.call(true).length === 'number' ? 'boolean' : 0);");
  }

  @Test
  void toStringTagOfLibraryObjects() {
    check(
        "[object Map] [object Set] [object WeakMap] [object Math] [object Thing] [object Object]\n",
        "var t = {}; t[Symbol.toStringTag] = 'Thing'; var ts = Object.prototype.toString;"
            + " print(String(new Map()), ts.call(new Set()), ts.call(new WeakMap()), ts.call(Math),"
            + " ts.call(t), ts.call({}));");
  }

  @Test
  void sloppyThisIsBoxed() {
    check(
        "object object object number string\n",
        "function f() { return typeof this; } function g() { 'use strict'; return typeof this; }"
            + " print(f.call(5), f.call('s'), f.call(true), g.call(5), g.call('s'));");
  }

  @Test
  void objectKeysOfStringPrimitive() {
    check(
        "0,1 0,1,length a,b 1,b\n",
        "print(Object.keys('ab'), Object.getOwnPropertyNames('ab'), Object.values('ab'),"
            + " Object.entries('ab')[1]);");
  }

  @Test
  void gettersOnPrimitivesSeeThePrimitive() {
    check(
        "desc undefined string\n",
        "Object.defineProperty(String.prototype, 'kind', {get: function () { 'use strict';"
            + " return typeof this; }});"
            + " print(Symbol('desc').description, Symbol().description, 'x'.kind);");
  }

  @Test
  void objectOfPrimitiveIsAWrapper() {
    check(
        "true object object true\n",
        "var o = {}; print(Object(1) instanceof Number, typeof Object('s'), typeof Object(true),"
            + " Object(o) === o);");
  }

  @Test
  void uriFunctionsAndUriError() {
    check(
        "a%20b%26c%2F%C3%A9 http://x/a%20b?c=%C3%A9 a b%26 \u20ac a%20b%u20AC A URIError URIError\n",
        "var r = []; try { decodeURIComponent('%'); } catch (e) { r.push(e.constructor.name); }"
            + " try { encodeURI('\\ud800'); } catch (e) { r.push(e.name); }"
            + " print(encodeURIComponent('a b&c/\u00e9'), encodeURI('http://x/a b?c=\u00e9'),"
            + " decodeURI('a%20b%26'), decodeURIComponent('%E2%82%AC'), escape('a b\u20ac'),"
            + " unescape('%41'), r.join(' '));");
  }

  @Test
  void dateSetters() {
    check(
        "2020-03-01T13:45:30.123Z 2021-01-31T13:45:30.123Z 2021-01-31T01:02:03.004Z NaN 0\n",
        "var d = new Date(Date.UTC(2020, 1, 29, 13, 45, 30, 123)); d.setUTCDate(d.getUTCDate() + 1);"
            + " var a = d.toISOString(); d.setUTCFullYear(2021, 0, 31); var b = d.toISOString();"
            + " d.setUTCHours(1, 2, 3, 4); var c = d.toISOString(); var n = new Date(NaN);"
            + " n.setUTCDate(1); var l = new Date(0); l.setMilliseconds(0);"
            + " print(a, b, c, n.getTime(), l.getTime());");
  }
}
