// toFixed, toPrecision, toExponential, toString(radix)
var ns = [0, -0, 1, 1.5, 2.5, -2.5, 1.005, 1.45, 123.456, 0.000123, 1e21, 1e-10, 12345.6789, -0.5, 99.995];
for (var i = 0; i < ns.length; i++) {
  var n = ns[i];
  print(n, n.toFixed(0), n.toFixed(2), n.toFixed(5), n.toPrecision(1), n.toPrecision(3),
    n.toPrecision(10), n.toExponential(), n.toExponential(2));
}
print((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (0.1).toString(3));
print((3.75).toString(16), (1e21).toString(36), (123.456).toString(8), (9007199254740992).toString(7));
print((0).toFixed(2), (1e-7).toFixed(10), (123.456).toFixed(20), NaN.toFixed(2), (1.23e+20).toFixed(2));
print((25).toPrecision(1), (35).toPrecision(1), (0.00001).toPrecision(1), (123456).toPrecision(2));
print(Infinity.toFixed(1), (-1.5e-9).toPrecision(4), (5e-7).toExponential(3));
print(Number("12px"), Number("  12  "), Number(""), Number("0b101"), Number("0o17"), Number("1_000"));
