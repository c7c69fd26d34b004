// RegExp: test, exec, and regexps in replace / split / match
var re = /(\d+)-(\d+)/;
print(re.test("10-20"), re.test("x"), re.exec("a 10-20 b"), re.exec("none"));
var m = /(\w+)@(\w+)\.com/.exec("mail bob@example.com now");
print(m.index, m[0], m[1], m[2], m.length, m.input);
var g = /o/g;
var found = [];
var r;
while ((r = g.exec("foo boo")) !== null) {
  found.push(r.index + ":" + g.lastIndex);
}
print(found);
print("a1b22c333".replace(/\d+/g, "#"), "a1b2".replace(/(\w)(\d)/g, "$2$1"), "abc".replace(/b/, function (x) { return x.toUpperCase(); }));
print("x,y;z w".split(/[,; ]/), "a1b2c3".split(/\d/), "abc".split(/(b)/), "test".match(/t/g), "test".match(/x/));
print("The Quick Brown".match(/[A-Z]/g).join(""), /^abc$/i.test("ABC"), /a.c/.test("a\nc"), /a.c/.test("abc"));
print("aaa".replace(/a/g, "$&$&"), "John Smith".replace(/(\w+)\s(\w+)/, "$2, $1"), "x".replace(/x/, "$$"));
var re2 = new RegExp("b+", "g");
print(re2.source, re2.global, re2.ignoreCase, re2.multiline, String(re2), "abbbcbb".match(re2));
print("line1\nline2".match(/^line\d$/gm), "2024-01-05".replace(/(\d+)-(\d+)-(\d+)/, "$3/$2/$1"));
print("camelCaseString".replace(/([A-Z])/g, "_$1").toLowerCase(), "  a  b  ".replace(/\s+/g, " "));
print("abc".search(/c/), "abc".search(/z/), /(a)|(b)/.exec("b"));
