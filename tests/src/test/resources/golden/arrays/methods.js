// push, pop, shift, unshift, slice, splice, concat, join, reverse, indexOf, includes, find, fill
var a = [1, 2, 3];
print(a.push(4, 5), a, a.pop(), a, a.shift(), a, a.unshift(0, 1), a);
print(a.slice(1), a.slice(1, 3), a.slice(-2), a.slice(), a.slice(10).length);
var b = [1, 2, 3, 4, 5, 6];
print(b.splice(1, 2), b, b.splice(-2), b, b.splice(1, 0, "x", "y"), b, b.splice(2), b);
print([1, 2].concat([3], 4, [[5]]), [].concat.call([1], [2]), [1, 2, 3].join("-"), [null, undefined, 1].join());
print([1, 2, 3].reverse(), [1, 2, 3, 2].indexOf(2), [1, 2, 3, 2].lastIndexOf(2), [1, 2].indexOf(3), [NaN].indexOf(NaN));
print([NaN].includes(NaN), [1, 2, 3].includes(2), [1, 2, 3].includes(2, 2), [1, 2, 3].find(function (x) { return x > 1; }));
print([1, 2, 3].findIndex(function (x) { return x > 5; }), [1, 2, 3].find(function (x) { return x > 5; }));
print(new Array(4).fill(0), [1, 2, 3, 4].fill(9, 1, 3), [1, 2, 3].fill(7, -1));
var c = [5, 1, 4];
c.length = 0;
print(c.length, c);
print([3, 1, 2].toString(), [1, [2, [3]]].join("|"), [].pop(), [].shift(), [1].concat().length);
