// String.raw, Array.prototype.copyWithin, Object.getOwnPropertyDescriptors
function errorName(f) { try { f(); return "no error"; } catch (e) { return e.constructor.name; } }

// String.raw: raw template text, substitutions in order, array-likes and primitives as call sites
var name = "world";
print(String.raw`hello\n${name}\t!`);
print(String.raw`\u0041${1 + 1}\d${"end"}`, String.raw`\u0041${1 + 1}\d${"end"}`.length);
print(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3, 4));
print(String.raw({ raw: "xyz" }, "-", "+"));
print(String.raw({ raw: { length: 2, 0: "p", 1: "q" } }, { toString: function () { return "!"; } }));
print("[" + String.raw({ raw: [] }, 1) + "]", "[" + String.raw({ raw: { length: -3 } }) + "]");
print(String.raw.length, String.raw.name);
print(errorName(function () { String.raw(); }), errorName(function () { String.raw({}); }), errorName(function () { String.raw({ raw: null }); }));
var order = [];
String.raw({ raw: { length: 3, get 0() { order.push("r0"); return "A"; }, get 1() { order.push("r1"); return "B"; }, get 2() { order.push("r2"); return "C"; } } },
  { toString: function () { order.push("s0"); return "0"; } }, { toString: function () { order.push("s1"); return "1"; } });
print(order.join());

// copyWithin
print([1, 2, 3, 4, 5].copyWithin(0, 3).join());
print([1, 2, 3, 4, 5].copyWithin(0, 3, 4).join());
print([1, 2, 3, 4, 5].copyWithin(1, 0).join());
print([1, 2, 3, 4, 5].copyWithin(-2, -3, -1).join());
print([1, 2, 3, 4, 5].copyWithin(2, 0, 2).join());
print([1, 2, 3, 4, 5].copyWithin(0, 1, 10).join());
print([1, 2, 3].copyWithin(5, 0).join(), [1, 2, 3].copyWithin(0, 5).join(), [1, 2, 3].copyWithin(NaN, 1).join());
var holes = [1, , 3, , 5];
holes.copyWithin(0, 1, 3);
print(0 in holes, holes[1], 2 in holes, holes.length);
var like = { length: 5, 3: "three", 0: "zero", 1: "one" };
var r = Array.prototype.copyWithin.call(like, 0, 3);
print(r === like, like[0], 1 in like, like[3]);
print(Array.prototype.copyWithin.length, typeof Array.prototype.copyWithin.call(1, 0, 0));
print(errorName(function () { Array.prototype.copyWithin.call(null, 0, 0); }));
print(errorName(function () { Object.freeze([1, 2, 3]).copyWithin(0, 1); }));
var a = [1, 2, 3, 4];
print(a.copyWithin(0, 2) === a);

// Object.getOwnPropertyDescriptors
var s = Symbol("s");
var src = { a: 1, get b() { return 2; } };
src[s] = "sym";
Object.defineProperty(src, "hidden", { value: 3, writable: false });
var ds = Object.getOwnPropertyDescriptors(src);
print(Object.keys(ds).join(), typeof ds[s], ds[s].value);
print(JSON.stringify(ds.a), JSON.stringify(ds.hidden), typeof ds.b.get, ds.b.set, ds.b.enumerable);
var copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(src));
print(copy.b, copy.hidden, Object.getOwnPropertyDescriptor(copy, "hidden").writable);
print(Object.keys(Object.getOwnPropertyDescriptors([7, 8])).join());
print(Object.keys(Object.getOwnPropertyDescriptors(5)).length, errorName(function () { Object.getOwnPropertyDescriptors(null); }));
print(Object.getOwnPropertyDescriptors.length);
