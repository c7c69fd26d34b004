package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * {@code eval(...)} inside {@code with}: a with object's own {@code eval} property is called with
 * that object as {@code this}; the realm's eval found through the object is still a direct eval.
 * Expected outputs are Node's.
 */
class WithEvalCallTest {
  @Test
  void aWithObjectsEvalPropertyIsCalledWithTheObjectAsThis() {
    check(
        "true true 1 2\n",
        "var o = { eval: function (x) { return [this, x]; } }; var r;"
            + " with (o) { r = eval('x'); } var s; var p = { eval: eval, y: 1 };"
            + " with (p) { s = eval('y'); } var q = {z: 2}; var u; with (q) { u = eval('z'); }"
            + " print(r[0] === o, r[1] === 'x', s, u);");
  }
}
