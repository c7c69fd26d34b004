// String methods: ES5 plus includes, startsWith, endsWith, repeat, padStart, padEnd
var s = "Hello, World";
print(s.length, s.charAt(4), s.charAt(99), s.charCodeAt(1), s.charCodeAt(99), s[7], s[99]);
print(s.indexOf("o"), s.indexOf("o", 5), s.lastIndexOf("o"), s.indexOf("zz"), s.lastIndexOf("l", 5), s.indexOf(""));
print(s.slice(7), s.slice(-5), s.slice(3, -3), s.substring(7, 3), s.substring(-2, 4), s.substr(-5, 3), s.substr(2));
print(s.toUpperCase(), s.toLowerCase(), "  pad  ".trim() + "|", "  pad  ".trimStart ? "x" : "y");
print(s.split(", "), s.split(""), s.split("l"), s.split("l", 2), s.split(), "".split(","), "a,b,".split(","));
print(s.concat("!", 1, null), s.includes("World"), s.includes("world"), s.startsWith("Hell"), s.startsWith("o", 4));
print(s.endsWith("World"), s.endsWith("Hello", 5), "ab".repeat(3), "ab".repeat(0) + "|", "5".padStart(3, "0"));
print("abc".padEnd(6, "12"), "abc".padStart(2), "x".padStart(5) + "|", "x".padEnd(4, "") + "|");
print(String.fromCharCode(72, 105, 33), String.fromCharCode(0x263a), "\u00e9\u4e2d".length, "a\tb\\n".length);
print("a-b-c".replace("-", "+"), "abc".localeCompare("abd"), "b".localeCompare("a"), "a".localeCompare("a"));
print("%" + "x".codePointAt(0), String(123), String(null), String(undefined), String(true), String([1, [2, 3]]));
print("Abc".toLowerCase() === "abc", "ß".toUpperCase(), "İ".length, "abc" < "abd", "a".charCodeAt());
print("trimEnd  ".trimEnd() + "|", "\n\t x \r\n".trim() + "|", "abc".at ? "has-at" : "no-at");
