package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Function names (SetFunctionName), name bindings of function and class expressions, duplicate
 * parameters, {@code __proto__} in object literals, Annex B function declarations in blocks, and
 * template objects.
 */
class FunctionSemanticsTest {
  @Test
  void computedKeysNameAnonymousFunctionsAtRunTime() {
    check(
        "[test262]  k id m\nget gg set [test262] function\n",
        "var s = Symbol('test262'), anon = Symbol();"
            + " var o = { [s]: function () {}, [anon]: () => 1, ['k']: class {}, id: (function () {}),"
            + " ['m']() {} };"
            + " print(o[s].name, o[anon].name, o.k.name, o.id.name, o.m.name);"
            + " var a = { get ['gg']() {}, set [s](v) {} };"
            + " print(Object.getOwnPropertyDescriptor(a, 'gg').get.name,"
            + " Object.getOwnPropertyDescriptor(a, s).set.name,"
            + " typeof { ['c']: class { static name() {} } }.c.name);");
  }

  @Test
  void aNamedClassOrParenthesizedTargetKeepsItsName() {
    check(
        "x cls \"\" function\n",
        "var xCls = class x {}; var cls = class {}; var fn; (fn) = function () {};"
            + " var c2 = class { static name() {} };"
            + " print(xCls.name, cls.name, JSON.stringify(fn.name), typeof c2.name);");
  }

  @Test
  void aFunctionExpressionsNameBindingIsImmutable() {
    check(
        "function TypeError undefined function\n",
        "var f = function g() { g = 1; return typeof g; };"
            + " var s = function g() { 'use strict'; try { g = 1; } catch (e) { return e.name; } };"
            + " var v = function g() { var g; return typeof g; };"
            + " var a = function g() { return () => { g++; return typeof g; }; };"
            + " print(f(), s(), v(), a()());");
  }

  @Test
  void aClassExpressionsNameIsAConstantInsideAndADeclarationIsMutable() {
    check(
        "true TypeError function\n",
        "var D = class C { m() { return C; } n() { try { C = 1; } catch (e) { return e.name; } } };"
            + " class E { m() { return E; } } var x = E; E = 1;"
            + " print(new D().m() === D, new D().n(), typeof new x().m());");
  }

  @Test
  void theLastOfDuplicateParametersOrBlockFunctionsWins() {
    check(
        "2 2 undefined\n",
        "function d(a, a) { return a; } function c(a, a) { return () => a; }"
            + " print(d(1, 2), c(1, 2)(), d(1));");
    check("2 2\n", "{ function f() { return 1; } function f() { return 2; } print(f(), f()); }");
  }

  @Test
  void protoInAnObjectLiteralSetsThePrototype() {
    check(
        "true  true true __proto__ true\n",
        "var p = { __proto__: Array.prototype }; var n = { __proto__: null };"
            + " var q = { '__proto__': 5 }; var __proto__ = 1; var r = { __proto__ };"
            + " var c = { ['__proto__']: Array.prototype };"
            + " print(p instanceof Array, Object.getOwnPropertyNames(p).join(),"
            + " Object.getPrototypeOf(n) === null, Object.getPrototypeOf(q) === Object.prototype,"
            + " Object.getOwnPropertyNames(r).join(), c.__proto__ === Array.prototype);");
  }

  @Test
  void aSloppyFunctionInABlockAlsoBindsAVarWhenItsDeclarationIsEvaluated() {
    check(
        "undefined function\nnumber number 123\nfunction undefined\nundefined function undefined\n",
        "function f() { var before = typeof g; { function g() {} } return before + ' ' + typeof g; }"
            + " function l() { let x = 1; { function x() {} } return typeof x; }"
            + " function p(x) { { function x() {} } return typeof x; }"
            + " function a() { { h = 123; function h() {} } return h; }"
            + " function s(n) { switch (n) { case 1: function w() {} } return typeof w; }"
            + " print(f()); print(l(), p(5), a()); print(s(1), s(2));"
            + " var top = typeof glob; { function glob() {} }"
            + " function st() { 'use strict'; { function q() {} } return typeof q; }"
            + " print(top, typeof glob, st());");
    check("undefined\n", "{ function* gen() {} } print(typeof gen);");
  }

  @Test
  void aDefaultParameterValueIsNamedAndEndsTheLength() {
    check(
        "a b c\n0 0 1 0 1\n1 x\n",
        "function f(a = function () {}, [b = () => 1] = [], { c = class {} } = {}) {"
            + " return a.name + ' ' + b.name + ' ' + c.name; } print(f());"
            + " print(((x = 42) => {}).length, ((x = 42, y) => {}).length, ((x, y = 42) => {}).length,"
            + " (function (x = 1) {}).length, (function (x, y = 1) {}).length);"
            + " function g(a) { a = a === undefined ? function () {} : a; return a.name; }"
            + " print(g.length, JSON.stringify(g()) === '\"\"' ? 'x' : g());");
  }

  @Test
  void classDefinitionsCheckTheParentPrototypeAndComputedStaticKeys() {
    check(
        "TypeError TypeError TypeError\n",
        "function P() {} P.prototype = 42; var r = [];"
            + " try { class C extends P {} } catch (e) { r.push(e.name); }"
            + " try { class D { static ['prototype']() {} } } catch (e) { r.push(e.name); }"
            + " try { class E { static get ['prototype']() {} } } catch (e) { r.push(e.name); }"
            + " print(r.join(' '));");
  }
}
