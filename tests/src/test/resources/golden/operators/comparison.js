// == and === with every kind of operand; relational comparisons
var values = [0, -0, 1, "", "0", "1", "a", true, false, null, undefined, NaN, [], [0], {}, Infinity];
var names = ["0", "-0", "1", "''", "'0'", "'1'", "'a'", "true", "false", "null", "undefined", "NaN", "[]", "[0]", "{}", "Infinity"];
for (var i = 0; i < values.length; i++) {
  var row = "";
  for (var j = 0; j < values.length; j++) {
    row += (values[i] == values[j] ? "1" : "0") + (values[i] === values[j] ? "=" : ".");
  }
  print(names[i] + ": " + row);
}
print(1 < 2, "10" < "9", 10 < "9", "a" < "b", "B" < "a", null < 1, undefined < 1, NaN < NaN, NaN >= NaN);
print(null >= 0, null > 0, null == 0, undefined == null, undefined === null);
print([2] > 1, [1, 2] > 1, "abc" >= "abc", "abc" > "ab", -0 < 0, -Infinity < -1e308);
var o = { valueOf: function () { return 5; } };
print(o == 5, o === 5, o > 4, o + 1, "" + o, o * 2);
var s = { toString: function () { return "str"; }, valueOf: function () { return 7; } };
print(s + "", s + 1, String(s), s == 7, s == "str");
print(Object.is(0, -0), Object.is(NaN, NaN), Object.is(1, 1), Object.is("a", "a"));
