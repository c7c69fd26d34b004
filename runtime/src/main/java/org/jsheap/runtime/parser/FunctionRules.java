package org.jsheap.runtime.parser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.nashorn.internal.ir.Block;
import org.openjdk.nashorn.internal.ir.BlockStatement;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.ContinueNode;
import org.openjdk.nashorn.internal.ir.ExpressionStatement;
import org.openjdk.nashorn.internal.ir.ForNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.IfNode;
import org.openjdk.nashorn.internal.ir.LabelNode;
import org.openjdk.nashorn.internal.ir.LiteralNode;
import org.openjdk.nashorn.internal.ir.LoopNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.UnaryNode;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.ir.WhileNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * Early errors of functions and statements: duplicate parameters where they are not allowed (strict
 * code, arrows, methods, non-simple lists: 15.1.1, 15.3.1, 15.4.1), a {@code "use strict"}
 * directive in a function with non-simple parameters (15.2.1), {@code delete} of an identifier in
 * strict code (13.5.1.1), {@code continue L} where {@code L} labels no iteration statement
 * (14.9.1), and a labelled function declaration in strict code or as the body of a loop or {@code
 * if} (14.7.1, 14.6.1, 14.13.1).
 */
final class FunctionRules extends SimpleNodeVisitor {
  private final String text;

  /** The labels around the current point of the current function: name, labels a loop. */
  private record Label(String name, boolean loop) {}

  private Deque<Label> labels = new ArrayDeque<>();
  private final Deque<Deque<Label>> savedLabels = new ArrayDeque<>();

  private FunctionRules(String text) {
    this.text = text;
  }

  static void check(FunctionNode program, String text) {
    program.accept(new FunctionRules(text));
  }

  // ---- functions

  @Override
  public boolean enterFunctionNode(FunctionNode f) {
    savedLabels.push(labels);
    labels = new ArrayDeque<>();
    if (f.getKind() == FunctionNode.Kind.SCRIPT) {
      return true;
    }
    Block body = f.getBody();
    boolean simple = !body.isParameterBlock();
    for (IdentNode p : f.getParameters()) {
      if (p.isDefaultParameter() || p.isDestructuredParameter() || p.isRestParameter()) {
        simple = false;
      }
    }
    boolean unique =
        !simple
            || f.isStrict()
            || f.isMethod()
            || f.isClassConstructor()
            || f.getKind() == FunctionNode.Kind.ARROW;
    if (unique) {
      checkUniqueParameters(f);
    }
    if (!simple) {
      int directive = useStrictDirective(body.isParameterBlock() ? innerBody(body) : body);
      if (directive >= 0) {
        throw new EarlyError(
            "Illegal 'use strict' directive in function with non-simple parameter list", directive);
      }
    }
    return true;
  }

  @Override
  public Node leaveFunctionNode(FunctionNode f) {
    labels = savedLabels.pop();
    return f;
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

  private static void checkUniqueParameters(FunctionNode f) {
    Map<String, Integer> seen = new HashMap<>();
    for (IdentNode p : f.getParameters()) {
      if (!p.isDestructuredParameter()) {
        unique(seen, p);
      }
    }
    if (f.getBody().isParameterBlock()) {
      for (Statement st : f.getBody().getStatements()) {
        if (st instanceof VarNode v && !v.isBlockScoped()) {
          unique(seen, v.getName());
        }
      }
    }
  }

  /** Records a parameter name; Nashorn declares a name under a rest element twice, at one place. */
  private static void unique(Map<String, Integer> seen, IdentNode id) {
    Integer old = seen.put(id.getName(), id.getStart());
    if (old != null && old != id.getStart()) {
      throw duplicateParameter(id.getName(), id.getStart());
    }
  }

  private static EarlyError duplicateParameter(String name, int at) {
    return new EarlyError(
        "Duplicate parameter name '" + name + "' not allowed in this context", at);
  }

  /** The function body inside a parameter block (its last statement). */
  private static Block innerBody(Block parameters) {
    List<Statement> s = parameters.getStatements();
    if (!s.isEmpty() && s.get(s.size() - 1) instanceof BlockStatement b) {
      return b.getBlock();
    }
    return parameters;
  }

  /** The offset of a {@code "use strict"} directive in the body's prologue, or -1. */
  private int useStrictDirective(Block body) {
    for (Statement st : body.getStatements()) {
      if (!(st instanceof ExpressionStatement e)
          || !(e.getExpression() instanceof LiteralNode<?> l)
          || !l.isString()) {
        return -1;
      }
      int start = l.getStart();
      int end = l.getFinish();
      if (start > 0
          && end <= text.length()
          && "use strict".equals(text.substring(start, end))
          && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'')) {
        return start - 1;
      }
    }
    return -1;
  }

  // ---- expressions

  @Override
  public boolean enterUnaryNode(UnaryNode u) {
    if (u.isTokenType(TokenType.DELETE)
        && u.getExpression() instanceof IdentNode
        && lc.getCurrentFunction().isStrict()) {
      throw new EarlyError("Delete of an unqualified identifier in strict mode.", u.getStart());
    }
    return true;
  }

  // ---- labels

  @Override
  public boolean enterLabelNode(LabelNode l) {
    boolean function = labelledFunction(l);
    if (function && lc.getCurrentFunction().isStrict()) {
      throw new EarlyError(
          "In strict mode code, functions can only be declared at top level or inside a block.",
          l.getStart());
    }
    labels.push(new Label(l.getLabelName(), labelsLoop(l)));
    return true;
  }

  @Override
  public Node leaveLabelNode(LabelNode l) {
    labels.pop();
    return l;
  }

  @Override
  public boolean enterContinueNode(ContinueNode c) {
    String name = c.getLabelName();
    if (name != null) {
      for (Label l : labels) {
        if (l.name().equals(name)) {
          if (!l.loop()) {
            throw new EarlyError(
                "Illegal continue statement: '" + name + "' does not denote an iteration statement",
                c.getStart());
          }
          break;
        }
      }
    }
    return true;
  }

  @Override
  public boolean enterForNode(ForNode f) {
    checkBody(f.getBody());
    return true;
  }

  @Override
  public boolean enterWhileNode(WhileNode w) {
    checkBody(w.getBody());
    return true;
  }

  @Override
  public boolean enterIfNode(IfNode i) {
    checkBody(i.getPass());
    if (i.getFail() != null) {
      checkBody(i.getFail());
    }
    return true;
  }

  /** A loop's or if's body written without braces may not be a labelled function. */
  private void checkBody(Block body) {
    if (body.isSynthetic()
        && body.getStatementCount() == 1
        && body.getStatements().get(0) instanceof LabelNode l
        && labelledFunction(l)) {
      throw new EarlyError(
          "A labelled function declaration cannot be the body of a statement", l.getStart());
    }
  }

  /**
   * Whether a label's item is a function declaration (Nashorn hoists it out of the label and leaves
   * the label's body empty; its source starts with {@code function}).
   */
  private boolean labelledFunction(LabelNode l) {
    Block body = l.getBody();
    if (body.getStatementCount() == 1 && body.getStatements().get(0) instanceof LabelNode inner) {
      return labelledFunction(inner);
    }
    int at = body.getStart();
    return body.getStatementCount() == 0 && at >= 0 && text.startsWith("function", at);
  }

  /**
   * Whether the labelled item is an iteration statement (through more labels). Nashorn gives a
   * labelled statement a synthetic block around it, except a labelled block, which is its body.
   */
  private static boolean labelsLoop(LabelNode l) {
    List<Statement> s = l.getBody().getStatements();
    if (s.isEmpty() || !l.getBody().isSynthetic()) {
      return false;
    }
    for (int i = 0; i < s.size() - 1; i++) {
      if (!(s.get(i) instanceof VarNode v) || v.isBlockScoped()) {
        return false;
      }
    }
    Statement last = s.get(s.size() - 1);
    if (last instanceof LoopNode) {
      return true;
    }
    if (last instanceof LabelNode inner) {
      return labelsLoop(inner);
    }
    if (last instanceof BlockStatement b && b.getBlock().isSynthetic()) {
      List<Statement> inner = b.getBlock().getStatements();
      return !inner.isEmpty() && inner.get(inner.size() - 1) instanceof ForNode;
    }
    return false;
  }
}
