// A small constraint solver: N-queens by backtracking with bit masks, and a sudoku by
// constraint propagation plus search, over plain arrays and objects.
function queens(n) {
  let count = 0, first = null;
  const cols = [];
  (function place(row, colMask, d1, d2) {
    if (row === n) { count++; if (first === null) first = cols.slice(); return; }
    let free = ~(colMask | d1 | d2) & ((1 << n) - 1);
    while (free) {
      const bit = free & -free;
      free ^= bit;
      let c = 0; while ((1 << c) !== bit) c++;
      cols[row] = c;
      place(row + 1, colMask | bit, (d1 | bit) << 1, (d2 | bit) >>> 1);
    }
  })(0, 0, 0, 0);
  return { count, first };
}
for (const n of [4, 5, 6, 7, 8]) {
  const { count, first } = queens(n);
  print(`queens(${n}) = ${count}, first: ${first}`);
}
const puzzle = '530070000600195000098000060800060003400803001700020006060000280000419005000080079';
const grid = [];
for (let i = 0; i < 81; i++) grid.push(+puzzle[i]);
function candidates(g, pos) {
  const r = (pos / 9) | 0, c = pos % 9, used = {};
  for (let k = 0; k < 9; k++) { used[g[r * 9 + k]] = true; used[g[k * 9 + c]] = true; }
  const br = r - r % 3, bc = c - c % 3;
  for (let dr = 0; dr < 3; dr++) for (let dc = 0; dc < 3; dc++) used[g[(br + dr) * 9 + bc + dc]] = true;
  const out = [];
  for (let v = 1; v <= 9; v++) if (!used[v]) out.push(v);
  return out;
}
let nodes = 0;
function solve(g) {
  let best = -1, bestCands = null;
  for (let p = 0; p < 81; p++) {
    if (g[p] !== 0) continue;
    const cs = candidates(g, p);
    if (cs.length === 0) return false;
    if (bestCands === null || cs.length < bestCands.length) { best = p; bestCands = cs; }
  }
  if (best < 0) return true;
  for (const v of bestCands) {
    nodes++;
    g[best] = v;
    if (solve(g)) return true;
  }
  g[best] = 0;
  return false;
}
print(solve(grid), nodes > 0);
for (let r = 0; r < 9; r++) print(grid.slice(r * 9, r * 9 + 9).join(''));
