package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class SymbolBuiltinsTest {
  @Test
  void symbols() {
    LibJs.check(
        "symbol false Symbol(desc) Symbol(desc)\n"
            + "true app undefined false\n"
            + "symbol Symbol(Symbol.iterator) true\n"
            + "1 undefined\n"
            + "true\n"
            + "true\n"
            + "1,2,3\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var s = Symbol('desc'), t = Symbol('desc');\n"
            + "print(typeof s, s === t, s.toString(), String(t));\n"
            + "print(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s), Symbol.for('app') === Symbol('app'));\n"
            + "print(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.iterator === Symbol.iterator);\n"
            + "var o = {}; o[s] = 1; print(o[s], o[t]);\n"
            + "try { new Symbol(); } catch (e) { print(e instanceof TypeError); }\n"
            + "try { Symbol.keyFor('x'); } catch (e) { print(e instanceof TypeError); }\n"
            + "var got = list(iter([1, 2, 3])); print(join(got, ','));\n");
  }
}
