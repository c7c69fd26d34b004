// switch (fallthrough, default in the middle), labelled break/continue, do-while, for-in order
function sw(v) {
  var r = [];
  switch (v) {
    case 1: r.push("one");
    case 2: r.push("two"); break;
    default: r.push("default");
    case "3": r.push("three-string"); break;
    case 4: { r.push("four"); }
  }
  return r.join("+");
}
print(sw(1), sw(2), sw("3"), sw(3), sw(4), sw(99));
var out = [];
outer: for (var i = 0; i < 4; i++) {
  inner: for (var j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    out.push("" + i + j);
  }
}
print(out);
var k = 0;
do { k++; } while (k < 5);
print(k);
var w = 10, steps = 0;
while (w > 1) { w = w % 2 === 0 ? w / 2 : 3 * w + 1; steps++; }
print(steps);
var obj = { b: 1, a: 2, 10: "x", 2: "y", c: 3 };
var keys = [];
for (var key in obj) keys.push(key);
print(keys);
var proto = { inherited: 1 };
var child = Object.create(proto);
child.own = 2;
var ks = [];
for (var kk in child) ks.push(kk);
print(ks);
var arrKeys = [];
for (var idx in ["a", "b", "c"]) arrKeys.push(typeof idx + idx);
print(arrKeys);
blk: {
  print("in block");
  if (true) break blk;
  print("not printed");
}
var n = 0;
for (;;) { if (++n > 3) break; }
print(n);
for (var q in null) print("never");
for (var q2 in undefined) print("never");
print("done");
