package org.jsheap.runtime.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import com.oracle.truffle.api.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.access.WithNodes;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.junit.jupiter.api.Test;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.WithNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;
import org.openjdk.nashorn.internal.parser.Parser;
import org.openjdk.nashorn.internal.runtime.ErrorManager;

/**
 * The scope analysis of {@code with}: which hidden bindings the capture pre-pass marks captured,
 * and which names the translator makes dynamic (a {@link WithNodes.Resolve} per dynamic access,
 * none for names that no with object can shadow).
 */
class ScopeAnalysisTest {
  private static FunctionNode tree(String code) {
    var source = org.openjdk.nashorn.internal.runtime.Source.sourceFor("t.js", code);
    return new Parser(JsParser.environment(), source, new ErrorManager(), false, null).parse();
  }

  /** The function literals of a parsed program, outermost first (the program itself first). */
  private static List<FunctionNode> functions(FunctionNode program) {
    List<FunctionNode> out = new ArrayList<>();
    program.accept(
        new SimpleNodeVisitor() {
          @Override
          public boolean enterFunctionNode(FunctionNode fn) {
            out.add(fn);
            return true;
          }
        });
    return out;
  }

  private static List<WithNode> withs(FunctionNode program) {
    List<WithNode> out = new ArrayList<>();
    program.accept(
        new SimpleNodeVisitor() {
          @Override
          public boolean enterWithNode(WithNode w) {
            out.add(w);
            return true;
          }
        });
    return out;
  }

  @Test
  void aWithWithoutClosuresKeepsItsObjectInASlot() {
    FunctionNode p = tree("function f(o) { with (o) { x = y; } }");
    Captures.Result r = Captures.analyze(p);
    FunctionNode f = functions(p).get(1);
    assertEquals("%with0", r.withNames().get(withs(p).get(0)));
    assertFalse(r.captured().get(f).contains("%with0"));
  }

  @Test
  void aClosureInsideTheBodyCapturesTheObject() {
    FunctionNode p = tree("function f(o) { with (o) { return function () { return x; }; } }");
    Captures.Result r = Captures.analyze(p);
    Set<String> captured = r.captured().get(functions(p).get(1));
    assertTrue(captured.contains("%with0"), captured.toString());
    assertTrue(captured.contains("x"));
  }

  /** The hidden binding name of the with statement whose object is the identifier {@code id}. */
  private static String withName(Captures.Result r, FunctionNode p, String id) {
    for (WithNode w : withs(p)) {
      if (w.getExpression() instanceof IdentNode i && i.getName().equals(id)) {
        return r.withNames().get(w);
      }
    }
    throw new AssertionError("no with (" + id + ")");
  }

  @Test
  void eachWithHasItsOwnNameAndOwner() {
    FunctionNode p =
        tree(
            "with (a) { with (b) { (function () { z; }); } }"
                + " function g() { with (c) { w; } (function () { with (d) {} }); }");
    Captures.Result r = Captures.analyze(p);
    assertEquals(4, Set.copyOf(r.withNames().values()).size());
    Set<String> program = r.captured().get(p);
    // the closure in with (b) sees both objects of the program's withs
    assertTrue(program.contains(withName(r, p, "a")), program.toString());
    assertTrue(program.contains(withName(r, p, "b")), program.toString());
    // with (c) in g has no closure in its body; with (d) belongs to the inner function
    FunctionNode g =
        functions(p).stream().filter(f -> "g".equals(f.getIdent().getName())).findFirst().get();
    assertFalse(r.captured().get(g).contains(withName(r, p, "c")));
    assertFalse(r.captured().get(g).contains(withName(r, p, "d")));
    assertFalse(program.contains(withName(r, p, "c")));
  }

  @Test
  void theObjectExpressionIsOutsideTheWithScope() {
    FunctionNode p = tree("function f() { with ((function () { return q; })()) { } }");
    Captures.Result r = Captures.analyze(p);
    assertFalse(r.captured().get(functions(p).get(1)).contains("%with0"));
  }

  // ---- translation: which accesses are dynamic

  /** The number of dynamic name resolutions in the translated code, nested functions included. */
  private static int dynamicAccesses(String code) {
    try (Context c = Context.newBuilder(JSHeapLanguage.ID).build()) {
      c.initialize(JSHeapLanguage.ID);
      c.enter();
      try {
        ParsedProgram program =
            JsParser.parse(
                JSHeapLanguage.get(null),
                Source.newBuilder(JSHeapLanguage.ID, code, "t.js").build());
        return count(program.body());
      } finally {
        c.leave();
      }
    }
  }

  private static int count(Node root) {
    int n = NodeUtil.findAllNodeInstances(root, WithNodes.Resolve.class).size();
    for (FunctionNodes.Literal f :
        NodeUtil.findAllNodeInstances(root, FunctionNodes.Literal.class)) {
      n += count(f.data().callTarget().getRootNode());
    }
    return n;
  }

  @Test
  void codeWithoutWithHasNoDynamicAccess() {
    assertEquals(
        0,
        dynamicAccesses(
            "var a = 1; function f(p) { var q = p + a; return function () { return q + a; }; }"
                + " f(1)(); a = 2; typeof a; delete a;"));
  }

  @Test
  void onlyNamesLookedUpThroughTheWithAreDynamic() {
    // a, g() and c inside the body are dynamic; b (declared in the body) and the names
    // outside the statement, including the object expression, are not
    assertEquals(
        3,
        dynamicAccesses("var a = 1, o = {}; a; with (o) { a; let b = 2; b; g(); c = b; } a; o;"));
  }

  @Test
  void closuresInsideTheBodyResolveTheirFreeNamesDynamically() {
    // x and y in the closure are dynamic; its own local z and parameter p are not
    assertEquals(
        2,
        dynamicAccesses(
            "function f(o) { with (o) { return function (p) { var z = p; return x + y + z; }; } }"));
  }

  @Test
  void compoundAssignmentResolvesOnce() {
    assertEquals(1, dynamicAccesses("with ({}) { n += 1; }"));
    assertEquals(1, dynamicAccesses("with ({}) { n++; }"));
  }
}
