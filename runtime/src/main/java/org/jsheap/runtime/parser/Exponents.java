package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.expression.ArithmeticNodesFactory;
import org.openjdk.nashorn.internal.ir.BinaryNode;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.JoinPredecessorExpression;
import org.openjdk.nashorn.internal.ir.UnaryNode;
import org.openjdk.nashorn.internal.parser.Token;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * The exponent operator (12.6): {@link SourceRewrite} hands it to the parser as {@code *}, which
 * makes it left-associative at the precedence of {@code *}. A chain of multiplicative operators is
 * flattened here (up to a parenthesized operand) and rebuilt: each run of {@code **} associates to
 * the right and binds tighter than {@code *}, {@code /} and {@code %}. A unary expression as the
 * base of {@code **} ({@code -x ** y}) is a SyntaxError.
 */
final class Exponents {
  private final Translator t;

  Exponents(Translator t) {
    this.t = t;
  }

  static int operator(BinaryNode b) {
    return Token.descPosition(b.getToken());
  }

  private static boolean multiplicative(Expression e) {
    return e instanceof BinaryNode b
        && (b.tokenType() == TokenType.MUL
            || b.tokenType() == TokenType.DIV
            || b.tokenType() == TokenType.MOD);
  }

  /** Whether the compound assignment {@code b} was written {@code **=} (and claims its mark). */
  boolean compound(BinaryNode b) {
    return b.tokenType() == TokenType.ASSIGN_MUL && t.marks.claim(operator(b), Marks.Kind.EXPONENT);
  }

  /**
   * The multiplicative chain whose last operator is {@code top}, or null if it has no {@code **}.
   */
  JsNode chain(BinaryNode top) {
    List<Expression> operands = new ArrayList<>();
    List<BinaryNode> ops = new ArrayList<>();
    flatten(top, operands, ops);
    boolean[] exp = new boolean[ops.size()];
    boolean any = false;
    for (int i = 0; i < exp.length; i++) {
      exp[i] =
          ops.get(i).tokenType() == TokenType.MUL
              && t.marks.claim(operator(ops.get(i)), Marks.Kind.EXPONENT);
      any |= exp[i];
      if (exp[i]) {
        checkBase(operands.get(i), operator(ops.get(i)));
      }
    }
    if (!any) {
      return null;
    }
    JsNode acc = null;
    int i = 0;
    while (i < operands.size()) {
      int j = i;
      while (j < exp.length && exp[j]) {
        j++;
      }
      JsNode term = t.expressions.expression(operands.get(j));
      for (int k = j - 1; k >= i; k--) {
        term =
            t.expressions.binaryOp(
                t.expressions.expression(operands.get(k)),
                term,
                ArithmeticNodesFactory.PowNodeGen.create(),
                !(k == j - 1 && Expressions.simple(operands.get(j))));
      }
      if (acc == null) {
        acc = term;
      } else {
        acc =
            t.expressions.binaryOp(
                acc,
                term,
                Expressions.operatorFor(ops.get(i - 1).tokenType()),
                !(i == j && Expressions.simple(operands.get(i))));
      }
      i = j + 1;
    }
    return acc;
  }

  private void flatten(BinaryNode b, List<Expression> operands, List<BinaryNode> ops) {
    Expression l = unwrap(b.lhs());
    if (multiplicative(l) && !t.marks.parenthesized(l.getStart(), l.getFinish(), operator(b))) {
      flatten((BinaryNode) l, operands, ops);
    } else {
      operands.add(b.lhs());
    }
    ops.add(b);
    operands.add(b.rhs());
  }

  private static Expression unwrap(Expression e) {
    return e instanceof JoinPredecessorExpression j ? j.getExpression() : e;
  }

  /** An unparenthesized unary expression cannot be the base of {@code **} (12.6). */
  private void checkBase(Expression base, int operator) {
    Expression e = unwrap(base);
    if (e instanceof UnaryNode u
        && switch (u.tokenType()) {
          case NEG, POS, NOT, BIT_NOT, TYPEOF, VOID, DELETE -> true;
          default -> false;
        }
        && !t.marks.parenthesized(e.getStart(), e.getFinish(), operator)) {
      throw new EarlyError(
          "Unary operator used immediately before exponentiation expression. Parenthesis must be"
              + " used to disambiguate operator precedence",
          e.getStart());
    }
  }
}
