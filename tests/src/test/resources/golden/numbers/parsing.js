// parseInt, parseFloat, isNaN, isFinite, Number.*
print(parseInt("42"), parseInt("  42abc"), parseInt("-0x1f"), parseInt("0x"), parseInt("abc"), parseInt(""));
print(parseInt("101", 2), parseInt("z", 36), parseInt("Z", 36), parseInt("10", 37), parseInt("10", 1), parseInt("10", 0));
print(parseInt("123", 5), parseInt(1e21), parseInt(0.0000005), parseInt("-0"), 1 / parseInt("-0"), parseInt("  +7"));
print(parseInt("9007199254740993"), parseInt("12e3"), parseInt(null, 36), parseInt("ffffffff", 16));
print(parseFloat("3.14abc"), parseFloat(".5"), parseFloat("-.5e-3x"), parseFloat("Infinityx"), parseFloat("e5"), parseFloat("1e"));
print(parseFloat("  0x10"), parseFloat("-0"), 1 / parseFloat("-0"), parseFloat("1.7976931348623159e308"));
print(isNaN("abc"), isNaN("12"), isNaN(undefined), isNaN(null), isFinite("12"), isFinite(Infinity), isFinite(null));
print(Number.isNaN("abc"), Number.isNaN(NaN), Number.isFinite("12"), Number.isInteger(5), Number.isInteger(5.5),
  Number.isInteger(1e300), Number.isSafeInteger(9007199254740992), Number.isSafeInteger(9007199254740991));
print(Number.parseFloat === parseFloat, Number.parseInt === parseInt, Number(undefined), Number(null), Number([]), Number(["7"]));
print(Number("Infinity"), Number("-Infinity"), Number("infinity"), Number("1e1000"), Number(".e1"), Number("5."));
