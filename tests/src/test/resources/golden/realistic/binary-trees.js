// binary-trees (the Benchmarks Game): allocate and walk many short-lived trees and one long-lived.
function TreeNode(left, right) { this.left = left; this.right = right; }
function itemCheck(node) { return node.left === null ? 1 : 1 + itemCheck(node.left) + itemCheck(node.right); }
function bottomUpTree(depth) { return depth > 0 ? new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1)) : new TreeNode(null, null); }
var maxDepth = 10, minDepth = 4;
var stretchDepth = maxDepth + 1;
print("stretch tree of depth " + stretchDepth + "\t check: " + itemCheck(bottomUpTree(stretchDepth)));
var longLived = bottomUpTree(maxDepth);
for (var depth = minDepth; depth <= maxDepth; depth += 2) {
  var iterations = 1 << (maxDepth - depth + minDepth);
  var check = 0;
  for (var i = 1; i <= iterations; i++) check += itemCheck(bottomUpTree(depth));
  print(iterations + "\t trees of depth " + depth + "\t check: " + check);
}
print("long lived tree of depth " + maxDepth + "\t check: " + itemCheck(longLived));
