// global functions and host functions: print with several arguments, String/Number/Boolean conversions
print();
print("a", 1, true, null, undefined, [1, 2], { toString: function () { return "obj"; } });
print(Boolean(""), Boolean("0"), Boolean(0), Boolean([]), Boolean(NaN), !!document_undefined_check());
function document_undefined_check() { return typeof document === "undefined"; }
print(String(123.0), Number("42") + 1, String(Symbol("d")), typeof String(1), typeof new String(1));
var sObj = new String("boxed");
print(sObj.length, sObj + "!", typeof sObj.valueOf(), sObj instanceof String, new Number(5) + 1, new Boolean(false) ? "truthy" : "falsy");
print(eval("1 + 2"), eval("var evalVar = 5; evalVar * 2"), typeof evalVar, (0, eval)("typeof print"));
print(typeof globalThis, globalThis === this, typeof undefined, undefined === void 0, NaN !== NaN);
print(encodeURIComponent("ü"), decodeURI("%E2%82%AC"), escape("a b"), unescape("%41"));
