class TreeNode {
  constructor(left, right) { this.left = left; this.right = right; }
  check() { return this.left === null ? 1 : 1 + this.left.check() + this.right.check(); }
}
function bottomUp(depth) {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}
const maxDepth = 8;
const stretch = bottomUp(maxDepth + 1);
print(`stretch tree of depth ${maxDepth + 1}\t check: ${stretch.check()}`);
const longLived = bottomUp(maxDepth);
for (let d = 4; d <= maxDepth; d += 2) {
  const iterations = 1 << (maxDepth - d + 4);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += bottomUp(d).check();
  print(`${iterations}\t trees of depth ${d}\t check: ${check}`);
}
print(`long lived tree of depth ${maxDepth}\t check: ${longLived.check()}`);
