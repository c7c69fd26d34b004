// string building: concatenation in loops (no quadratic cost), join, templates
var s = "";
for (var i = 0; i < 20000; i++) {
  s += String.fromCharCode(97 + (i % 26));
}
print(s.length, s.slice(0, 30), s.charAt(19999));
var parts = [];
for (var j = 0; j < 1000; j++) {
  parts.push(j);
}
var joined = parts.join(",");
print(joined.length, joined.slice(-20));
var t = "";
for (var k = 0; k < 200; k++) {
  t = "<" + t + ">";
}
print(t.length, t.slice(0, 5), t.slice(195, 205));
var name = "world", n = 3;
print(`hello ${name}, ${n} + ${n} = ${n + n}`, `multi
line`, `nested ${`inner ${n * 2}`}`, `${[1, 2]}${{}}`);
function tag(strings, a, b) {
  return strings.raw.join("|") + ":" + a + ":" + b;
}
print(tag`x${1}y${2}z`, tag`\n${"a"}${"b"}`);
var acc = "";
for (var q = 0; q < 5000; q++) {
  acc = acc + q;
}
print(acc.length, acc.slice(100, 120));
