// forEach, map, filter, reduce, reduceRight, some, every, sort with comparator, keys/values/entries
var a = [5, 3, 8, 1, 9, 2];
var out = [];
a.forEach(function (x, i, arr) { out.push(i + ":" + x + ":" + arr.length); });
print(out);
print(a.map(function (x) { return x * 2; }), a.filter(function (x) { return x % 2; }));
print(a.reduce(function (s, x) { return s + x; }), a.reduce(function (s, x) { return s + x; }, 100));
print(a.reduceRight(function (s, x) { return s + "," + x; }), [[1], [2, 3]].reduce(function (x, y) { return x.concat(y); }, []));
print(a.some(function (x) { return x > 8; }), a.every(function (x) { return x > 0; }), [].every(function () { return false; }));
print(a.slice().sort(), a.slice().sort(function (x, y) { return x - y; }), a.slice().sort(function (x, y) { return y - x; }));
print([10, 9, 1, 100, 25].sort(), ["b", "C", "a"].sort(), [undefined, 3, undefined, 1].sort());
var people = [{ n: "bo", age: 30 }, { n: "al", age: 25 }, { n: "cy", age: 30 }, { n: "di", age: 25 }];
people.sort(function (p, q) { return p.age - q.age; });
print(people.map(function (p) { return p.n; }));
var it = ["a", "b"].entries();
var e1 = it.next();
print(JSON.stringify(e1), JSON.stringify(it.next()), JSON.stringify(it.next()));
print(Array.from(["x", "y"].keys()), Array.from(["x", "y"].values()));
var ctx = { mult: 3 };
print([1, 2].map(function (x) { return x * this.mult; }, ctx));
try {
  [].reduce(function (a, b) { return a + b; });
} catch (e) {
  print(e instanceof TypeError);
}
var nums = [];
for (var i = 0; i < 200; i++) nums.push((i * 7919) % 211);
nums.sort(function (x, y) { return x - y; });
print(nums.slice(0, 10), nums.slice(-5));
