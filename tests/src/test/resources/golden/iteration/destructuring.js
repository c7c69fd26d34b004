// destructuring: arrays and objects, nested, defaults, rest, in parameters and for-of, swaps
var [a, b = 2, [c, d] = [3, 4]] = [1];
print(a, b, c, d);
var { x, y: why = "dflt", z: { w } = { w: "inner" } } = { x: 10 };
print(x, why, w);
var { p: { q: [, second] } } = { p: { q: [1, 2, 3] } };
print(second);
var [h, ...tail] = "hello";
print(h, tail);
var m = 1, n = 2;
[m, n] = [n, m];
print(m, n);
function f({ name, age = 0 } = {}, [first, ...rest] = []) { return name + ":" + age + ":" + first + ":" + rest.length; }
print(f({ name: "ann", age: 3 }, [1, 2, 3]), f(), f({ name: "bob" }));
var pairs = [[1, "one"], [2, "two"]];
for (var [num, word] of pairs) print(num, word);
for (var { k, v = "none" } of [{ k: 1, v: "a" }, { k: 2 }]) print(k, v);
var key = "dynamic";
var { [key]: val } = { dynamic: "computed key" };
print(val);
var obj = {};
({ a: obj.first, b: obj["second"] } = { a: 1, b: 2 });
print(JSON.stringify(obj));
var [u = "default"] = [undefined], [nn = "default"] = [null];
print(u, nn);
var { length } = "abcd";
print(length);
try {
  var { boom } = null;
} catch (e) {
  print(e instanceof TypeError);
}
var arrows = ([a, b]) => a * b;
print(arrows([6, 7]));
