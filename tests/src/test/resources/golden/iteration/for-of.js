// for-of over arrays, strings, Maps, Sets, custom iterables; Symbol.iterator protocol
for (var x of [1, 2, 3]) print("arr", x);
for (var ch of "héy") print("str", ch);
for (var [k, v] of new Map([["a", 1], ["b", 2]])) print("map", k, v);
for (var s of new Set(["x", "y", "x"])) print("set", s);
var range = {
  from: 1, to: 4,
  [Symbol.iterator]() {
    var cur = this.from, last = this.to;
    return { next() { return cur <= last ? { value: cur++, done: false } : { value: undefined, done: true }; } };
  }
};
for (var r of range) print("range", r);
print([...range], Array.from(range), Math.max(...range));
var [first, , third, ...others] = range;
print(first, third, others);
var log = [];
var closing = {
  [Symbol.iterator]() {
    var n = 0;
    return {
      next() { n++; return { value: n, done: n > 10 }; },
      return() { log.push("closed at " + n); return { done: true }; }
    };
  }
};
for (var c of closing) { if (c === 3) break; }
print(log);
var arrIt = [10, 20][Symbol.iterator]();
print(JSON.stringify(arrIt.next()), JSON.stringify(arrIt.next()), JSON.stringify(arrIt.next()));
outer: for (var i of [1, 2, 3]) {
  for (var j of [1, 2, 3]) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    print("pair", i, j);
  }
}
