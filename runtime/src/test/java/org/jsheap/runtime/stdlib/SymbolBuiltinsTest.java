package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class SymbolBuiltinsTest {
  @Test
  void symbols() {
    LibJs.check(
        "symbol false desc undefined Symbol(desc) Symbol(desc)\n"
            + "true app undefined false\n"
            + "symbol Symbol.iterator true\n"
            + "1 undefined\n"
            + "true\n"
            + "1,2,3\n",
        "var s = Symbol('desc'), t = Symbol('desc');\n"
            + "print(typeof s, s === t, s.description, Symbol().description, s.toString(), String(t));\n"
            + "print(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s), Symbol.for('app') === Symbol('app'));\n"
            + "print(typeof Symbol.iterator, Symbol.iterator.description, Symbol.iterator === Symbol.iterator);\n"
            + "var o = {}; o[s] = 1; print(o[s], o[t]);\n"
            + "try { new Symbol(); } catch (e) { print(e instanceof TypeError); }\n"
            + "var iterable = {}; iterable[Symbol.iterator] = function () { var i = 0; return {next: function () { i++; return {done: i > 3, value: i}; }}; };\n"
            + "var got = []; for (var v of iterable) got.push(v); print(got.join());\n");
  }
}
