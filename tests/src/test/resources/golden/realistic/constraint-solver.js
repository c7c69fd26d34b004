// A constraint solver: backtracking with forward checking and MRV on N-queens, a sudoku and
// map colouring, with counts of search nodes.
function Solver(variables, domains, constraints) {
  this.variables = variables;
  this.domains = domains;
  this.constraints = constraints; // map var -> list of {other, ok(a, b)}
  this.nodes = 0;
}
Solver.prototype.solve = function () {
  var assignment = {};
  var domains = {};
  for (var v of this.variables) domains[v] = this.domains[v].slice();
  return this.search(assignment, domains, 0) ? assignment : null;
};
Solver.prototype.search = function (assignment, domains, depth) {
  this.nodes++;
  if (depth === this.variables.length) return true;
  var best = null;
  for (var v of this.variables) {
    if (!(v in assignment) && (best === null || domains[v].length < domains[best].length)) best = v;
  }
  for (var value of domains[best]) {
    assignment[best] = value;
    var saved = {};
    var ok = true;
    for (var c of this.constraints[best] || []) {
      if (c.other in assignment) continue;
      saved[c.other] = domains[c.other];
      domains[c.other] = domains[c.other].filter(function (x) { return c.ok(value, x); });
      if (domains[c.other].length === 0) { ok = false; break; }
    }
    if (ok && this.search(assignment, domains, depth + 1)) return true;
    for (var k in saved) domains[k] = saved[k];
    delete assignment[best];
  }
  return false;
};
function addBoth(constraints, a, b, ok) {
  (constraints[a] = constraints[a] || []).push({ other: b, ok: ok });
  (constraints[b] = constraints[b] || []).push({ other: a, ok: function (x, y) { return ok(y, x); } });
}
function queens(n) {
  var vars = [], domains = {}, cons = {};
  for (var i = 0; i < n; i++) { vars.push("q" + i); domains["q" + i] = Array.from({ length: n }, (_, k) => k); }
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    addBoth(cons, "q" + i, "q" + j, function (a, b) { return a !== b && Math.abs(a - b) !== j - i; });
  }
  var s = new Solver(vars, domains, cons);
  var sol = s.solve();
  return vars.map(v => sol[v]).join(",") + " nodes=" + s.nodes;
}
print("8 queens", queens(8));
print("12 queens", queens(12));
var puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
var vars = [], domains = {}, cons = {};
for (var r = 0; r < 9; r++) for (var c = 0; c < 9; c++) {
  var name = "c" + r + c, ch = puzzle[r * 9 + c];
  vars.push(name);
  domains[name] = ch === "0" ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : [Number(ch)];
}
var neq = function (a, b) { return a !== b; };
for (var a = 0; a < 81; a++) for (var b = a + 1; b < 81; b++) {
  var ra = Math.floor(a / 9), ca = a % 9, rb = Math.floor(b / 9), cb = b % 9;
  var sameBox = Math.floor(ra / 3) === Math.floor(rb / 3) && Math.floor(ca / 3) === Math.floor(cb / 3);
  if (ra === rb || ca === cb || sameBox) addBoth(cons, vars[a], vars[b], neq);
}
var sudoku = new Solver(vars, domains, cons);
var sol = sudoku.solve();
for (var row = 0; row < 9; row++) print(vars.slice(row * 9, row * 9 + 9).map(v => sol[v]).join(""));
print("sudoku nodes", sudoku.nodes);
var regions = ["WA", "NT", "SA", "Q", "NSW", "V", "T"];
var borders = [["WA", "NT"], ["WA", "SA"], ["NT", "SA"], ["NT", "Q"], ["SA", "Q"], ["SA", "NSW"], ["SA", "V"], ["Q", "NSW"], ["NSW", "V"]];
var cd = {}, cc = {};
regions.forEach(x => { cd[x] = ["red", "green", "blue"]; });
borders.forEach(([x, y]) => addBoth(cc, x, y, neq));
var colouring = new Solver(regions, cd, cc).solve();
print(JSON.stringify(colouring));
