function makeCounter(start) {
  let count = start;
  return { inc: () => ++count, dec: () => --count, get value() { return count; } };
}
const counters = [];
for (let i = 0; i < 5; i++) counters.push(makeCounter(i * 10));
counters.forEach((c, i) => { for (let k = 0; k < i; k++) c.inc(); c.dec(); });
print(counters.map(c => c.value).join(' '));
let text = '';
for (let i = 0; i < 300; i++) text += (i % 10);
print(text.length, text[0] + text[299], typeof text, text === text + '');
const words = ['delta', 'alpha', 'charlie', 'bravo'];
print([...words].sort().join(), words.indexOf('charlie'), words.includes('echo'));
const nums = [5, 3, 8, 1, 9, 2].map((n, i) => n * i).filter(n => n % 2 === 0);
print(nums, nums.reduce((a, b) => a + b, 0), nums.length);
const obj = { a: 1, b: { c: [1, 2, { d: 'deep' }] } };
const { b: { c: [, second, { d }] } } = obj;
print(second, d, 'a' in obj, 'z' in obj, delete obj.a, 'a' in obj);
print(0.1 + 0.2, 1 / 3, 1e21, 123456789012345680000, -0 === 0);
print(7 / 2 | 0, -7 >> 1, -7 >>> 28, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, 2147483647 + 1);
print(typeof null, typeof undefined, typeof {}, typeof [], typeof (() => 1), typeof Symbol());
label: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j === 1) continue label; if (i === 2) break label; print(i, j); } }
try { null.f(); } catch (e) { print(e instanceof TypeError, e.constructor === TypeError); }
class Shape { area() { return 0; } toString() { return `${this.constructor.name}(${this.area()})`; } }
class Rect extends Shape { constructor(w, h) { super(); this.w = w; this.h = h; } area() { return this.w * this.h; } }
class Square extends Rect { constructor(s) { super(s, s); } }
print([new Shape(), new Rect(2, 3), new Square(4)].map(s => '' + s).join(' '));
