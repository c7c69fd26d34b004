// A splay tree with payload objects: inserts, lookups, deletes of keys from a fixed pseudo-random
// sequence, keeping a constant live size (the shape of the Octane SplayTree benchmark).
function SplayTree() { this.root = null; this.size = 0; }
function Node(key, value) { this.key = key; this.value = value; this.left = null; this.right = null; }
SplayTree.prototype.splay = function (key) {
  if (this.root === null) return;
  var dummy = new Node(null, null), left = dummy, right = dummy, current = this.root;
  while (true) {
    if (key < current.key) {
      if (current.left === null) break;
      if (key < current.left.key) {
        var tmp = current.left; current.left = tmp.right; tmp.right = current; current = tmp;
        if (current.left === null) break;
      }
      right.left = current; right = current; current = current.left;
    } else if (key > current.key) {
      if (current.right === null) break;
      if (key > current.right.key) {
        var tmp2 = current.right; current.right = tmp2.left; tmp2.left = current; current = tmp2;
        if (current.right === null) break;
      }
      left.right = current; left = current; current = current.right;
    } else break;
  }
  left.right = current.left; right.left = current.right;
  current.left = dummy.right; current.right = dummy.left;
  this.root = current;
};
SplayTree.prototype.insert = function (key, value) {
  if (this.root === null) { this.root = new Node(key, value); this.size++; return; }
  this.splay(key);
  if (this.root.key === key) return;
  var node = new Node(key, value);
  if (key > this.root.key) { node.left = this.root; node.right = this.root.right; this.root.right = null; }
  else { node.right = this.root; node.left = this.root.left; this.root.left = null; }
  this.root = node;
  this.size++;
};
SplayTree.prototype.remove = function (key) {
  this.splay(key);
  if (this.root === null || this.root.key !== key) return null;
  var removed = this.root;
  if (this.root.left === null) this.root = this.root.right;
  else { var right = this.root.right; this.root = this.root.left; this.splay(key); this.root.right = right; }
  this.size--;
  return removed;
};
SplayTree.prototype.find = function (key) { this.splay(key); return this.root !== null && this.root.key === key ? this.root : null; };
SplayTree.prototype.findMax = function (start) {
  var c = start || this.root;
  if (c === null) return null;
  while (c.right !== null) c = c.right;
  return c;
};
SplayTree.prototype.depth = function () {
  function d(n) { return n === null ? 0 : 1 + Math.max(d(n.left), d(n.right)); }
  return d(this.root);
};
SplayTree.prototype.inorder = function () {
  var keys = [], stack = [], n = this.root;
  while (stack.length || n !== null) {
    if (n !== null) { stack.push(n); n = n.left; } else { n = stack.pop(); keys.push(n.key); n = n.right; }
  }
  return keys;
};
var seed = 49734321;
function random() {
  seed = ((seed + 0x7ed55d16) + (seed << 12)) & 0xffffffff;
  seed = ((seed ^ 0xc761c23c) ^ (seed >>> 19)) & 0xffffffff;
  seed = ((seed + 0x165667b1) + (seed << 5)) & 0xffffffff;
  seed = ((seed + 0xd3a2646c) ^ (seed << 9)) & 0xffffffff;
  seed = ((seed + 0xfd7046c5) + (seed << 3)) & 0xffffffff;
  seed = ((seed ^ 0xb55a4f09) ^ (seed >>> 16)) & 0xffffffff;
  return (seed & 0xfffffff) / 0x10000000;
}
function payload(depth, tag) {
  if (depth === 0) return { array: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], string: "String for key " + tag + " in leaf node" };
  return { left: payload(depth - 1, tag), right: payload(depth - 1, tag) };
}
var tree = new SplayTree();
var keys = [];
function insertNew() {
  var key;
  do { key = random(); } while (tree.find(key) !== null);
  tree.insert(key, payload(3, key));
  keys.push(key);
  return key;
}
for (var i = 0; i < 2000; i++) insertNew();
print("size", tree.size, "depth after build", tree.depth());
var removedCount = 0;
for (var round = 0; round < 4000; round++) {
  var k = insertNew();
  var victim = tree.findMax(tree.find(k) ? tree.root.left : null) || tree.findMax();
  if (tree.remove(victim.key)) removedCount++;
}
var ordered = tree.inorder();
var sorted = true;
for (var j = 1; j < ordered.length; j++) if (!(ordered[j - 1] < ordered[j])) sorted = false;
print("size", tree.size, "removed", removedCount, "sorted", sorted, "inorder length", ordered.length);
var leaf = tree.root.value;
while (leaf.left) leaf = leaf.left;
print("leaf", leaf.array.length, leaf.string.slice(0, 15), typeof leaf.string);
print("max key < 1", tree.findMax().key < 1, "min key >= 0", ordered[0] >= 0);
