// closures capture variables, counters, loops with let vs var, IIFEs
function makeCounter() {
  var count = 0;
  return { inc: function () { return ++count; }, get: function () { return count; } };
}
var c1 = makeCounter(), c2 = makeCounter();
c1.inc(); c1.inc(); c2.inc();
print(c1.get(), c2.get());
var fsVar = [], fsLet = [];
for (var i = 0; i < 3; i++) fsVar.push(function () { return i; });
for (let j = 0; j < 3; j++) fsLet.push(function () { return j; });
print(fsVar.map(function (f) { return f(); }), fsLet.map(function (f) { return f(); }));
var adder = function (x) { return function (y) { return function (z) { return x + y + z; }; }; };
print(adder(1)(2)(3));
var result = (function (n) { return n * n; })(7);
print(result);
function memo(fn) {
  var cache = {};
  return function (n) { if (!(n in cache)) cache[n] = fn(n); return cache[n]; };
}
var calls = 0;
var slowSquare = memo(function (n) { calls++; return n * n; });
print(slowSquare(4), slowSquare(4), slowSquare(5), calls);
var fib = memo(function (n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); });
print(fib(70));
function outer() {
  var x = "outer";
  function inner() { return x; }
  x = "changed";
  return inner;
}
print(outer()());
var shared = (function () {
  var v = 0;
  return [function () { v += 1; }, function () { return v; }];
})();
shared[0](); shared[0]();
print(shared[1]());
{
  let blockScoped = "block";
  var fnInBlock = function () { return blockScoped; };
}
print(fnInBlock(), typeof blockScoped);
