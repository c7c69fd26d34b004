// typeof (of undeclared names too), delete, void, comma, ?:, || and && returning operands, in, instanceof
print(typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [],
  typeof function () {}, typeof Symbol(), typeof notDeclaredAnywhere, typeof NaN, typeof class {});
print(0 || "a", "" || 0 || null, 1 && "b", 0 && "b", null && 1, "x" || y_undeclared, undefined || false);
print(void 0, void "x", (1, 2, 3), true ? "y" : "n", 0 ? "y" : "n", "" ? 1 : null ? 2 : 3);
var o = { a: 1, b: 2 };
print(delete o.a, "a" in o, "b" in o, o.a, delete o.nothing, delete o["b"], JSON.stringify(o));
var arr = [1, 2, 3];
print(delete arr[1], arr.length, 1 in arr, arr[1], String(arr));
print("length" in arr, 0 in arr, "toString" in o, "x" in { x: undefined });
function F() {}
var f = new F();
print(f instanceof F, f instanceof Object, [] instanceof Array, {} instanceof Array, null instanceof Object);
var count = 0;
function side() { count++; return true; }
print(false && side(), true || side(), count, side() && side(), count);
var z = null;
print(z == null ? "null-ish" : "value", typeof z === "object");
var v = 5;
v = v > 3 ? v < 10 ? "mid" : "big" : "small";
print(v);
