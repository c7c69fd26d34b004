// int32 fast paths that overflow to double, and doubles that become integers again
var s = 0;
for (var i = 0; i < 100000; i++) {
  s += i * i;
}
print(s);
var p = 1;
for (var j = 1; j <= 25; j++) {
  p *= j;
  if (j % 5 === 0) print(j, p);
}
var f = 0;
for (var k = 0; k < 10; k++) {
  f += 0.1;
}
print(f, f === 1, Math.round(f * 10) / 10);
var m = 2147483647;
print(m + m, m * m, -m - m - 2, (m + 1) | 0, (m + 1) >>> 0);
var fib = [0, 1];
for (var n = 2; n < 80; n++) {
  fib[n] = fib[n - 1] + fib[n - 2];
}
print(fib[40], fib[46], fib[47], fib[78], fib[79]);
var d = 1e16;
print(d + 1, d + 2, d / 3 | 0, Math.floor(d / 3));
var neg = -0;
print(neg, 1 / neg, neg * 5, 1 / (neg * 5), Math.abs(-0), 1 / Math.abs(-0), Math.min(0, -0), 1 / Math.min(0, -0));
