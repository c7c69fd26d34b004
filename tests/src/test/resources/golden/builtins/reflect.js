// Reflect: every ES2015 method, receivers of get/set, newTarget of construct, booleans for refusals
function show(label, v) { print(label, typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)); }
function errorName(f) { try { f(); return "no error"; } catch (e) { return e.constructor.name; } }

// apply
show("apply", Reflect.apply(Math.max, undefined, [1, 5, 3]));
show("apply this", Reflect.apply(function (a, b) { return this.base + a + b; }, { base: 10 }, [1, 2]));
show("apply array-like", Reflect.apply(function () { return arguments.length; }, null, { length: 2, 0: "a", 1: "b" }));
show("apply errors", [errorName(function () { Reflect.apply(1, null, []); }), errorName(function () { Reflect.apply(Math.max, null, 1); })].join());

// construct, with and without newTarget
function Point(x, y) { this.x = x; this.y = y; this.nt = new.target === Point ? "Point" : new.target === Other ? "Other" : String(new.target); }
function Other() {}
Other.prototype.kind = "other";
var p = Reflect.construct(Point, [1, 2]);
show("construct", [p.x, p.y, p.nt, p instanceof Point].join());
var q = Reflect.construct(Point, [3, 4], Other);
show("construct newTarget", [q.x, q.y, q.nt, q instanceof Other, q instanceof Point, q.kind].join());
class Base { constructor(v) { this.v = v; this.target = new.target.name; } }
class Derived extends Base { constructor(v) { super(v * 2); } }
var d = Reflect.construct(Derived, [5]);
show("construct class", [d.v, d.target, d instanceof Derived].join());
var arr = Reflect.construct(Array, [3], Other);
show("construct builtin", [Array.isArray(arr), arr.length, Object.getPrototypeOf(arr) === Other.prototype].join());
var date = Reflect.construct(Date, [0], Other);
show("construct Date", Object.getPrototypeOf(date) === Other.prototype);
show("construct errors", [
  errorName(function () { Reflect.construct(function () {}.bind ? Math.max : 1, []); }),
  errorName(function () { Reflect.construct(Point, [], Math.max); }),
  errorName(function () { Reflect.construct(Point, 1); }),
  errorName(function () { Reflect.construct(() => 1, []); })
].join());

// defineProperty, getOwnPropertyDescriptor, deleteProperty
var o = {};
show("defineProperty", Reflect.defineProperty(o, "x", { value: 1 }));
show("redefine refused", Reflect.defineProperty(o, "x", { value: 2 }));
show("descriptor", Reflect.getOwnPropertyDescriptor(o, "x"));
show("missing descriptor", Reflect.getOwnPropertyDescriptor(o, "nope"));
show("delete refused", Reflect.deleteProperty(o, "x"));
o.y = 3;
show("delete", [Reflect.deleteProperty(o, "y"), "y" in o, Reflect.deleteProperty(o, "absent")].join());
var frozen = Object.freeze({ a: 1 });
show("define on frozen", Reflect.defineProperty(frozen, "b", { value: 1 }));
show("define length", [Reflect.defineProperty([1, 2, 3], "length", { value: 1 }), errorName(function () { Reflect.defineProperty([], "length", { value: -1 }); })].join());

// get and set with receivers
var source = { a: 1, get b() { return this.a + 100; }, set c(v) { this.seen = v; } };
var receiver = { a: 7 };
show("get", Reflect.get(source, "a"));
show("get getter", Reflect.get(source, "b"));
show("get receiver", Reflect.get(source, "b", receiver));
show("get inherited", Reflect.get(Object.create(source), "b", receiver));
show("get missing", Reflect.get({}, "zzz"));
show("get index", Reflect.get([10, 20, 30], 1));
show("set", [Reflect.set(receiver, "z", 5), receiver.z].join());
show("set setter receiver", [Reflect.set(source, "c", 42, receiver), receiver.seen, source.seen].join());
var target = { v: 1 }, other = {};
show("set data on receiver", [Reflect.set(target, "v", 2, other), target.v, other.v].join());
show("set read-only", Reflect.set(Object.defineProperty({}, "r", { value: 1 }), "r", 2));
show("set getter-only", Reflect.set({ get g() { return 1; } }, "g", 2));
show("set receiver accessor", Reflect.set({ w: 1 }, "w", 2, { set w(v) {} }));
show("set primitive receiver", Reflect.set({ w: 1 }, "w", 2, 5));
show("set frozen", Reflect.set(Object.freeze({ f: 1 }), "f", 2));
var a3 = [1, 2, 3];
show("set length", [Reflect.set(a3, "length", 1), a3.length].join());
show("set length error", errorName(function () { Reflect.set([], "length", -1); }));

// has, ownKeys, prototypes, extensibility
var s = Symbol("s");
var withKeys = { b: 1, a: 2, 1: "one", [s]: 3 };
show("has", [Reflect.has(withKeys, "a"), Reflect.has(withKeys, "toString"), Reflect.has(withKeys, "q"), Reflect.has(withKeys, s)].join());
var keys = Reflect.ownKeys(withKeys);
show("ownKeys", keys.length + " " + keys.slice(0, 3).join() + " " + (typeof keys[3]));
show("ownKeys array", Reflect.ownKeys([5, 6]).join());
show("getPrototypeOf", Reflect.getPrototypeOf([]) === Array.prototype);
var child = {};
show("setPrototypeOf", [Reflect.setPrototypeOf(child, source), child.a].join());
show("setPrototypeOf cycle", Reflect.setPrototypeOf(source, child));
show("setPrototypeOf null", Reflect.setPrototypeOf({}, null));
var ne = {};
show("extensible", [Reflect.isExtensible(ne), Reflect.preventExtensions(ne), Reflect.isExtensible(ne), Reflect.setPrototypeOf(ne, {})].join());

// every method rejects a non-object target with a TypeError
var names = ["defineProperty", "deleteProperty", "get", "getOwnPropertyDescriptor", "getPrototypeOf", "has", "isExtensible", "ownKeys", "preventExtensions", "set", "setPrototypeOf"];
show("non-object targets", names.map(function (n) { return errorName(function () { Reflect[n](1, "x", {}); }); }).join());
show("setPrototypeOf bad proto", errorName(function () { Reflect.setPrototypeOf({}, 1); }));
show("lengths", ["apply", "construct", "defineProperty", "get", "set", "ownKeys"].map(function (n) { return Reflect[n].length; }).join());
show("Reflect", [typeof Reflect, Object.getPrototypeOf(Reflect) === Object.prototype, errorName(function () { new Reflect.get({}, "a"); })].join());
