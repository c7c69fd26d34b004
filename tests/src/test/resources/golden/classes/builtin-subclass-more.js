// subclassing RegExp, Date, String, Number, TypeError and Object: instances made by the base constructor
class R extends RegExp { hi() { return "r"; } }
var r = new R("a+", "g");
print(r instanceof R, r instanceof RegExp, r.test("caa"), r.hi(), r.source, r.flags);
class D extends Date { year() { return this.getUTCFullYear(); } }
var d = new D(0);
print(d instanceof D, d instanceof Date, d.year(), d.getTime());
class S extends String { twice() { return this + this; } }
var s = new S("ab");
print(s instanceof S, s.length, s + "!", s.twice());
class N extends Number { half() { return this / 2; } }
var n = new N(5);
print(n instanceof N, n + 1, n.half());
class T extends TypeError {}
try { null.x; } catch (e) { print(e instanceof T, e instanceof TypeError); }
try { throw new T("tt"); } catch (e) { print(e instanceof T, e instanceof TypeError, String(e), e.stack.split("\n")[1].indexOf(" T ") < 0); }
class O extends Object { constructor() { super(); this.k = 1; } }
var o = new O();
print(o instanceof O, o.k, Object.getPrototypeOf(O.prototype) === Object.prototype);
