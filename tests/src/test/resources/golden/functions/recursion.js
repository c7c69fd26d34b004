// recursion, mutual recursion, deep recursion is a catchable RangeError
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
print(fact(10), fact(20), fact(25), isEven(100), isOdd(77));
function ackermann(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
print(ackermann(2, 3), ackermann(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  return hanoi(n - 1, via, to, from, moves);
}
var mv = hanoi(10, "A", "C", "B", []);
print(mv.length, mv.slice(0, 5));
function forever(n) { return forever(n + 1) + 1; }
try {
  forever(0);
  print("no error");
} catch (e) {
  print(e instanceof RangeError, e.name);
}
print("still running", fact(5));
