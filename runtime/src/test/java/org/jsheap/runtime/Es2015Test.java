package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Step 5: the ES2015 forms in scope. */
class Es2015Test {
  @Test
  void defaultAndRestParameters() {
    check(
        "1 2 3 | 1 4 5 | 5 3 b,c\n",
        "function f(a, b = 2, c = a + b) { return a + ' ' + b + ' ' + c; }"
            + " function g(x, ...rest) { return x + ' ' + rest.length + ' ' + rest.slice(1); }"
            + " print(f(1), '|', f(1, 4), '|', g(5, 'a', 'b', 'c'));");
  }

  @Test
  void spreadInCallsAndArrays() {
    check(
        "6 1,2,3,4 5\n",
        "function sum(a, b, c) { return a + b + c; } var xs = [1, 2, 3];"
            + " print(sum(...xs), [...xs, 4], sum(...[1, 2], 2));");
  }

  @Test
  void arrowsHaveLexicalThis() {
    check(
        "3 4 9\n",
        "var o = {n: 3, f: function () { return () => this.n; }}; var sq = x => x * x;"
            + " var add = (a, b) => { return a + b; }; print(o.f()(), add(1, 3), sq(3));");
  }

  @Test
  void destructuring() {
    check(
        "1 2 3 4 9 x\n",
        "var [a, [b, c]] = [1, [2, 3]]; var {d, e: {f = 9}} = {d: 4, e: {}};"
            + " let {g = 'x'} = {}; print(a, b, c, d, f, g);");
  }

  @Test
  void templateLiterals() {
    check("a1b3c\n", "var x = 1, y = 2; print(`a${x}b${x + y}c`);");
  }

  @Test
  void shorthandComputedAndMethods() {
    check(
        "1 2 7 hi\n",
        "var x = 1, k = 'key'; var o = {x, [k + '2']: 2, m() { return 7; }, ['s' + 'ay']() {"
            + " return 'hi'; }}; print(o.x, o.key2, o.m(), o.say());");
  }

  @Test
  void classesWithInheritanceSuperAndStatics() {
    check(
        "Rex says woof (animal) 2 true true\n",
        "class Animal { constructor(name) { this.name = name; } speak() { return '(animal)'; }"
            + " static count() { return 2; } get label() { return this.name; } }"
            + " class Dog extends Animal { constructor(name) { super(name); }"
            + " speak() { return 'woof ' + super.speak(); } }"
            + " var d = new Dog('Rex'); print(d.label, 'says', d.speak(), Dog.count(),"
            + " d instanceof Animal, d instanceof Dog);");
  }

  @Test
  void customIterablesInForOfSpreadAndDestructuring() {
    check(
        "0 1 2 | 0,1,2 | 0 1\n",
        "function range(n) { var it = {}; it[Symbol.iterator] = function () { var i = 0;"
            + " return { next: function () { return i < n ? {value: i++, done: false} :"
            + " {value: undefined, done: true}; } }; }; return it; }"
            + " var s = ''; for (const v of range(3)) s += v + ' '; var [p, q] = range(5);"
            + " print(s + '|', [...range(3)].join(), '|', p, q);");
  }

  @Test
  void forOfOverStringsAndLetClosures() {
    check(
        "a b c 012\n",
        "var out = []; for (let ch of 'abc') out.push(ch); var fs = [];"
            + " for (let i of [0, 1, 2]) fs.push(() => i); print(out.join(' '),"
            + " fs.map(f => f()).join(''));");
  }

  @Test
  void newWithSpreadHolesAndComputedAccessors() {
    check(
        "3 1,,3 3 K! 5 s\n",
        "function P(a, b, c) { this.sum = a + b + c; } var args = [1, 2];"
            + " var p = new P(...args, 0); var holes = [1, , 3]; var key = 'k';"
            + " var o = { get [key]() { return 'K!'; }, set [key](v) { this.v = v; } }; o.k = 5;"
            + " class S { static get s() { return 's'; } } print(p.sum, holes, holes.length, o.k, o.v, S.s);");
  }

  @Test
  void superPropertyByIndexAndInheritedStatics() {
    check(
        "base! 7 true\n",
        "class A { hi() { return 'base'; } static make() { return 7; } }"
            + " class B extends A { hi() { return super['hi']() + '!'; } }"
            + " print(new B().hi(), B.make(), Object.getPrototypeOf(B) === A);");
  }

  @Test
  void localTypeofDeleteAndDestructuringAssignment() {
    check(
        "number false 2 1 x y\n",
        "function f() { var n = 1; var a = 1, b = 2; [a, b] = [b, a];"
            + " var o = {}; ({x: o.p, y: o.q} = {x: 'x', y: 'y'});"
            + " return [typeof n, delete n, a, b, o.p, o.q].join(' '); } print(f());");
  }

  @Test
  void constDestructuringDeclarationsInFunctionsAndAtTopLevel() {
    check(
        "1 2 3 4\n",
        "const {a, b: [c]} = {a: 1, b: [2]}; function f() { const [x, {y}] = [3, {y: 4}];"
            + " return x + ' ' + y; } print(a, c, f());");
  }
}
