package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/** Focused checks for the golden-program fixes of issue 8. */
class RuntimeFixesTest {
  @Test
  void indexOfSkipsHoles() {
    check(
        "-1 -1 true 3\n",
        "print([1, , 3].indexOf(undefined), [, 1].lastIndexOf(undefined), [, 1].includes(undefined), [1, , 3, 4].indexOf(4));");
  }

  @Test
  void booleanConstructorAndPrototype() {
    check(
        "false true object true true false boolean\n",
        "var b = new Boolean(0); print(Boolean(''), Boolean('0'), typeof b, b.valueOf() === false,"
            + " true.toString() === 'true', Boolean.prototype.valueOf.call(b),"
            + " typeof Boolean.prototype.toString.call(true).length === 'number' ? 'boolean' : 0);");
  }
}
