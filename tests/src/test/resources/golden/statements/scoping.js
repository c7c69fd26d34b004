// var hoisting, let/const block scopes, temporal dead zone, function declarations in blocks
print(typeof hoistedVar, hoistedVar);
var hoistedVar = 1;
print(hoistedFn());
function hoistedFn() { return "hoisted function"; }
let outerLet = "outer";
{
  let outerLet = "inner";
  print(outerLet);
}
print(outerLet);
try {
  print(tdz);
  let tdz = 1;
} catch (e) {
  print(e instanceof ReferenceError);
}
const K = 5;
try {
  K = 6;
} catch (e) {
  print(e instanceof TypeError, K);
}
const obj = { m: 1 };
obj.m = 2;
print(obj.m);
for (let i = 0; i < 2; i++) {
  let i2 = i * 10;
  print(i, i2);
}
var fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
}
print(fns.map(f => f()));
function shadow() {
  var x = "fn";
  if (true) {
    let x = "block";
    print(x);
  }
  return x;
}
print(shadow());
try {
  undeclaredThing;
} catch (e) {
  print(e.name);
}
implicitGlobal = 5;
print(implicitGlobal, typeof globalThis.implicitGlobal);
var g = this;
print(typeof g, g.hoistedVar);
