// errors the runtime raises carry the stack of the place they were raised: function:line per frame
function frames(e) {
  var out = [];
  var lines = e.stack.split("\n");
  for (var i = 1; i < lines.length; i++) {
    var m = /at (?:(\S+) \()?[^()]*:(\d+):\d+\)?$/.exec(lines[i]);
    if (m) out.push((m[1] && m[1].charAt(0) !== ":" ? m[1] : "top") + ":" + m[2]);
  }
  return out.join(" ");
}
function readNull(o) { return o.x; }
function viaCall() { return readNull(null); }
try { viaCall(); } catch (e) { print(e.name, frames(e)); }
function callNumber() { var n = 1; return n(); }
try { callNumber(); } catch (e) { print(e.name, frames(e)); }
function undeclared() { return notDeclaredAnywhere; }
try { undeclared(); } catch (e) { print(e.name, e.message, frames(e)); }
function builtin() { return (1.5).toFixed(101); }
try { builtin(); } catch (e) { print(e.name, frames(e)); }
function rec(n) { return rec(n + 1) + 1; }
try { rec(0); } catch (e) { print(e.name, e.message, e.stack.split("\n").length <= 11); }
var caught;
function raiser() { null.y; }
function catcher() {
  try {
    raiser();
  } catch (e) {
    caught = e;
  }
}
catcher();
print(caught.name, frames(caught));
try { undefined.z = 1; } catch (e) { print(e.name, frames(e)); }
