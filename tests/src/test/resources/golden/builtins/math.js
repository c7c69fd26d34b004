// Math: constants and every function, on edge cases
print(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
var xs = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 1e-10, 100, NaN, Infinity, -Infinity];
for (var i = 0; i < xs.length; i++) {
  var x = xs[i];
  print(x, Math.abs(x), Math.floor(x), Math.ceil(x), Math.round(x), Math.trunc(x), Math.sign(x), Math.sqrt(x), Math.cbrt(x));
}
print(Math.sin(0), Math.cos(0), Math.tan(0), Math.sin(Math.PI / 2), Math.cos(Math.PI), Math.atan2(1, 1), Math.atan2(-0, -1));
print(Math.asin(1), Math.acos(1), Math.atan(Infinity), Math.sinh(1), Math.cosh(1), Math.tanh(1));
print(Math.asinh(1), Math.acosh(2), Math.atanh(0.5), Math.exp(1), Math.expm1(1e-10), Math.log(Math.E), Math.log1p(1e-10));
print(Math.log10(1000), Math.log2(8), Math.log2(3), Math.pow(2, 10), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3));
print(Math.max(), Math.min(), Math.max(1, "5", 3), Math.min(1, NaN), Math.max(-0, 0), Math.hypot(3, 4), Math.hypot());
print(Math.fround(5.5), Math.fround(5.05), Math.clz32(1000), Math.imul(3, 4), Math.imul(-5, 12), Math.round(-0.4));
var r = Math.random();
print(r >= 0 && r < 1, typeof Math.random());
print(Math.round(0.49999999999999994), Math.round(4503599627370496 + 0.5), Math.floor(-0.5), Math.ceil(-0.5));
