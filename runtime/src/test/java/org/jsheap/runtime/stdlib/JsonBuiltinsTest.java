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
        "print(JSON.stringify({a: 1, b: [true, null, 'x'], c: {d: 2.5}}));\n"
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
        "3 null str true -50 a,c,d,e,__proto__ true\n"
            + "true 0 123\n"
            + "101 102,103 false\n"
            + "true\n"
            + "true\n"
            + "2000 n1999 b true\n",
        "var o = JSON.parse('{\"a\": [1, 2, {\"b\": null}], \"c\": \"str\", \"d\": true, \"e\": -0.5e2, \"__proto__\": 7}');\n"
            + "print(o.a.length, o.a[2].b, o.c, o.d, o.e, Object.keys(o).join(), o.__proto__ === 7 || Object.getPrototypeOf(o) === Object.prototype);\n"
            + "print(JSON.parse('\"\\\\u0041\\\\n\"') === 'A\\n', JSON.parse(' [ ] ').length, JSON.parse('123'));\n"
            + "var r = JSON.parse('{\"x\": 1, \"y\": [2, 3], \"z\": \"drop\"}', function (k, v) { if (k === 'z') return undefined; return typeof v === 'number' ? v + 100 : v; });\n"
            + "print(r.x, r.y.join(), 'z' in r);\n"
            + "try { JSON.parse('{bad}'); } catch (e) { print(e instanceof SyntaxError); }\n"
            + "try { JSON.parse('[1,]'); } catch (e) { print(e instanceof SyntaxError); }\n"
            + "var big = []; for (var i = 0; i < 2000; i++) big.push({id: i, name: 'n' + i, tags: ['a', 'b']});\n"
            + "var back = JSON.parse(JSON.stringify(big));\n"
            + "print(back.length, back[1999].name, back[1234].tags[1], JSON.stringify(back) === JSON.stringify(big));\n");
  }
}
