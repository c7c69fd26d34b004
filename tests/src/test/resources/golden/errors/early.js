// Early errors: each source is a SyntaxError before any of it runs, through eval and Function
var ran = 0;
var bad = [
  "{ let a; var a; ran++; }",
  "{ const a = 1; let a; ran++; }",
  "{ class C {} class C {} ran++; }",
  "'use strict'; { function f() {} function f() {} } ran++;",
  "function g() { { function f() {} { var f; } } } ran++;",
  "function g(a) { let a; } ran++;",
  "switch (0) { case 1: let x; break; default: let x; } ran++;",
  "for (let i = 0; i < 1; i++) { var i; } ran++;",
  "for (const [x, x] of []) {} ran++;",
  "try {} catch (e) { let e; } ran++;",
  "class let {} ran++;",
  "({ m(a, a) {} }); ran++;",
  "function f(a = 1) { 'use strict'; } ran++;",
  "'use strict'; ran++; delete ran;",
  "({ __proto__: 1, '__proto__': 2 }); ran++;",
  "({ a = 1 }); ran++;",
  "ran++; label: { for (;;) { continue label; } }",
  "while (0) l: function f() {} ran++;",
  "n\\u0075ll: ran++;",
  "ran++; var s = `\\8`;",
  "'use strict'; ran++; var s = '\\9';",
  "'use strict'; ran++; var n = 08;"
];
for (var i = 0; i < bad.length; i++) {
  var names = [];
  try { (0, eval)(bad[i]); names.push("ran"); } catch (e) { names.push(e.name); }
  try { Function(bad[i]); names.push("compiled"); } catch (e) { names.push(e.name); }
  print(i, names.join(" "));
}
print("statements run:", ran);
// near misses: not early errors
{
  function twice() { return 1; }
  function twice() { return 2; }
  print(typeof twice);
}
function params(a, a) { return arguments.length; }
print(params(1, 2), params.length);
var a0, b0;
({ a0 = 1, b0 } = { b0: 2 });
print(a0, b0);
try {} catch (e) { var e; }
var k = 0;
outer: while (k++ < 3) { for (;;) { continue outer; } }
print(k);
function tag(s) { return s.raw[0].length; }
print(tag`\8`, '\8');
