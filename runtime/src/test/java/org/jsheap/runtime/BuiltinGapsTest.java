package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Builtin gaps of issue 8: Function.prototype, string iteration, symbol wrappers, subclassing. */
class BuiltinGapsTest {
  @Test
  void functionPrototypeIsACallableFunction() {
    check(
        "function undefined 0 true true true [object Function]\n",
        "print(typeof Function.prototype, Function.prototype(), Function.prototype.length,"
            + " Object.getPrototypeOf(Function.prototype) === Object.prototype,"
            + " Object.getPrototypeOf(function () {}) === Function.prototype,"
            + " Function.prototype.call.call(Function.prototype) === undefined,"
            + " Object.prototype.toString.call(Function.prototype));");
  }

  @Test
  void stringsIterateByCodePoints() {
    check(
        "1,2,1 x|y|z p q function\n"
            + "{\"value\":\"a\",\"done\":false} {\"value\":\"\ud83d\ude00\",\"done\":false}"
            + " {\"done\":true}\n"
            + "3 true\n",
        "var s = []; for (var c of 'a\\ud83d\\ude00b') s.push(c.length);"
            + " var [p, q] = 'pq';"
            + " print(s.join(), [...'xyz'].join('|'), p, q, typeof String.prototype[Symbol.iterator]);"
            + " var it = 'a\\ud83d\\ude00'[Symbol.iterator]();"
            + " print(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));"
            + " var lone = [...'\\ud83dx\\ude00']; print(lone.length, lone[0] === '\\ud83d');");
  }

  @Test
  void symbolWrappersAndDescriptionOnPrimitives() {
    check(
        "object symbol true d d undefined true function\n",
        "var s = Symbol('d'); var o = Object(s);"
            + " print(typeof o, typeof o.valueOf(), o.valueOf() === s, o.description, s.description,"
            + " Symbol().description, o instanceof Symbol,"
            + " typeof Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get);");
  }

  @Test
  void builtinsCanBeSubclassed() {
    check(
        "3 true true true 2 last:c\n"
            + "0 1 true\n"
            + "2 true true 1 true\n"
            + "E: m true true true true\n",
        "class A extends Array { last() { return 'last:' + this[this.length - 1]; } }"
            + " var a = new A(); a.push('a', 'b', 'c');"
            + " print(a.length, a instanceof A, a instanceof Array, Array.isArray(a),"
            + " (a.length = 2, a.length), (a.push('c'), a.last()));"
            + " class B extends A { constructor() { super(); this.tag = 1; } }"
            + " var b = new B(); print(b.length, b.tag, b instanceof A);"
            + " class M extends Map { twice(k) { return 2 * this.get(k); } }"
            + " var m = new M([[1, 1]]); m.set(2, 2);"
            + " print(m.size, m instanceof M, m instanceof Map, m.get(1), m.twice(2) === 4);"
            + " class E extends Error { constructor(msg) { super(msg); this.name = 'E'; } }"
            + " var e = new E('m');"
            + " print(String(e), e instanceof E, e instanceof Error, e.stack.indexOf('m') > 0,"
            + " Object.prototype.toString.call(e) === '[object Error]');");
  }
}
