package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Completion values of program and eval code (ES2015 UpdateEmpty rules): declarations are empty,
 * if/loops/switch/try/with whose body completes empty give undefined, a normal finally keeps the
 * try's value. Expected outputs are Node's.
 */
class CompletionValueTest {
  @Test
  void declarationsAndEmptyStatementsKeepThePreviousValue() {
    check(
        "1 1 1 1 undefined\n",
        "print(eval('1; var x = 5;'), eval('1; function f() {}'), eval('1; let y = 2;'),"
            + " eval('1; ;'), eval('class C {}'));");
  }

  @Test
  void statementsWithEmptyBodiesGiveUndefined() {
    check(
        "2 3 undefined undefined undefined undefined 2\n",
        "print(eval('if (1) { 2; }'), eval('do { 3; } while (false)'), eval('1; if (false) {}'),"
            + " eval('7; do { break; } while (false)'), eval('9; for (var k of []) {}'),"
            + " eval('outer: do { 1; do { break outer; } while (false) } while (false)'),"
            + " eval('var i = 0; while (i < 3) { i++; }'));");
  }

  @Test
  void switchTryAndLabels() {
    check(
        "3 3 undefined 6 8 undefined\n",
        "print(eval('1; switch (\"a\") { case \"a\": 2; case \"b\": 3; }'),"
            + " eval('try { 3 } finally { 4 }'), eval('try { 2; throw 1 } catch (e) { }'),"
            + " eval('5; l: { 6; break l; }'), eval('for (var k in {a: 1}) { 8; }'),"
            + " eval('1; with ({}) {}'));");
  }
}
