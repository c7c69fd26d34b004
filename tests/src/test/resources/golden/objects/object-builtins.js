// Object.*: keys, values, entries, assign, defineProperty, descriptors, freeze, seal, preventExtensions
var o = { a: 1, b: 2, c: 3 };
print(Object.keys(o), Object.values(o), JSON.stringify(Object.entries(o)));
var t = Object.assign({}, o, { d: 4 }, null, { a: 9 });
print(JSON.stringify(t));
var p = {};
Object.defineProperty(p, "hidden", { value: 42, enumerable: false, writable: false, configurable: false });
Object.defineProperty(p, "computed", { get: function () { return this.hidden + 1; }, enumerable: true, configurable: true });
print(p.hidden, p.computed, Object.keys(p), Object.getOwnPropertyNames(p));
p.hidden = 7;
print(p.hidden, delete p.hidden, p.hidden);
print(JSON.stringify(Object.getOwnPropertyDescriptor(p, "hidden")), typeof Object.getOwnPropertyDescriptor(p, "computed").get);
print(Object.getOwnPropertyDescriptor(p, "nope"));
Object.defineProperties(p, { x: { value: "x", enumerable: true }, y: { value: "y", writable: true } });
print(Object.keys(p), p.x, p.y);
var f = Object.freeze({ k: 1, inner: { m: 1 } });
f.k = 2;
f.newProp = 3;
f.inner.m = 2;
print(f.k, f.newProp, f.inner.m, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));
var s = Object.seal({ k: 1 });
s.k = 2;
s.other = 1;
delete s.k;
print(s.k, s.other, Object.isSealed(s), Object.isFrozen(s));
var n = Object.preventExtensions({ k: 1 });
n.q = 1;
n.k = 5;
print(n.q, n.k, Object.isExtensible(n), delete n.k, n.k);
print(o.hasOwnProperty("a"), o.propertyIsEnumerable("a"), Object.prototype.propertyIsEnumerable.call([1], "length"));
print(o.toString(), Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1));
print({}.valueOf() !== undefined, o.toLocaleString(), Object.getOwnPropertyNames("ab"), Object.keys("ab"));
print(Object.is(-0, 0), Object(1) instanceof Number, typeof Object("s"), Object.entries([7, 8]).join(";"));
"use strict";
try {
  (function () { "use strict"; f.k = 3; })();
} catch (e) {
  print(e instanceof TypeError);
}
