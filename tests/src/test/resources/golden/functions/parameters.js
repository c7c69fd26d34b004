// arguments, default and rest parameters, spread in calls and array literals, arrow functions
function f(a, b) { return arguments.length + ":" + a + ":" + b + ":" + Array.prototype.slice.call(arguments).join("/"); }
print(f(), f(1), f(1, 2, 3));
function g(a) { arguments[0] = "changed"; return a; }
print(g("orig"), f.length, g.length, (function (a, b = 1, c) {}).length);
function defs(a, b = a + 1, c = b * 2) { return [a, b, c]; }
print(defs(1), defs(1, 5), defs(1, undefined, 0), defs(1, null));
function rest(first, ...others) { return first + "|" + others.length + "|" + others; }
print(rest(1), rest(1, 2, 3), (function (...r) { return Array.isArray(r); })());
var nums = [3, 1, 4, 1, 5];
print(Math.max(...nums), Math.min.apply(null, nums), [0, ...nums, 9], [..."hey"], rest(...[7, 8, 9]));
var sq = x => x * x;
var add = (x, y) => x + y;
var obj = () => ({ k: 1 });
print(sq(5), add(2, 3), obj().k, [1, 2, 3].map(x => x * 10), (() => arguments)().length === undefined);
var self = {
  v: 42,
  regular: function () { return [1].map(function () { return this && this.v; })[0]; },
  arrow: function () { return [1].map(() => this.v)[0]; }
};
print(self.regular(), self.arrow());
function named() { return typeof named; }
var expr = function inner() { return typeof inner; };
print(named(), expr(), typeof inner);
print(f.name, expr.name, sq.name, (function () {}).name === "", (class K {}).name);
function hoisted() { return typeof later + ":" + typeof lv; var lv = 1; function later() {} }
print(hoisted());
