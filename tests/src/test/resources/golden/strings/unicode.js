// strings with non-ASCII characters, escapes and surrogate pairs
var s = "h\u00e9llo w\u00f6rld \u4e16\u754c";
print(s, s.length, s.toUpperCase(), s.charCodeAt(1), s.indexOf("\u4e16"));
var emoji = "\ud83d\ude00!";
print(emoji.length, emoji.charCodeAt(0), emoji.charCodeAt(1), emoji.codePointAt(0), emoji.slice(2));
print(JSON.stringify("quote\" backslash\\ tab\t nl\n ctrl\u0001"), escape ? "esc" : "", encodeURIComponent("a b&c/\u00e9"));
print(decodeURIComponent("a%20b%26c"), encodeURI("http://x.y/a b?q=1&r=\u00e9"), "\x41\x42", "\101" === "A" ? "octal" : "no");
var chars = [];
for (var i = 0; i < s.length; i++) {
  chars.push(s.charCodeAt(i).toString(16));
}
print(chars.join(" "));
print(String.fromCharCode(0xd83d, 0xde00) === emoji.slice(0, 2), "\u0000".length, "a\u0000b".length);
