function Node(key, value) { this.key = key; this.value = value; this.left = null; this.right = null; }
function SplayTree() { this.root = null; }
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
  current.left = dummy.right; current.right = dummy.left; this.root = current;
};
SplayTree.prototype.insert = function (key, value) {
  if (this.root === null) { this.root = new Node(key, value); return; }
  this.splay(key);
  if (this.root.key === key) return;
  var node = new Node(key, value);
  if (key > this.root.key) { node.left = this.root; node.right = this.root.right; this.root.right = null; }
  else { node.right = this.root; node.left = this.root.left; this.root.left = null; }
  this.root = node;
};
SplayTree.prototype.remove = function (key) {
  this.splay(key);
  if (this.root === null || this.root.key !== key) return null;
  var removed = this.root;
  if (this.root.left === null) this.root = this.root.right;
  else { var right = this.root.right; this.root = this.root.left; this.splay(key); this.root.right = right; }
  return removed;
};
SplayTree.prototype.find = function (key) {
  this.splay(key); return this.root !== null && this.root.key === key ? this.root : null;
};
var tree = new SplayTree(), seed = 49734321;
function rnd() { seed = ((seed + 0x7ed55d16) + (seed << 12)) & 0xffffffff; seed = ((seed ^ 0xc761c23c) ^ (seed >>> 19)) & 0xffffffff; return (seed & 0xfffffff) / 0x10000000; }
var keys = [];
for (var i = 0; i < 2000; i++) { var k = rnd(); keys.push(k); tree.insert(k, {payload: [k, 'v' + i], n: i}); }
var found = 0, sum = 0;
for (var j = 0; j < keys.length; j += 3) { var n = tree.find(keys[j]); if (n) { found++; sum += n.value.n; } }
for (var r = 0; r < keys.length; r += 2) tree.remove(keys[r]);
var left = 0; for (var q = 0; q < keys.length; q++) if (tree.find(keys[q])) left++;
print(found, sum, left);
