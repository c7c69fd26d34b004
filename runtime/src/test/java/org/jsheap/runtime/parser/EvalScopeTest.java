package org.jsheap.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.source.Source;
import org.graalvm.polyglot.Context;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.access.WithNodes;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.junit.jupiter.api.Test;

/**
 * Functions holding a direct eval keep every binding in heap environments; every other function
 * keeps its locals in activation slots, as before direct eval existed.
 */
class EvalScopeTest {
  /** Counts heap environments made, environment accesses and dynamic lookups, nested included. */
  private static int[] counts(String code) {
    try (Context c = Context.newBuilder(JSHeapLanguage.ID).build()) {
      c.initialize(JSHeapLanguage.ID);
      c.enter();
      try {
        ParsedProgram program =
            JsParser.parse(
                JSHeapLanguage.get(null),
                Source.newBuilder(JSHeapLanguage.ID, code, "t.js").build());
        int[] n = new int[3];
        count(program.body(), n);
        return n;
      } finally {
        c.leave();
      }
    }
  }

  private static void count(Node root, int[] n) {
    n[0] += NodeUtil.findAllNodeInstances(root, LocalNodes.NewEnv.class).size();
    n[1] += NodeUtil.findAllNodeInstances(root, LocalNodes.EnvRead.class).size();
    n[2] += NodeUtil.findAllNodeInstances(root, WithNodes.Resolve.class).size();
    for (FunctionNodes.Literal f :
        NodeUtil.findAllNodeInstances(root, FunctionNodes.Literal.class)) {
      count(f.data().callTarget().getRootNode(), n);
    }
  }

  @Test
  void functionsWithoutDirectEvalKeepTheirLocalsInSlots() {
    int[] n =
        counts(
            "function f(p) { var q = p + 1; let r = q; { let s = r; q = s; }"
                + " return (0, eval)('q') + q; } f(1);");
    assertEquals(0, n[0], "environments");
    assertEquals(0, n[1], "environment reads");
    assertEquals(0, n[2], "dynamic lookups");
  }

  @Test
  void aFunctionWithADirectEvalKeepsEveryBindingInItsEnvironment() {
    int[] n = counts("function f(p) { var q = p + 1; let r = q; return eval('q') + q + r; } f(1);");
    assertTrue(n[0] > 0, "environments");
    assertTrue(n[2] > 0, "sloppy: names resolve through the eval var object");
    int[] strict =
        counts("function f(p) { 'use strict'; var q = p; return eval('q') + q + p; } f(1);");
    assertTrue(strict[0] > 0, "environments");
    assertEquals(0, strict[2], "strict: no var object");
  }
}
