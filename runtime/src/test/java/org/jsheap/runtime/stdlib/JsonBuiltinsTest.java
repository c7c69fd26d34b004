package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/** JS programs through a polyglot Context; expected output as Node.js (V8) prints it. */
class JsonBuiltinsTest {
  @Test
  void stringify() {
    LibJs.check(
        "{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{\"d\":2.5}}\n"
            + "[null,null,null] {} undefined\n"
            + "\"he said \\\"hi\\\"\\n\" null 0 1e+21\n"
            + "{\n"
            + "  \"a\": 1,\n"
            + "  \"b\": {\n"
            + "    \"c\": [\n"
            + "      1,\n"
            + "      2\n"
            + "    ]\n"
            + "  }\n"
            + "}\n"
            + "{\"a\":1,\"c\":3} {\"a\":10,\"b\":\"x\"}\n"
            + "\"custom\" {\"d\":\"1970-01-01T00:00:00.000Z\"}\n"
            + "[\n"
            + "--3,\n"
            + "--\"s\",\n"
            + "--[\n"
            + "----1,\n"
            + "----[\n"
            + "------2\n"
            + "----]\n"
            + "--]\n"
            + "]\n"
            + "true\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "print(JSON.stringify({a: 1, b: [true, null, 'x'], c: {d: 2.5}}));\n"
            + "print(JSON.stringify([undefined, function () {}, Symbol('s')]), JSON.stringify({u: undefined, f: function () {}}), JSON.stringify(undefined));\n"
            + "print(JSON.stringify('he said \"hi\"\\n'), JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(1e21));\n"
            + "print(JSON.stringify({a: 1, b: {c: [1, 2]}}, null, 2));\n"
            + "print(JSON.stringify({a: 1, b: 2, c: 3}, ['a', 'c']), JSON.stringify({a: 1, b: 'x'}, function (k, v) { return typeof v === 'number' ? v * 10 : v; }));\n"
            + "print(JSON.stringify({toJSON: function (k) { return 'custom' + k; }}), JSON.stringify({d: new Date(0)}));\n"
            + "print(JSON.stringify([new Number(3), new String('s'), [1, [2]]], null, '--'));\n"
            + "var cyc = {}; cyc.self = cyc; try { JSON.stringify(cyc); } catch (e) { print(e instanceof TypeError); }\n");
  }

  @Test
  void parse() {
    LibJs.check(
        "3 null str true -50 a;c;d;e;\n"
            + "true 0 123 null\n"
            + "101 102 103 false\n"
            + "true\n"
            + "true\n"
            + "2000 n1999 b true 85781\n",
        "function join(a, sep) { var s = ''; for (var i = 0; i < a.length; i++) { if (i) s += sep; s += String(a[i]); } return s; }\n"
            + "function list(it) { var a = []; var n = 0; for (var x of it) a[n++] = x; return a; }\n"
            + "function iter(arr) { var o = {}; o[Symbol.iterator] = function () { var i = 0; return {next: function () { return i < arr.length ? {value: arr[i++], done: false} : {value: undefined, done: true}; }}; }; return o; }\n"
            + "function call(f, self, a, b) { self.__f = f; return self.__f(a, b); }\n"
            + "var o = JSON.parse('{\"a\": [1, 2, {\"b\": null}], \"c\": \"str\", \"d\": true, \"e\": -0.5e2}');\n"
            + "var keys = ''; for (var k in o) keys += k + ';';\n"
            + "print(o.a.length, o.a[2].b, o.c, o.d, o.e, keys);\n"
            + "print(JSON.parse('\"\\\\u0041\\\\n\"') === 'A\\n', JSON.parse(' [ ] ').length, JSON.parse('123'), JSON.parse('null'));\n"
            + "var r = JSON.parse('{\"x\": 1, \"y\": [2, 3], \"z\": \"drop\"}', function (k, v) { if (k === 'z') return undefined; return typeof v === 'number' ? v + 100 : v; });\n"
            + "print(r.x, r.y[0], r.y[1], 'z' in r);\n"
            + "try { JSON.parse('{bad}'); } catch (e) { print(e instanceof SyntaxError); }\n"
            + "try { JSON.parse('[1,]'); } catch (e) { print(e instanceof SyntaxError); }\n"
            + "var big = []; for (var i = 0; i < 2000; i++) big[i] = {id: i, name: 'n' + i, tags: ['a', 'b']};\n"
            + "var text = JSON.stringify(big);\n"
            + "var back = JSON.parse(text);\n"
            + "print(back.length, back[1999].name, back[1234].tags[1], JSON.stringify(back) === text, text.length);\n");
  }
}
