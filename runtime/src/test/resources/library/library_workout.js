// A realistic program over the library builtins; deterministic (no random, no clock, UTC only).
var text = 'The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! ' +
    'A fox, a dog, and 42 other animals met on 2024-02-29 at 13:45.';
var freq = new Map();
var words = text.toLowerCase().split(/[^a-z0-9]+/);
for (var w of words) {
  if (w === '') continue;
  freq.set(w, (freq.get(w) || 0) + 1);
}
var top = Array.from(freq).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); }).slice(0, 5);
print('top words', JSON.stringify(top));
print('distinct', freq.size, 'has fox', freq.has('fox'), 'cat', freq.get('cat'));

var a = new Set([1, 2, 3, 4, 5, 8, 13]);
var b = new Set([2, 3, 5, 7, 11, 13]);
var union = new Set([...a, ...b]);
var inter = [...a].filter(function (x) { return b.has(x); });
print('union', [...union].join(' '), 'inter', inter.join(' '));

var cache = new WeakMap();
function area(shape) {
  if (cache.has(shape)) return 'cached ' + cache.get(shape);
  var r = shape.kind === 'circle' ? Math.PI * shape.r * shape.r : shape.w * shape.h;
  cache.set(shape, r.toFixed(3));
  return 'computed ' + cache.get(shape);
}
var shapes = [{kind: 'circle', r: 2}, {kind: 'rect', w: 3, h: 4.5}];
print(area(shapes[0]), area(shapes[1]), area(shapes[0]));

var doc = {title: 'inventory', items: []};
for (var i = 0; i < 300; i++) {
  doc.items.push({id: i, name: 'item-' + i.toString(36).padStart(3, '0'), price: Math.round(i * 1.37 * 100) / 100,
    tags: i % 3 === 0 ? ['a', 'b'] : [], nested: {ok: i % 2 === 0, when: null}});
}
var json = JSON.stringify(doc);
var back = JSON.parse(json, function (k, v) { return k === 'price' ? v * 2 : v; });
print('json', json.length, back.items.length, back.items[299].name, back.items[299].price, JSON.stringify(back.items[3], null, 1).length);
print(JSON.stringify({a: [1, {b: 2}], c: 'x'}, null, '\t').split('\n').length);

var nums = [0, -0, 1.5, 123.456, 1e21, 0.000001234, -42, 255, NaN, Infinity];
var rows = [];
for (var n of nums) {
  rows.push([String(n), n.toFixed(2), n.toPrecision(3), Number.isInteger(n) ? n.toString(16) : '-'].join('|'));
}
print(rows.join('\n'));
print(parseInt('ff', 16), parseFloat('6.02e23xyz'), Number('  12  '), (0.1 + 0.2).toFixed(20), Math.max.apply(null, [3, 9, 2]));

var tokens = [];
var re = /\s*(\d+\.?\d*|[-+*\/()])/g;
var expr = '3 + 4.5 * (2 - 0.5) / 3';
var m;
while ((m = re.exec(expr)) !== null) tokens.push(m[1]);
print('tokens', tokens.length, tokens.join(','), 'lastIndex', re.lastIndex);
print('2024-02-29'.replace(/(\d+)-(\d+)-(\d+)/, '$3/$2/$1'), 'a-b_c d'.split(/[-_ ]/).length, 'x'.repeat(3).padEnd(6, '.'));

var d0 = Date.UTC(2024, 1, 29, 13, 45);
var d1 = new Date(d0 + 36 * 3600 * 1000);
print(new Date(d0).toISOString(), d1.toISOString(), (d1 - new Date(d0)) / 3600000, d1.getUTCDay(), d1.getUTCMonth());

var s1 = Symbol.for('shared'), s2 = Symbol('own');
var reg = {};
reg[s1] = 'registered';
reg[s2] = 'private';
print(reg[Symbol.for('shared')], Symbol.keyFor(s1), Symbol.keyFor(s2), s2.toString());
