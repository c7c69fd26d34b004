package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Builtins as ECMA-262 words them: bound functions, %ThrowTypeError%, sort's holes, array
 * toLocaleString, the generic Date toJSON, Map closing its iterator, arrays the builtins make
 * defining (not setting) their elements. Expected output is Node.js's.
 */
class BuiltinConformanceTest {
  @Test
  void boundFunctionsTakeNameAndLengthFromTheTarget() {
    check(
        "bound target 1 false bound bound target\nInfinity true\n",
        "function target(a, b) {} var b = target.bind(null, 1);"
            + " print(b.name, b.length, 'prototype' in b, target.bind().bind().name);"
            + " Object.defineProperty(target, 'length', {value: Infinity});"
            + " function D() {} var BD = D.bind();"
            + " print(target.bind().length, new BD() instanceof D);");
  }

  @Test
  void callerAndArgumentsAreGuardedByOneThrower() {
    check(
        "true 0 false true TypeError\n",
        "var d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');"
            + " var t = d.get; var name = '';"
            + " try { (function () {}).bind().caller; } catch (e) { name = e.name; }"
            + " print(t.name === '', t.length, Object.isExtensible(t),"
            + " t === Object.getOwnPropertyDescriptor(Function.prototype, 'arguments').set, name);");
  }

  @Test
  void onlyErrorObjectsAreTaggedError() {
    check(
        "[object Object] [object Object] [object Error] [object Error] [object Error] [object Object]\n",
        "var t = Object.prototype.toString; class E extends TypeError {}"
            + " var thrown; try { null.x; } catch (e) { thrown = e; }"
            + " print(t.call(TypeError.prototype), t.call(Object.create(Error.prototype)),"
            + " t.call(new RangeError('r')), t.call(new E()), t.call(thrown),"
            + " t.call(Error.prototype));");
  }

  @Test
  void sortMovesHolesAndUndefinedToTheEnd() {
    check(
        "8 a,b,c,d true false false\n",
        "var arr = [undefined, 'c', , 'b', undefined, , 'a', 'd']; arr.sort();"
            + " print(arr.length, arr.slice(0, 4).join(), 5 in arr, 6 in arr, 7 in arr);");
  }

  @Test
  void genericMethodsAndIteratorClosing() {
    check(
        "1,,x iso null 1\nTypeError 1\nNaN 0\na b\n",
        "print([1, null, {toLocaleString() { return 'x'; }}].toLocaleString(),"
            + " Date.prototype.toJSON.call({toISOString() { return 'iso'; }}),"
            + " new Date(NaN).toJSON(), Date.prototype.toJSON.length);"
            + " var closed = 0; var it = {[Symbol.iterator]() { return {next() {"
            + " return {value: 1, done: false}; }, return() { closed++; return {}; }}; }};"
            + " try { new Map(it); } catch (e) { print(e.name, closed); }"
            + " var d = new Date(NaN);"
            + " print(d.setHours({valueOf() { d.setTime(0); return 1; }}), d.getTime());"
            + " Object.defineProperty(Array.prototype, '0', {value: 100, writable: false,"
            + " configurable: true});"
            + " print(Object.getOwnPropertyNames({a: 1})[0], Object.keys({b: 1})[0]);");
  }
}
