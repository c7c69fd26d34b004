package org.jsheap.tests.random;

import java.util.SplittableRandom;

/**
 * Generates small random JavaScript programs from a seed: arithmetic and bit operations on mixed
 * types (numbers at the int32 and double edges, strings, booleans, null, undefined, objects,
 * arrays), string building, number printing ({@code toFixed}, {@code toPrecision}, {@code
 * toString(radix)}), object and array mutation and closures. Every program prints as it goes and
 * throws no exception; the same seed always gives the same program.
 */
public final class RandomProgramGenerator {
  private static final String[] NUMBERS = {
    "0",
    "-0",
    "1",
    "-1",
    "2",
    "7",
    "31",
    "32",
    "100",
    "255",
    "65535",
    "2147483647",
    "-2147483648",
    "2147483648",
    "4294967295",
    "4294967296",
    "9007199254740992",
    "0.1",
    "0.5",
    "-2.5",
    "1.5e-7",
    "1e21",
    "123.456",
    "1e-7",
    "3.14159",
    "NaN",
    "Infinity",
    "-Infinity",
    "5e-324",
    "0x7f"
  };
  private static final String[] STRINGS = {
    "\"\"",
    "\"0\"",
    "\"12\"",
    "\" 3 \"",
    "\"abc\"",
    "\"0x1f\"",
    "\"-0\"",
    "\"1e3\"",
    "\"x y\"",
    "\"é\""
  };
  private static final String[] OTHERS = {"true", "false", "null", "undefined", "[]", "[7]", "{}"};
  private static final String[] BINARY = {
    "+", "-", "*", "/", "%", "|", "&", "^", "<<", ">>", ">>>", "==", "===", "!=", "<", ">=", "&&",
    "||"
  };
  private static final String[] UNARY = {"-", "+", "~", "!", "typeof ", "void "};
  private static final String[] PROPS = {"a", "b", "c", "d"};
  private static final int VARIABLES = 4;

  private final SplittableRandom random;
  private final StringBuilder out = new StringBuilder();

  private RandomProgramGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The program for {@code seed}. */
  public static String generate(long seed) {
    return new RandomProgramGenerator(seed).program();
  }

  private String program() {
    line("// random program");
    line("var s = \"\";");
    line("var o = {a: " + literal() + ", b: " + literal() + "};");
    line("var arr = [" + literal() + ", " + literal() + ", " + literal() + "];");
    for (int i = 0; i < VARIABLES; i++) {
      line("var v" + i + " = " + expression(2) + ";");
    }
    line(
        "function counter(start) { var c = start; return function (d) { c = c + d; return c; }; }");
    line("function twice(f, x) { return f(f(x)); }");
    line("var k = counter(" + expression(1) + ");");
    int statements = 12 + random.nextInt(12);
    for (int i = 0; i < statements; i++) {
      statement();
    }
    line("print(v0, v1, v2, v3, s.length, s.slice(0, 60));");
    line("print(JSON.stringify(o), String(arr), arr.length, Object.keys(o).join());");
    return out.toString();
  }

  private void statement() {
    switch (random.nextInt(12)) {
      case 0, 1 -> line("print(" + expression(3) + ");");
      case 2 -> line(variable() + " = " + expression(3) + ";");
      case 3 -> line("s += " + expression(2) + ";");
      case 4 -> line("o." + pick(PROPS) + " = " + expression(2) + ";");
      case 5 -> line("delete o." + pick(PROPS) + ";");
      case 6 -> arrayStatement();
      case 7 -> numberPrinting();
      case 8 ->
          line(
              "print(k("
                  + expression(2)
                  + "), twice(function (x) { return x "
                  + pick(BINARY)
                  + " "
                  + atom()
                  + "; }, "
                  + atom()
                  + "));");
      case 9 ->
          line(
              "for (var i = 0; i < "
                  + (1 + random.nextInt(6))
                  + "; i++) { "
                  + variable()
                  + " = "
                  + variable()
                  + " "
                  + pick(BINARY)
                  + " i; s += i; }");
      case 10 ->
          line("print(" + expression(2) + " ? " + expression(1) + " : " + expression(1) + ");");
      default ->
          line(
              variable()
                  + " "
                  + pick(new String[] {"+=", "-=", "|=", "^=", "<<=", "*="})
                  + " "
                  + expression(2)
                  + ";");
    }
  }

  private void arrayStatement() {
    switch (random.nextInt(5)) {
      case 0 -> line("arr.push(" + expression(2) + ");");
      case 1 -> line("print(arr.pop());");
      case 2 -> line("arr[" + random.nextInt(6) + "] = " + expression(2) + ";");
      case 3 -> line("arr.reverse(); print(arr.indexOf(" + atom() + "), arr.join(\"|\"));");
      default ->
          line(
              "print(arr.map(function (x) { return x "
                  + pick(BINARY)
                  + " "
                  + atom()
                  + "; }).join());");
    }
  }

  private void numberPrinting() {
    String n = "Number(" + expression(2) + ")";
    switch (random.nextInt(4)) {
      case 0 -> line("print(" + n + ".toFixed(" + random.nextInt(8) + "));");
      case 1 -> line("print(" + n + ".toPrecision(" + (1 + random.nextInt(12)) + "));");
      case 2 -> line("print(" + n + ".toString(" + (2 + random.nextInt(35)) + "));");
      default ->
          line(
              "print(String("
                  + n
                  + "), parseInt("
                  + expression(1)
                  + "), parseFloat("
                  + expression(1)
                  + "));");
    }
  }

  private String expression(int depth) {
    if (depth <= 0 || random.nextInt(3) == 0) {
      return atom();
    }
    if (random.nextInt(5) == 0) {
      return "(" + pick(UNARY) + "(" + expression(depth - 1) + "))";
    }
    return "(" + expression(depth - 1) + " " + pick(BINARY) + " " + expression(depth - 1) + ")";
  }

  private String atom() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> number();
      case 4, 5 -> pick(STRINGS);
      case 6 -> pick(OTHERS);
      case 7 -> "o." + pick(PROPS);
      case 8 -> "arr[" + random.nextInt(4) + "]";
      default -> variable();
    };
  }

  /** A number literal; negative ones in parentheses ({@code -2 ** 2} is a syntax error). */
  private String number() {
    String n = pick(NUMBERS);
    return n.startsWith("-") ? "(" + n + ")" : n;
  }

  private String literal() {
    return switch (random.nextInt(4)) {
      case 0, 1 -> number();
      case 2 -> pick(STRINGS);
      default -> pick(OTHERS);
    };
  }

  private String variable() {
    return "v" + random.nextInt(VARIABLES);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
