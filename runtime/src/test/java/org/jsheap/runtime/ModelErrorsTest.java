package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * What the object model refuses (an invalid array length, a descriptor that is not an object)
 * reaches JS as a catchable RangeError or TypeError located in JS, never as a Java exception; the
 * array is unchanged afterwards.
 */
class ModelErrorsTest {
  @Test
  void invalidLengthsAreRangeErrorsAndLeaveTheArrayAsItWas() {
    check(
        "RangeError Invalid array length 3 1,2,3\n"
            + "RangeError Invalid array length 3 1,2,3\n"
            + "RangeError Invalid array length 3 1,2,3\n"
            + "RangeError Invalid array length 3 1,2,3\n"
            + "RangeError Invalid array length 3 1,2,3\n"
            + "RangeError Invalid array length 3 1,2,3\n",
        "var bad = [-1, 1.5, 4294967296, NaN, 'x', {valueOf: function () { return -2; }}];"
            + " for (var i = 0; i < bad.length; i++) { var a = [1, 2, 3];"
            + " try { if (i % 2) a.length = bad[i]; else a['length'] = bad[i]; }"
            + " catch (e) { print(e.name, e.message, a.length, a.join()); } }");
  }

  @Test
  void lengthsConvertWithValueOfAndStrings() {
    check(
        "2 1 5 0 1 2\n",
        "var a = [1, 2, 3]; a.length = {valueOf: function () { return 2; }};"
            + " var b = [1, 2, 3]; b['length'] = '1';"
            + " var c = []; Object.defineProperty(c, 'length', {value: new Number(5)});"
            + " var d = [1]; d.length = false; var n = 0;"
            + " var e = [1, 2]; e.length = {valueOf: function () { n++; return 1; }};"
            + " print(a.length, b.length, c.length, d.length, e.length, n);");
  }

  @Test
  void definePropertyOfAnInvalidLengthIsARangeErrorAtItsCall() {
    check(
        "RangeError Invalid array length 0 true\nRangeError\n",
        "function f(a) { Object.defineProperty(a, 'length', {value: -1}); }\n"
            + "var a = []; try { f(a); } catch (e) { print(e.name, e.message, a.length,"
            + " e.stack.split('\\n')[1].indexOf('    at f (') === 0); }\n"
            + "try { Object.defineProperties([], {length: {value: 2.5}}); }"
            + " catch (e) { print(e.name); }");
  }

  @Test
  void aDescriptorThatIsNotAnObjectIsATypeError() {
    check(
        "TypeError TypeError TypeError false false\n",
        "var r = [];"
            + " try { Object.defineProperties({}, {a: Symbol()}); } catch (e) { r.push(e.name); }"
            + " try { Object.defineProperty({}, 'a', 1); } catch (e) { r.push(e.name); }"
            + " try { Object.create(null, {a: 'x'}); } catch (e) { r.push(e.name); }"
            + " var o = {}; try { Object.defineProperties(o, {a: {value: 1}, b: 2}); } catch (e) {}"
            + " print(r.join(' '), 'a' in o, 'b' in o);");
  }

  @Test
  void strictAssignmentOfALengthToAFrozenArrayStillFails() {
    check(
        "TypeError 2\n",
        "'use strict'; var a = Object.freeze([1, 2]);"
            + " try { a.length = {valueOf: function () { return 0; }}; } catch (e) {"
            + " print(e.name, a.length); }");
  }
}
