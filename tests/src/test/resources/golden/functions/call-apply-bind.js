// Function.prototype.call / apply / bind, this binding rules
function show(greeting, punct) { return greeting + ", " + this.name + punct; }
var p = { name: "Ann" };
print(show.call(p, "Hi", "!"), show.apply(p, ["Yo", "?"]), show.apply(p, { length: 2, 0: "A", 1: "B" }));
var bound = show.bind(p, "Hey");
print(bound("."), bound.name, bound.length, show.length);
var bound2 = bound.bind({ name: "ignored" }, "...");
print(bound2());
function Point(x, y) { this.x = x; this.y = y; }
var BoundPoint = Point.bind(null, 1);
var bp = new BoundPoint(2);
print(bp.x, bp.y, bp instanceof Point);
var o = { n: 5, get: function () { return this.n; } };
var unbound = o.get;
print(o.get(), (o.get)(), typeof unbound.call({ n: 7 }), unbound.call({ n: 7 }));
function strictThis() { "use strict"; return this; }
function sloppyThis() { return typeof this; }
print(strictThis(), strictThis.call(5), sloppyThis.call(5), typeof strictThis.call("s"));
print(Math.max.apply(Math, [1, 9, 3]), Array.prototype.join.call("abc", "-"), [].slice.call({ 0: "a", 1: "b", length: 2 }));
print(typeof Function.prototype, Function.prototype.call.length, (function (a, b) {}).apply.length);
