// bin/jsheap examples/hello.js
function greet(name) {
  return `Hello, ${name}!`;
}
const names = ["world", "JSHeap"];
for (const n of names) {
  print(greet(n));
}
print("1 + 2 =", 1 + 2, "| 0.1 + 0.2 =", 0.1 + 0.2);
