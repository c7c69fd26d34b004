// subclassing builtins: Array (exotic length), Map, Set, Error; strings iterate by code points
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
var s = new Stack();
s.push(1, 2, 3);
print(s.length, s.peek(), s instanceof Stack, s instanceof Array, Array.isArray(s));
s.length = 1;
print(s.length, s[1], JSON.stringify(s));
class Counter extends Map {
  inc(k) { this.set(k, (this.get(k) || 0) + 1); return this; }
}
var c = new Counter().inc("a").inc("a").inc("b");
print(c.size, c.get("a"), c instanceof Counter, c instanceof Map);
class Tags extends Set {
  list() { return [...this].join(","); }
}
print(new Tags(["x", "y", "x"]).list());
class AppError extends Error {
  constructor(code, msg) { super(msg); this.code = code; this.name = "AppError"; }
}
try { throw new AppError(42, "bad thing"); } catch (e) {
  print(e instanceof AppError, e instanceof Error, e.code, e.message, String(e));
}
print([..."a\ud83d\ude00b"].length, Array.isArray([..."ab"]), typeof Function.prototype, Function.prototype());
var [first, ...rest] = "h\u00e9llo";
print(first, rest.join(""));
var sym = Symbol("tag");
print(typeof Object(sym), Object(sym).description, sym.description);
