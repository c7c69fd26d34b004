// JSON.stringify / parse with replacer, reviver and indent
var o = { s: "str", n: 1.5, b: true, nul: null, u: undefined, f: function () {}, arr: [1, "two", null, undefined, function () {}], nested: { deep: [{}] } };
print(JSON.stringify(o));
print(JSON.stringify(o, null, 2));
print(JSON.stringify([1, [2, [3]]], null, "--"));
print(JSON.stringify(o, ["s", "n", "nested"]));
print(JSON.stringify(o, function (k, v) { return typeof v === "number" ? v * 10 : v; }));
print(JSON.stringify("he said \"hi\"\n"), JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(Infinity), JSON.stringify(1e21));
print(JSON.stringify(undefined), JSON.stringify(function () {}), JSON.stringify(null), JSON.stringify(new Date(0)));
print(JSON.stringify({ toJSON: function () { return "custom"; } }), JSON.stringify({ a: { toJSON: function (k) { return "key:" + k; } } }));
print(JSON.stringify({ a: 1 }, null, 20).length, JSON.stringify({ a: [] }, null, "\t"), JSON.stringify([], null, 2), JSON.stringify({}, null, 2));
var text = '{"a": [1, 2.5e1, -0, "x\\u0041"], "b": {"c": null, "d": true}, "e": ""}';
var p = JSON.parse(text);
print(p.a, p.a[2], 1 / p.a[2], p.b.c, p.b.d, p.e === "", Object.keys(p));
print(JSON.stringify(JSON.parse(text, function (k, v) { return typeof v === "number" ? v + 1 : v; })));
print(JSON.stringify(JSON.parse('{"x": {"y": 1}}', function (k, v) { return k === "y" ? undefined : v; })));
print(JSON.parse("1"), JSON.parse('"s"'), JSON.parse("null"), JSON.parse(" [ ] ").length, JSON.parse("true"));
var bad = ["{", "[1,]", "{'a':1}", "01", "NaN", "\"\\x\"", "", "[1] x"];
for (var i = 0; i < bad.length; i++) {
  try { JSON.parse(bad[i]); print("parsed", bad[i]); } catch (e) { print("SyntaxError?", e instanceof SyntaxError); }
}
var cyc = {};
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { print(e instanceof TypeError); }
print(JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set([1])]), JSON.stringify({ [Symbol("s")]: 1, k: Symbol("v") }));
