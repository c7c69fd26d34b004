// The with statement: names inside the body look at the object first (ES5 12.10, ES2015 13.11).

// reads, writes, var declarations and typeof
var o = { x: 1, f: function () { return this === o; } };
var x = "global x";
with (o) {
  print("read", x, typeof x, typeof missing);
  x = 2;
  var x = 3; // the var binds the global, the initialiser writes o.x
  var fresh = "fresh";
  print("call this is o", f());
}
print("after", o.x, x, fresh, "fresh" in o);

// calls through the object get it as this; other calls do not
function whoAmI() { return this === globalThis ? "global" : this.tag; }
with ({ tag: "obj", whoAmI: whoAmI }) print("this", whoAmI());
with ({ tag: "obj" }) print("this", whoAmI());

// closures made inside the body keep seeing the object, live
function counterOver(obj) {
  var step = 1;
  with (obj) {
    return function () { n += step; return n; };
  }
}
var state = { n: 10 };
var tick = counterOver(state);
tick();
tick();
state.n = 100;
print("closure", tick(), state.n);

// a binding the object does not have resolves outward, and follows the object's changes
function outer() {
  var v = "local v";
  var obj = {};
  var seen = [];
  with (obj) {
    seen.push(v);
    obj.v = "property v";
    seen.push(v);
    delete obj.v;
    seen.push(v);
  }
  return seen.join(" | ");
}
print(outer());

// nested with: the innermost object wins, then the outer one, then variables
var a1 = "var a1", b1 = "var b1", c1 = "var c1";
with ({ a1: "outer a1", b1: "outer b1" }) {
  with ({ a1: "inner a1" }) {
    print("nested", a1, b1, c1);
  }
}

// compound assignment, ++/-- and destructuring targets
var p = { count: 1, list: [] };
with (p) {
  count += 10;
  count++;
  ++count;
  count--;
  [first, second] = ["one", "two"];
  ({ third: count } = { third: count * 2 });
}
print("compound", p.count, typeof first, first, second);

// assignment resolves before the right-hand side runs
var target = { z: "old" };
with (target) {
  z = (delete target.z, "new");
}
print("resolve first", target.z);

// delete of a name goes to the object; a var and a missing name as usual
var kept = 1;
var d = { gone: 1 };
with (d) {
  print("delete", delete gone, "gone" in d, delete kept, delete neverDeclared);
}

// getters and setters of the object run with the object as this
var log = [];
var acc = {
  _v: 5,
  get v() { log.push("get"); return this._v; },
  set v(val) { log.push("set " + val); this._v = val; }
};
with (acc) {
  v = v + 1;
}
print("accessors", acc._v, log.join(","));

// inherited properties count; the object can be any value but undefined or null
function Base() {}
Base.prototype.inherited = "from prototype";
with (new Base()) print("inherited", inherited);
with ("text") print("string", length, charAt(2), toUpperCase());
with (42) print("number", toFixed(1));
with (true) print("boolean", valueOf());
try {
  with (undefined) print("unreachable");
} catch (e) {
  print("undefined:", e instanceof TypeError);
}
try {
  with (null) print("unreachable");
} catch (e) {
  print("null:", e instanceof TypeError);
}

// Symbol.unscopables hides names from the object
var shadowedByArray = "outer values";
var values = "outer values var";
with ([1, 2, 3]) {
  print("array", length, typeof values, values, join("-"));
}
var u = { a: "ua", b: "ub", c: "uc" };
u[Symbol.unscopables] = { b: true, c: 0 };
var b = "outer b";
with (u) print("unscopables", a, b, c);
print("Array unscopables", Object.getPrototypeOf(Array.prototype[Symbol.unscopables]), Array.prototype[Symbol.unscopables].values);

// let, const and functions declared in the body shadow the object
with ({ k: "property k", m: "property m" }) {
  let k = "let k";
  const m = "const m";
  print("lexical", k, m);
}

// undefined and arguments can be properties of the object
with ({ undefined: "not undefined" }) print("undefined", undefined);
(function () {
  with ({ arguments: "property arguments" }) print("arguments", arguments);
})(1, 2);

// strict code cannot contain with; a strict function inside a with body is fine
try {
  eval('"use strict"; with ({}) {}');
} catch (e) {
  print("strict with:", e instanceof SyntaxError);
}
var strictObj = { sv: "strict sees it" };
with (strictObj) {
  var strictFn = function () { "use strict"; return sv; };
}
print(strictFn());
delete strictObj.sv;
try {
  strictFn();
} catch (e) {
  print("strict missing:", e instanceof ReferenceError);
}

// for-in and for-of targets and completion values
var it = { key: "", item: 0 };
with (it) {
  for (key in { first: 1, second: 2 });
  for (item of [7, 8, 9]);
}
print("loop targets", it.key, it.item);
print("completion", eval("with ({ q: 4 }) { q * 10 }"));

// many objects and closures made inside with bodies survive collections
var made = [];
for (var i = 0; i < 200; i++) {
  with ({ i: i, label: "item" + i }) {
    made.push(function () { return label + ":" + i; });
  }
}
var total = 0;
for (var j = 0; j < made.length; j++) {
  total += made[j]().length;
}
print("survivors", made.length, made[0](), made[199](), total);
