package org.jsheap.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * Programs that hold references across allocations in every operand position, run with a scavenge
 * at every allocation, heap verification and from-space poisoning: a reference kept in a Java local
 * across an allocation reads poison and fails.
 */
class GcDisciplineTest {
  static String runStressed(String code) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Context c =
        Js.builder(out)
            .option("jsheap.GcStress", "minor=1,major=17,random=5,verify,poison")
            .option("jsheap.YoungSize", "64k")
            .build()) {
      c.eval(JSHeapLanguage.ID, code);
    }
    return out.toString();
  }

  @Test
  void operandsSurviveCollectionsInEveryPosition() {
    String code =
        "function mk(i) { return {v: i, s: 'n' + i}; }"
            + " function pair(a, b) { return [a, b]; }"
            + " var acc = [];"
            + " for (var i = 0; i < 40; i++) {"
            + "   var o = mk(i); o.next = mk(i + 1); o['k' + i] = pair(mk(i), 'x' + i);"
            + "   acc[acc.length] = o.s + mk(i).s + (o.next.v + mk(1).v);"
            + "   acc.push(pair(o, mk(i)).length + [mk(0), mk(1)].length);"
            + " }"
            + " var text = ''; for (var j = 0; j < acc.length; j += 8) text += acc[j] + ';';"
            + " var cls = class { constructor(x) { this.x = [x, {y: x}]; } get y() { return"
            + " this.x[1].y; } }; var objs = []; for (var k = 0; k < 20; k++) objs.push(new"
            + " cls('c' + k)); var t = ''; for (const ob of objs) t += ob.y;"
            + " var {a, b: [c, d]} = {a: mk(1), b: [mk(2), 'q' + 3]};"
            + " try { throw mk(9); } catch (e) { t += e.s; } finally { t += mk(8).s; }"
            + " print(text); print(t.length, a.s, c.s, d, [...objs.map(o => o.y)].length);";
    assertEquals(
        "n0n02;n4n46;n8n810;n12n1214;n16n1618;n20n2022;n24n2426;n28n2830;n32n3234;n36n3638;\n"
            + "54 n1 n2 q3 20\n",
        runStressed(code));
  }

  @Test
  void closuresAndEnvironmentsSurviveCollections() {
    String code =
        "function make(n) { let fs = []; for (let i = 0; i < n; i++) { let box = {i: i};"
            + " fs.push(() => box.i + i); } return fs; } var all = make(30);"
            + " var s = 0; for (var f of all) s += f(); print(s);";
    assertEquals("870\n", runStressed(code));
  }

  @Test
  void deleteWithAKeyWhoseToStringAllocatesKeepsItsOperands() {
    String code =
        "function key(name) { return {toString: function () { var junk = [];"
            + " for (var i = 0; i < 200; i++) junk.push({i: i, s: 'j' + i}); return name; }}; }"
            + " var kb = key('b'), k1 = key('1'), kz = key('zz'), out = [];"
            + " for (var n = 0; n < 5; n++) { var p, q;"
            + "   var r = [delete (p = {a: n, b: 2, c: 3})[kb],"
            + "     delete (q = [n, 2, 3])[k1], delete (p = {a: n, c: 3})[kz]];"
            + "   out.push(r + '/' + Object.keys(p) + '/' + (1 in q) + '/' + (p.a + p.c)); }"
            + " print(out.join(' '));";
    assertEquals(
        "true,true,true/a,c/false/3 true,true,true/a,c/false/4 true,true,true/a,c/false/5"
            + " true,true,true/a,c/false/6 true,true,true/a,c/false/7\n",
        runStressed(code));
  }
}
