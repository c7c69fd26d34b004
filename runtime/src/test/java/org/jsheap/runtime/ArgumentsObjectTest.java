package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * The {@code arguments} object: {@code callee}, its brand, how its elements are created, and how a
 * mapped element is unmapped (the parameter keeps the element's last value). Expected outputs are
 * Node's.
 */
class ArgumentsObjectTest {
  @Test
  void sloppyCalleeIsTheFunctionAsAWritableHiddenProperty() {
    check(
        "true true false true\n",
        "function f() { return arguments; } var a = f();"
            + " var d = Object.getOwnPropertyDescriptor(a, 'callee');"
            + " print(a.callee === f, d.writable, d.enumerable, d.configurable);");
  }

  @Test
  void strictAndNonSimpleCalleeThrowThroughThrowTypeError() {
    check(
        "TypeError TypeError true false false\n",
        "function s() { 'use strict'; return arguments; }"
            + " function d(x = 1) { return arguments; } var r = [];"
            + " try { s().callee; } catch (e) { r.push(e.name); }"
            + " try { d().callee = 1; } catch (e) { r.push(e.name); }"
            + " var desc = Object.getOwnPropertyDescriptor(s(), 'callee');"
            + " var tte = Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get;"
            + " print(r.join(' '), desc.get === tte && desc.set === tte, desc.enumerable,"
            + " desc.configurable);");
  }

  @Test
  void argumentsObjectsAreBrandedAndIterable() {
    check(
        "[object Arguments] [object Arguments] 1,2\n",
        "function f() { return arguments; }"
            + " function g() { 'use strict'; return arguments; }"
            + " var ts = Object.prototype.toString;"
            + " print(ts.call(f()), ts.call(g()), [...f(1, 2)].join());");
  }

  @Test
  void elementsAreDefinedWithoutRunningInheritedSetters() {
    check(
        "1 untouched\n",
        "var hit = 'untouched'; Object.defineProperty(Object.prototype, '0',"
            + " {set: function (v) { hit = v; }, configurable: true});"
            + " var a = (function () { return arguments; })(1);"
            + " var v = Object.getOwnPropertyDescriptor(a, '0').value;"
            + " delete Object.prototype[0]; print(v, hit);");
  }

  @Test
  void unmappingKeepsTheElementsLastValueInTheParameter() {
    check(
        "2 2 3 2\n5 5 6 5\n7 7 8 7\n",
        "function w(a) { arguments[0] = 2;"
            + " Object.defineProperty(arguments, '0', {writable: false}); var r = [a, arguments[0]];"
            + " a = 3; r.push(a, arguments[0]); return r.join(' '); }"
            + " function z(a) { arguments[0] = 5; Object.freeze(arguments);"
            + " var r = [a, arguments[0]]; a = 6; r.push(a, arguments[0]); return r.join(' '); }"
            + " function g(a) { arguments[0] = 7;"
            + " Object.defineProperty(arguments, '0', {get: function () { return 7; }});"
            + " var r = [a, arguments[0]]; a = 8; r.push(a, arguments[0]); return r.join(' '); }"
            + " print(w(1)); print(z(1)); print(g(1));");
  }

  @Test
  void deletingAMappedElementKeepsItsValueInTheParameter() {
    check(
        "4 undefined 9 undefined\n",
        "function f(a) { arguments[0] = 4; delete arguments[0]; var r = [a, arguments[0]];"
            + " a = 9; r.push(a, arguments[0]); return r.map(String).join(' '); } print(f(1));");
  }
}
