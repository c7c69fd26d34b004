// ToInt32 / ToUint32 wrap-around, shifts, bit operations on mixed types
var xs = [0, 1, -1, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296,
  4294967297, 1.9, -1.9, 1e10, -1e10, 1e21, NaN, Infinity, -Infinity, "12", "0x10", "x", true, null, undefined, 2.5e9];
for (var k = 0; k < xs.length; k++) {
  var x = xs[k];
  print(String(x), x | 0, x >>> 0, x >> 1, x << 1, x >>> 1, ~x, x & 0xff, x ^ -1);
}
print(1 << 31, 1 << 32, 1 << 33, 1 << -1, -1 >>> 0, -1 >>> 31, -1 >> 31, -8 >> 1, -8 >>> 1);
print(5 & 3, 5 | 3, 5 ^ 3, 0xf0f0 & 0x0ff0, 0x12345678 ^ 0x0f0f0f0f, 0xffffffff | 0);
print(1 << 40, 256 >> 100, 123456789 << 8, (123456789 << 8) >>> 0);
var h = 0;
for (var i = 0; i < 100; i++) {
  h = (h * 31 + i) | 0;
  h = h ^ (h >>> 7);
}
print(h);
var a = 0x7fffffff;
a += 1;
print(a, a | 0);
a |= 0;
print(a);
var b = 3;
b <<= 30;
print(b);
b >>>= 1;
print(b);
b >>= 2;
print(b);
b ^= 0x55;
print(b);
b &= 0xff;
print(b);
print(Math.imul(0xffffffff, 5), Math.clz32(1), Math.clz32(0), Math.clz32(-1));
