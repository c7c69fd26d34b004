package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.expression.LogicalNodes;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.openjdk.nashorn.internal.ir.BinaryNode;
import org.openjdk.nashorn.internal.ir.BlockStatement;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.ExpressionStatement;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.TernaryNode;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * A parameter list with initialisers or patterns: every parameter is a binding of its own (not the
 * argument's slot) in its temporal dead zone until it is initialised, left to right, so {@code
 * function f(a = b, b) {}} throws a ReferenceError. Nashorn puts a default as a body statement
 * {@code a = a === void 0 ? init : a} and a pattern as {@code pattern = hidden === void 0 ? init :
 * hidden} after the {@code var}s of its names; they are found here in parameter order.
 */
final class Parameters {
  private final Translator t;

  Parameters(Translator t) {
    this.t = t;
  }

  /** Whether a list needs its own bindings in TDZ (a default or a pattern). */
  static boolean nonSimple(List<IdentNode> params, boolean[] withDefault) {
    for (int i = 0; i < params.size(); i++) {
      if (withDefault[i] || params.get(i).isDestructuredParameter()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which parameters have an initialiser (an arrow's are not flagged by Nashorn: found by their
   * default statement before the body's block).
   */
  static boolean[] defaults(FunctionNode f) {
    List<IdentNode> params = f.getParameters();
    boolean[] out = new boolean[params.size()];
    List<Statement> body = f.getBody().getStatements();
    boolean[] done = new boolean[body.size()];
    for (int i = 0; i < out.length; i++) {
      IdentNode p = params.get(i);
      out[i] =
          p.isDefaultParameter()
              || (f.getKind() == FunctionNode.Kind.ARROW
                  && !p.isDestructuredParameter()
                  && find(body, done, p.getName(), false) >= 0);
    }
    return out;
  }

  /** Declares a parameter of a non-simple list: a binding of its own, in its TDZ. */
  static Scopes.Binding declare(Scopes.Block block, String name) {
    Scopes.Binding old = block.bindings.get(name);
    if (old != null) {
      return old;
    }
    Scopes.Binding b = block.declare(name, Scopes.Kind.PARAM);
    b.tdz = true;
    return b;
  }

  /**
   * Translates the parameters' initialisation, then the rest of the body's statements, into {@code
   * out}. (Nashorn puts an arrow's default statements in reverse order, so each parameter's is
   * looked for among all of them.)
   */
  void translate(
      List<IdentNode> params,
      boolean[] withDefault,
      Scopes.Binding[] bindings,
      Set<String> bodyVars,
      List<Statement> body,
      List<JsNode> out) {
    boolean[] done = new boolean[body.size()];
    for (int i = 0; i < params.size(); i++) {
      IdentNode p = params.get(i);
      Scopes.Binding b = bindings[i];
      JsNode argument =
          p.isRestParameter()
              ? new FunctionNodes.Arguments(i, true)
              : new LocalNodes.Read(FunctionRootNode.FIRST_PARAM + i, null);
      if (withDefault[i]) {
        int at = find(body, done, p.getName(), false);
        if (at >= 0) {
          done[at] = true;
          TernaryNode init = (TernaryNode) assignment(body.get(at)).rhs();
          JsNode value =
              new LogicalNodes.DefaultValue(
                  argument,
                  t.statements.value(Statements.unwrap(init.getTrueExpression()), p.getName()));
          out.add(t.at(t.patterns.writeBinding(b, value, true), body.get(at)));
          continue;
        }
      }
      out.add(t.patterns.writeBinding(b, argument, true));
      if (p.isDestructuredParameter()) {
        int at = find(body, done, p.getName(), true);
        if (at >= 0) {
          done[at] = true;
          out.add(t.statements.statement(body.get(at)));
        }
      }
    }
    Scopes.Block saved = t.block;
    List<JsNode> copies = new ArrayList<>();
    for (String v : bodyVars) {
      if (saved.bindings.containsKey(v)) {
        copies.add(t.readVariable(v, false));
      }
    }
    t.block = new Scopes.Block(saved, t.fn);
    try {
      for (String v : bodyVars) {
        t.block.declare(v, Scopes.Kind.VAR);
      }
      if (t.block.envSize > 0) {
        t.block.envSlot = t.fn.allocate();
        out.add(
            new LocalNodes.NewEnv(t.block.envSlot, t.envSlot(saved), t.block.envSize, new int[0]));
      }
      int c = 0;
      for (String v : bodyVars) {
        if (saved.bindings.containsKey(v)) {
          out.add(t.patterns.writeBinding(t.block.bindings.get(v), copies.get(c++), true));
        }
      }
      List<Statement> rest = new ArrayList<>();
      for (int i = 0; i < body.size(); i++) {
        if (!done[i]) {
          rest.add(body.get(i));
        }
      }
      out.addAll(t.blockStatements(rest));
    } finally {
      t.block = saved;
    }
  }

  /**
   * The {@code var} names of a body after a list with initialisers: they live in a scope of their
   * own, which the closures of the parameters' initialisers do not see (a var named like a
   * parameter starts with its value). Names Nashorn declares before the body's block (those of
   * destructured parameters) stay in the parameters' scope.
   */
  static Set<String> bodyVars(FunctionNode f, Set<String> vars) {
    List<Statement> body = f.getBody().getStatements();
    Set<String> leading = new HashSet<>();
    boolean block = false;
    for (Statement s : body) {
      if (s instanceof BlockStatement) {
        block = true;
        break;
      }
      if (s instanceof VarNode v) {
        leading.add(v.getName().getName());
      }
    }
    Set<String> out = new LinkedHashSet<>();
    if (block) {
      for (String v : vars) {
        if (!leading.contains(v) && !v.equals("arguments")) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static BinaryNode assignment(Statement s) {
    return s instanceof ExpressionStatement e
            && e.getExpression() instanceof BinaryNode b
            && b.isTokenType(TokenType.ASSIGN)
        ? b
        : null;
  }

  /**
   * The index of the statement not yet translated that initialises parameter {@code name} ({@code
   * pattern}: a destructuring from it, else its default), or -1.
   */
  private static int find(List<Statement> body, boolean[] done, String name, boolean pattern) {
    for (int i = 0; i < body.size() && !(body.get(i) instanceof BlockStatement); i++) {
      BinaryNode b = done[i] ? null : assignment(body.get(i));
      if (b == null) {
        continue;
      }
      Expression rhs = b.rhs();
      Expression source =
          rhs instanceof TernaryNode tn ? Statements.unwrap(tn.getFalseExpression()) : rhs;
      if (!(source instanceof IdentNode id) || !id.getName().equals(name)) {
        continue;
      }
      if (pattern != (b.lhs() instanceof IdentNode)) {
        if (pattern || ((IdentNode) b.lhs()).getName().equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }
}
