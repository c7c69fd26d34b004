// object literals: shorthand, computed keys, methods, getters/setters, property order
var a = 1, b = "two";
var key = "dyn";
var o = {
  a, b,
  [key + "amic"]: 3,
  ["x" + 1]: "computed",
  method() { return this.a + 1; },
  get double() { return this.a * 2; },
  set double(v) { this.a = v / 2; },
  2: "two", 1: "one", "-1": "minus", z: 26, "10": "ten"
};
print(Object.keys(o).join(","));
print(o.a, o.b, o.dynamic, o.x1, o.method(), o.double);
o.double = 10;
print(o.a, o.double);
for (var k in o) print("key", k, typeof o[k]);
var nested = { p: { q: { r: [1, { s: "deep" }] } } };
print(nested.p.q.r[1].s, nested["p"]["q"].r.length);
var empty = {};
print(empty.missing, empty.toString(), String(empty), Object.keys(empty).length);
empty.x = 1;
empty["y z"] = 2;
empty[3] = 3;
empty[-1] = 4;
empty[1.5] = 5;
print(JSON.stringify(empty), Object.keys(empty));
