package org.jsheap.runtime;

import static org.jsheap.runtime.BasicsTest.check;

import org.junit.jupiter.api.Test;

/**
 * Array methods work on ToObject(this) (a primitive's wrapper and its prototype), read the length
 * before they check the callback, and reduce skips holes. Expected output is Node.js's.
 */
class ArrayMethodsTest {
  @Test
  void primitivesAreWrappedAndTheLengthIsReadBeforeTheCallbackCheck() {
    check(
        ">b0true length,TypeError\naa,bb 1\n",
        "Boolean.prototype[0] = 'b0'; Boolean.prototype.length = 1;"
            + " var order = []; var obj = {0: 1, get length() { order.push('length'); return 1; }};"
            + " try { Array.prototype.forEach.call(obj, 'nope'); } catch (e) { order.push(e.name); }"
            + " print(Array.prototype.reduce.call(false, function (acc, v, i, o) {"
            + " return acc + v + (o instanceof Boolean); }, '>'), order.join());"
            + " print(Array.prototype.map.call('ab', function (c) { return c + c; }).join(),"
            + " Array.prototype.indexOf.call('abc', 'b'));");
  }

  @Test
  void reduceSkipsHolesAndNeedsAPresentElement() {
    check(
        "123 8 2|1@1\n2 TypeError,TypeError\n",
        "var arr = ['1', 2, 3, 4, 5];"
            + " print(arr.reduce(function (p, c) { delete arr[3]; delete arr[4]; return p + c; }),"
            + " [, , 3, , 5].reduce(function (p, c) { return p + c; }),"
            + " [, 1, , 2].reduceRight(function (p, c, i) { return p + '|' + c + '@' + i; }));"
            + " var calls = 0; [1, , , 4].reduce(function (p, c) { calls++; return p + c; }, 0);"
            + " var names = []; ['reduce', 'reduceRight'].forEach(function (m) {"
            + " try { new Array(3)[m](function () {}); } catch (e) { names.push(e.name); } });"
            + " print(calls, names.join());");
  }
}
