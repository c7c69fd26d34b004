// Error and its subclasses: message, name, toString, stack, instanceof; try/catch/finally; throw any value
var kinds = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (var i = 0; i < kinds.length; i++) {
  var e = new kinds[i]("msg " + i);
  print(e.name, e.message, String(e), e instanceof Error, e instanceof kinds[i], typeof e.stack, Object.keys(e).length);
}
print(String(new Error()), new Error().message === "", Error("no new").message, new Error(undefined).message);
function thrower() { throw new TypeError("from thrower"); }
try {
  thrower();
} catch (e) {
  print(e.message, e.stack.indexOf("thrower") >= 0);
}
var values = [1, "str", null, undefined, { k: 1 }, [1, 2], false];
for (var j = 0; j < values.length; j++) {
  try {
    throw values[j];
  } catch (v) {
    print("caught", typeof v, JSON.stringify(v));
  }
}
function fin() {
  try {
    return "try";
  } finally {
    print("finally runs");
  }
}
print(fin());
function finOverride() {
  try {
    throw new Error("x");
  } catch (e) {
    return "catch";
  } finally {
    return "finally wins";
  }
}
print(finOverride());
var log = [];
for (var k = 0; k < 3; k++) {
  try {
    if (k === 1) continue;
    log.push("body" + k);
  } finally {
    log.push("fin" + k);
  }
}
print(log);
try {
  try {
    throw new RangeError("inner");
  } finally {
    print("inner finally");
  }
} catch (e) {
  print("outer caught", e.name, e.message);
}
try { null.prop; } catch (e) { print(e.constructor.name, e instanceof TypeError); }
try { undefined(); } catch (e) { print(e.constructor.name); }
try { ({}).notAFunction(); } catch (e) { print(e.constructor.name); }
try { new Array(-1); } catch (e) { print(e.constructor.name); }
try { (1.5).toFixed(101); } catch (e) { print(e.constructor.name); }
try { JSON.parse("{bad"); } catch (e) { print(e.constructor.name); }
try { decodeURIComponent("%"); } catch (e) { print(e.constructor.name); }
try { eval("var = ;"); } catch (e) { print(e.constructor.name); }
try { x.y.z = 1; } catch (e) { print(e.constructor.name); }
try { Symbol() + ""; } catch (e) { print(e.constructor.name); }
try { new (function () {}.bind())(); print("bound ctor ok"); } catch (e) { print(e.constructor.name); }
var custom = new Error("custom");
custom.name = "CustomError";
print(String(custom), Object.prototype.toString.call(custom));
function E2(m) { this.message = m; }
E2.prototype = Object.create(Error.prototype);
E2.prototype.name = "E2";
print(String(new E2("old style")), new E2("z") instanceof Error);
try {
  throw new Error("with catch binding");
} catch ({ message }) {
  print(message);
}
