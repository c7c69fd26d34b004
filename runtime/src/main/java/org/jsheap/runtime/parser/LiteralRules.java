package org.jsheap.runtime.parser;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.BinaryNode;
import org.openjdk.nashorn.internal.ir.CatchNode;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.ForNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.LiteralNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.ObjectNode;
import org.openjdk.nashorn.internal.ir.PropertyNode;
import org.openjdk.nashorn.internal.ir.UnaryNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * Early errors of object and array literals (13.2.5.1, 13.15.1): an object literal (not a
 * destructuring pattern) with two {@code __proto__: value} properties or with a shorthand property
 * that has an initialiser ({@code ({a = 1})}, which only a pattern may have), and a parenthesized
 * pattern as an assignment target ({@code ({}) = 1}).
 *
 * <p>Nashorn parses a destructuring assignment's target as an object or array literal; this pass
 * first marks every literal that is a pattern (an assignment's or a for-in/of head's target, a
 * catch parameter, and the literals nested in them) and applies the literal rules to the others.
 */
final class LiteralRules extends SimpleNodeVisitor {
  private final String text;
  private final Set<Node> patterns = Collections.newSetFromMap(new IdentityHashMap<>());

  private LiteralRules(String text) {
    this.text = text;
  }

  static void check(Node program, String text) {
    program.accept(new LiteralRules(text));
  }

  @Override
  public boolean enterBinaryNode(BinaryNode b) {
    if (b.isTokenType(TokenType.ASSIGN) && isLiteralPattern(b.lhs())) {
      markPattern(b.lhs());
      boolean parameter = b.rhs() instanceof IdentNode id && id.isDestructuredParameter();
      if (!parameter && parenthesized(b.lhs())) {
        throw new EarlyError("Invalid left-hand side in assignment", b.lhs().getStart());
      }
    }
    return true;
  }

  @Override
  public boolean enterForNode(ForNode f) {
    if ((f.isForIn() || f.isForOf()) && f.getInit() != null) {
      markPattern(f.getInit());
    }
    return true;
  }

  @Override
  public boolean enterCatchNode(CatchNode c) {
    if (c.getException() != null) {
      markPattern(c.getException());
    }
    return true;
  }

  @Override
  public boolean enterClassNode(ClassNode c) {
    if (c.getClassHeritage() != null) {
      c.getClassHeritage().accept(this);
    }
    if (c.getConstructor() != null) {
      c.getConstructor().accept(this);
    }
    for (Node element : c.getClassElements()) {
      element.accept(this);
    }
    return false;
  }

  @Override
  public boolean enterObjectNode(ObjectNode o) {
    if (patterns.contains(o)) {
      return true;
    }
    boolean proto = false;
    for (PropertyNode p : o.getElements()) {
      if (isShorthand(p) && p.getValue() instanceof BinaryNode) {
        throw new EarlyError("Invalid shorthand property initializer", p.getStart());
      }
      if (isProtoSetter(p)) {
        if (proto) {
          throw new EarlyError(
              "Duplicate __proto__ fields are not allowed in object literals", p.getStart());
        }
        proto = true;
      }
    }
    return true;
  }

  private static boolean isLiteralPattern(Expression e) {
    return e instanceof ObjectNode || e instanceof LiteralNode.ArrayLiteralNode;
  }

  private void markPattern(Expression e) {
    if (e == null) {
      return;
    }
    patterns.add(e);
    if (e instanceof BinaryNode b && b.isTokenType(TokenType.ASSIGN)) {
      markPattern(b.lhs());
    } else if (e instanceof ObjectNode o) {
      for (PropertyNode p : o.getElements()) {
        markPattern(p.getValue());
      }
    } else if (e instanceof LiteralNode.ArrayLiteralNode a) {
      for (Expression x : a.getElementExpressions()) {
        markPattern(x);
      }
    } else if (e instanceof UnaryNode u) {
      markPattern(u.getExpression());
    }
  }

  /** {@code {a}} or {@code {a = 1}}: the key and the value's name are the same token. */
  private static boolean isShorthand(PropertyNode p) {
    if (p.isComputed() || !(p.getKey() instanceof IdentNode key) || p.getValue() == null) {
      return false;
    }
    Expression v = p.getValue();
    Expression name = v instanceof BinaryNode b && b.isTokenType(TokenType.ASSIGN) ? b.lhs() : v;
    return name instanceof IdentNode id && id.getStart() == key.getStart();
  }

  /** {@code __proto__: value} or {@code "__proto__": value} (not shorthand, method or computed). */
  static boolean isProtoSetter(PropertyNode p) {
    if (p.isComputed()
        || p.getGetter() != null
        || p.getSetter() != null
        || p.getValue() == null
        || !"__proto__".equals(p.getKeyName())
        || isShorthand(p)) {
      return false;
    }
    return !(p.getValue() instanceof org.openjdk.nashorn.internal.ir.FunctionNode f)
        || !f.isMethod();
  }

  /** Whether the next token after {@code e} (skipping blanks and comments) is {@code ')'}. */
  private boolean parenthesized(Expression e) {
    return closeParenAt(text, e.getFinish());
  }

  /** Whether the next token from {@code from} (skipping blanks and comments) is {@code ')'}. */
  static boolean closeParenAt(CharSequence text, int from) {
    int i = Math.max(0, Math.min(from, text.length()));
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (startsWith(text, "//", i)) {
        int nl = indexOf(text, "\n", i);
        i = nl < 0 ? text.length() : nl;
      } else if (startsWith(text, "/*", i)) {
        int close = indexOf(text, "*/", i + 2);
        i = close < 0 ? text.length() : close + 2;
      } else {
        return c == ')';
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence text, String s, int at) {
    return at + s.length() <= text.length()
        && text.subSequence(at, at + s.length()).toString().equals(s);
  }

  private static int indexOf(CharSequence text, String s, int from) {
    return text.toString().indexOf(s, from);
  }
}
