package org.jsheap.runtime.stdlib;

import org.junit.jupiter.api.Test;

/**
 * Ephemeron semantics seen from JavaScript: values are 40 KB strings (external memory, so {@code
 * gcStats.externalBytes} weighs them) that point back at their keys. Dropping the keys frees the
 * values after {@code gc()}, except those whose keys a strong {@code Map} still holds.
 */
class WeakMapCollectionTest {
  @Test
  void valuesDieWithTheirKeysEvenWhenTheyPointBack() {
    LibJs.check(
        "true true true true\n",
        "gc();\n"
            + "var base = gcStats.externalBytes;\n"
            + "var wm = new WeakMap(), ws = new WeakSet(), strong = new Map(), keys = [];\n"
            + "for (var i = 0; i < 50; i++) {\n"
            + "  var k = {i: i};\n"
            + "  keys.push(k);\n"
            + "  wm.set(k, {payload: 'x'.repeat(20000) + i, back: k});\n"
            + "  ws.add(k);\n"
            + "  if (i < 10) strong.set(k, 1);\n"
            + "}\n"
            + "gc();\n"
            + "var full = gcStats.externalBytes - base;\n"
            + "var survivor = keys[3];\n"
            + "keys = null;\n"
            + "gc();\n"
            + "var after = gcStats.externalBytes - base;\n"
            + "print(full > 1.8e6, after < 0.5e6, after > 0.35e6,"
            + " wm.get(survivor).payload.length === 20001 && ws.has(survivor));\n");
  }
}
