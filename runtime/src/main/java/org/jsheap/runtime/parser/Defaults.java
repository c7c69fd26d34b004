package org.jsheap.runtime.parser;

import java.util.HashSet;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.BinaryNode;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.ExpressionStatement;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.TernaryNode;
import org.openjdk.nashorn.internal.ir.UnaryNode;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * Default parameter values. Nashorn desugars {@code function f(x = v)} into a first body statement
 * {@code x = x === void 0 ? v : x} (for arrows without marking the parameter as a default one):
 * this finds those statements, so the function's {@code length} stops before the first defaulted
 * parameter and an anonymous function as the default gets the parameter's name.
 */
final class Defaults {
  private Defaults() {}

  /**
   * The names of {@code f}'s parameters with a default value; adds each default's conditional
   * ({@code x === void 0 ? v : x}) to {@code conditionals}.
   */
  static Set<String> of(FunctionNode f, Set<Expression> conditionals) {
    Set<String> out = new HashSet<>();
    for (Statement s : f.getBody().getStatements()) {
      IdentNode target = defaulted(s);
      if (target == null || !isParameter(f, target)) {
        break;
      }
      out.add(target.getName());
      conditionals.add(((BinaryNode) ((ExpressionStatement) s).getExpression()).rhs());
    }
    return out;
  }

  /** Whether {@code id} is one of {@code f}'s parameters (its name at a parameter's place). */
  private static boolean isParameter(FunctionNode f, IdentNode id) {
    for (IdentNode p : f.getParameters()) {
      if (p.getName().equals(id.getName()) && p.getStart() == id.getStart()) {
        return true;
      }
    }
    return false;
  }

  /** The target of a statement {@code x = x === void 0 ? v : x}, or null. */
  private static IdentNode defaulted(Statement s) {
    if (!(s instanceof ExpressionStatement e)
        || !(e.getExpression() instanceof BinaryNode b)
        || !b.isTokenType(TokenType.ASSIGN)
        || !(b.lhs() instanceof IdentNode id)
        || !(b.rhs() instanceof TernaryNode t)
        || !(Statements.unwrap(t.getTest()) instanceof BinaryNode test)
        || !test.isTokenType(TokenType.EQ_STRICT)
        || !(test.lhs() instanceof IdentNode x)
        || !x.getName().equals(id.getName())
        || !(test.rhs() instanceof UnaryNode u)
        || !u.isTokenType(TokenType.VOID)
        || !(Statements.unwrap(t.getFalseExpression()) instanceof IdentNode y)
        || !y.getName().equals(id.getName())) {
      return null;
    }
    return id;
  }
}
