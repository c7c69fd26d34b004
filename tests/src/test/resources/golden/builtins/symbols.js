// Symbol: description, registry, well-known iterator, symbols as property keys
var s1 = Symbol("desc"), s2 = Symbol("desc"), s3 = Symbol();
print(typeof s1, s1 === s2, s1.toString(), s3.toString(), s1.description, s3.description);
print(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s1));
var o = { [s1]: "symbol value", regular: 1 };
o[s2] = "other";
print(o[s1], o[s2], Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols ? Object.getOwnPropertySymbols(o).length : "n/a");
print(typeof Symbol.iterator, Symbol.iterator.toString(), typeof [][Symbol.iterator], typeof "s"[Symbol.iterator]);
try { new Symbol(); } catch (e) { print(e instanceof TypeError); }
print(String(s1), Object(s1) instanceof Symbol, s1.valueOf() === s1);
var it = "ab"[Symbol.iterator]();
print(it.next().value, it.next().value, it.next().done);
