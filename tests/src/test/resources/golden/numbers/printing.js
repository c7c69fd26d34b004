// number-to-string: shortest round trip, exponent forms, negative zero, limits
var ns = [0, -0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 100, 1e20, 1e21, 123456789012345680000,
  1e-6, 1e-7, 1.5e-7, 0.000001234, 0.0000001234, 5e-324, 1.7976931348623157e308, 9007199254740992, 9007199254740993,
  -1e21, 1.1e21, 4.35, 0.000001, 1234.5678, 9.999999999999999e22, 1e23, 123e-20, 3.14159, -2.5e-9,
  4294967295, 4294967296, 2147483648, 0.5, 1.005, 25, 1e100, 12345678901234567890];
for (var i = 0; i < ns.length; i++) {
  print(ns[i], String(ns[i]), "" + ns[i], [ns[i]].join());
}
print(NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON);
print(Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE);
var x = 1;
for (var k = 0; k < 30; k++) {
  x = x * 7 / 3;
}
print(x);
var y = 1;
for (var k2 = 0; k2 < 25; k2++) {
  y /= 10;
  print(y);
}
