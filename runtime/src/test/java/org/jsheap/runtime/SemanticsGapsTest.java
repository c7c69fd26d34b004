package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** ES5/ES2015 semantics that were gaps: instanceof protocol, arguments, strict writes, ... */
class SemanticsGapsTest {
  @Test
  void instanceofConsultsSymbolHasInstance() {
    check(
        "true false true false\nTypeError\n",
        "class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }"
            + " var any = { [Symbol.hasInstance](v) { return v === 1 ? 'yes' : 0; } };"
            + " print(2 instanceof Even, 3 instanceof Even, 1 instanceof any, 2 instanceof any);"
            + " try { ({}) instanceof {}; } catch (e) { print(e.name); }");
  }
}
