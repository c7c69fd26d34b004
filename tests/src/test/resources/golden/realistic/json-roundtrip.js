// A JSON round trip of a large document: build, stringify (plain and indented), parse, compare deeply.
function rng(seed) { var s = seed; return function () { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; }; }
var r = rng(7);
var words = ["alpha", "beta", "gamma", "delta", "épsilon", "ζeta", "eta \"quoted\"", "theta\nline", "iota\\", "kappa\t"];
function value(depth) {
  var k = r();
  if (depth > 4 || k < 0.3) {
    var t = Math.floor(r() * 6);
    if (t === 0) return Math.floor(r() * 1e6) - 5e5;
    if (t === 1) return r() * 1000 - 500;
    if (t === 2) return words[Math.floor(r() * words.length)];
    if (t === 3) return r() < 0.5;
    if (t === 4) return null;
    return 1e21 * r();
  }
  if (k < 0.6) { var a = []; var n = Math.floor(r() * 8); for (var i = 0; i < n; i++) a.push(value(depth + 1)); return a; }
  var o = {}; var m = Math.floor(r() * 8);
  for (var j = 0; j < m; j++) o[words[Math.floor(r() * words.length)] + j] = value(depth + 1);
  return o;
}
var doc = { version: 1, items: [] };
for (var i = 0; i < 150; i++) doc.items.push({ id: i, name: "item" + i, data: value(0), tags: ["t" + (i % 7), "t" + (i % 3)] });
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) { if (ka[i] !== kb[i] || !deepEqual(a[ka[i]], b[kb[i]])) return false; }
  return true;
}
var text = JSON.stringify(doc);
var pretty = JSON.stringify(doc, null, 2);
var back = JSON.parse(text), backPretty = JSON.parse(pretty);
print("length", text.length, "pretty length", pretty.length);
print("equal", deepEqual(doc, back), deepEqual(back, backPretty), JSON.stringify(back) === text);
var h = 0;
for (var c = 0; c < text.length; c++) h = (Math.imul(h, 31) + text.charCodeAt(c)) | 0;
print("hash", h);
print(text.slice(0, 200));
var revived = JSON.parse(text, function (k, v) { return k === "id" ? "#" + v : v; });
print(revived.items[42].id, revived.items.length, typeof back.items[3].data);
