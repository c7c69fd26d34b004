package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.GlobalNodes;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.control.FlowNodes;
import org.jsheap.runtime.nodes.control.ForEachNodes;
import org.jsheap.runtime.nodes.control.LoopNodes;
import org.jsheap.runtime.nodes.expression.LogicalNodes;
import org.openjdk.nashorn.internal.ir.Block;
import org.openjdk.nashorn.internal.ir.BlockStatement;
import org.openjdk.nashorn.internal.ir.BreakNode;
import org.openjdk.nashorn.internal.ir.CaseNode;
import org.openjdk.nashorn.internal.ir.CatchNode;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.ContinueNode;
import org.openjdk.nashorn.internal.ir.EmptyNode;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.ExpressionStatement;
import org.openjdk.nashorn.internal.ir.ForNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.IfNode;
import org.openjdk.nashorn.internal.ir.JoinPredecessorExpression;
import org.openjdk.nashorn.internal.ir.LabelNode;
import org.openjdk.nashorn.internal.ir.LoopNode;
import org.openjdk.nashorn.internal.ir.ReturnNode;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.SwitchNode;
import org.openjdk.nashorn.internal.ir.ThrowNode;
import org.openjdk.nashorn.internal.ir.TryNode;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.ir.WhileNode;
import org.openjdk.nashorn.internal.ir.WithNode;

/** Statements: declarations, control flow, loops, labels, switch, try. */
final class Statements {
  private final Translator t;
  private List<String> pendingLabels = new ArrayList<>();

  /**
   * Lexical names just declared without an initialiser: Nashorn turns {@code const {a, b} = o} into
   * such declarations followed by a destructuring assignment, which initialises them.
   */
  private final java.util.Set<String> declaredWithoutInit = new java.util.HashSet<>();

  Statements(Translator t) {
    this.t = t;
  }

  /** Translates one statement; its temporaries are released after it. */
  JsNode statement(Statement s) {
    int mark = t.fn.next;
    try {
      return t.at(translate(s), s);
    } finally {
      t.fn.next = mark;
    }
  }

  private JsNode translate(Statement s) {
    if (!(s instanceof LabelNode
        || s instanceof LoopNode
        || s instanceof BlockStatement
        || s instanceof VarNode)) {
      pendingLabels.clear();
    }
    if (s instanceof ExpressionStatement e) {
      boolean declaration = declaresPattern(e.getExpression());
      JsNode n = expressionOrDeclaration(e.getExpression());
      return declaration ? n : completes(n);
    } else if (s instanceof VarNode v) {
      return var(v);
    } else if (s instanceof BlockStatement b) {
      markForHead(b.getBlock().getStatements());
      return t.scopedBlock(b.getBlock(), b, null);
    } else if (s instanceof IfNode i) {
      return emptyAsUndefined(
          new LogicalNodes.Conditional(
              t.expressions.expression(i.getTest()),
              t.scopedBlock(i.getPass(), i.getPass(), null),
              i.getFail() == null ? null : t.scopedBlock(i.getFail(), i.getFail(), null)));
    } else if (s instanceof WhileNode w) {
      String[] labels = takeLabels();
      return emptyAsUndefined(
          new LoopNodes.Loop(
              t.expressions.expression(w.getTest()),
              t.scopedBlock(w.getBody(), w.getBody(), null),
              null,
              null,
              !w.isDoWhile(),
              labels));
    } else if (s instanceof ForNode f) {
      return emptyAsUndefined(forNode(f));
    } else if (s instanceof ReturnNode r) {
      return Translator.returnNode(
          r.getExpression() == null ? null : t.expressions.expression(r.getExpression()));
    } else if (s instanceof BreakNode b) {
      return Translator.breakNode(b.getLabelName());
    } else if (s instanceof ContinueNode c) {
      return new LoopNodes.Continue(c.getLabelName());
    } else if (s instanceof LabelNode l) {
      Block body = l.getBody();
      pendingLabels.add(l.getLabelName());
      JsNode n =
          body.getStatements().size() == 1
              ? translate(body.getStatements().get(0))
              : t.scopedBlock(body, body, null);
      pendingLabels.remove(l.getLabelName());
      return new LoopNodes.Labeled(n, l.getLabelName());
    } else if (s instanceof ThrowNode th) {
      return new FlowNodes.Throw(t.expressions.expression(th.getExpression()));
    } else if (s instanceof TryNode tr) {
      return emptyAsUndefined(tryNode(tr));
    } else if (s instanceof SwitchNode sw) {
      return emptyAsUndefined(switchNode(sw));
    } else if (s instanceof WithNode w) {
      return emptyAsUndefined(t.withStatement(w));
    } else if (s instanceof EmptyNode) {
      return Translator.undefinedNode();
    }
    if (s.getClass().getSimpleName().equals("DebuggerNode")) {
      return Translator.undefinedNode();
    }
    throw new UnsupportedOperationException("statement " + s.getClass().getSimpleName());
  }

  /**
   * An expression, or the destructuring that initialises lexical names just declared (Nashorn's
   * form of {@code const {a, b} = o}, also in a for head).
   */
  private JsNode expressionOrDeclaration(Expression e) {
    if (declaresPattern(e)) {
      org.openjdk.nashorn.internal.ir.BinaryNode b = (org.openjdk.nashorn.internal.ir.BinaryNode) e;
      declaredWithoutInit.removeAll(Patterns.boundNames(b.lhs()));
      return t.patterns.declare(b.lhs(), b.rhs());
    }
    return t.expressions.expression(e);
  }

  /** Whether {@code e} is the destructuring initialiser of lexical names just declared. */
  private boolean declaresPattern(Expression e) {
    return e instanceof org.openjdk.nashorn.internal.ir.BinaryNode b
        && b.isTokenType(org.openjdk.nashorn.internal.parser.TokenType.ASSIGN)
        && !(b.lhs() instanceof IdentNode)
        && !Patterns.boundNames(b.lhs()).isEmpty()
        && declaredWithoutInit.containsAll(Patterns.boundNames(b.lhs()));
  }

  // ---- completion values (program and eval code: Translator#completion)

  /** An expression statement: its value is the completion value so far. */
  private JsNode completes(JsNode value) {
    return t.completion < 0 ? value : new LocalNodes.Write(t.completion, value, null, null);
  }

  /** Resets the completion value to undefined (not empty) before the statement. */
  private JsNode resetCompletion() {
    return new LocalNodes.Write(t.completion, Translator.undefinedNode(), null, null);
  }

  /**
   * if, loops, switch, try and with: UpdateEmpty(result, undefined), so the value before them is
   * not the value of one whose body completes empty.
   */
  private JsNode emptyAsUndefined(JsNode statement) {
    if (t.completion < 0) {
      return statement;
    }
    return new LogicalNodes.Sequence(new JsNode[] {resetCompletion(), statement});
  }

  /** A finally block completing normally keeps the completion value of the try (or catch). */
  private JsNode keepCompletion(JsNode finallyBlock) {
    if (t.completion < 0) {
      return finallyBlock;
    }
    int saved = t.temp(1);
    return new LogicalNodes.Sequence(
        new JsNode[] {
          new LocalNodes.Write(saved, new LocalNodes.Read(t.completion, null), null, null),
          resetCompletion(),
          finallyBlock,
          new LocalNodes.Write(t.completion, new LocalNodes.Read(saved, null), null, null)
        });
  }

  private String[] takeLabels() {
    String[] labels = pendingLabels.toArray(new String[0]);
    pendingLabels = new ArrayList<>();
    return labels;
  }

  // ---- declarations

  /**
   * The lexical declarations of for-in/of heads: Nashorn puts them before the loop in a block of
   * their own; they stay in their TDZ while the loop's expression is evaluated.
   */
  private final java.util.Set<VarNode> forHeads =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private void markForHead(List<Statement> block) {
    if (!block.isEmpty()
        && block.get(block.size() - 1) instanceof ForNode f
        && (f.isForIn() || f.isForOf())) {
      for (Statement x : block) {
        if (x instanceof VarNode v && v.isBlockScoped() && v.getInit() == null) {
          forHeads.add(v);
        }
      }
    }
  }

  private JsNode var(VarNode v) {
    String name = v.getName().getName();
    Expression init = v.getInit();
    boolean topLevel = t.fn.program && t.block.parent == null;
    if (forHeads.contains(v)) {
      return Translator.undefinedNode();
    }
    if (topLevel) {
      if (init == null && v.isBlockScoped()) {
        declaredWithoutInit.add(name);
      }
      if (init == null) {
        return v.isBlockScoped()
            ? new GlobalNodes.Write(t.ctx, name, Translator.undefinedNode(), t.temp(1), true, false)
            : new GlobalNodes.Declare(name);
      }
      List<JsNode> nodes = new ArrayList<>();
      if (!v.isBlockScoped()) {
        nodes.add(new GlobalNodes.Declare(name));
      }
      nodes.add(
          new GlobalNodes.Write(
              t.ctx, name, value(init, name), t.temp(1), v.isBlockScoped(), false));
      return t.seq(nodes, v);
    }
    if (init == null) {
      if (v.isBlockScoped()) {
        declaredWithoutInit.add(name);
        return t.writeVariable(name, Translator.undefinedNode(), true);
      }
      return Translator.undefinedNode();
    }
    return t.writeVariable(name, value(init, name), v.isBlockScoped() || v.isFunctionDeclaration());
  }

  /** An initialiser; an anonymous function or class gets the binding's name. */
  JsNode value(Expression init, String name) {
    if (init instanceof FunctionNode f) {
      return t.expressions.functionLiteral(f, Translator.functionName(f).isEmpty() ? name : null);
    }
    if (init instanceof ClassNode c) {
      return t.expressions.classes.classNode(
          c, c.getIdent() != null ? c.getIdent().getName() : name);
    }
    return t.expressions.expression(init);
  }

  // ---- loops

  private JsNode forNode(ForNode f) {
    String[] labels = takeLabels();
    JsNode perIteration =
        t.block.hasEnv() && t.block.function == t.fn && hasLexical(t.block)
            ? new LocalNodes.CopyEnv(t.block.envSlot)
            : null;
    if (f.isForIn() || f.isForOf()) {
      int temp = t.temp(3);
      JsNode iterable = t.expressions.expression(unwrap(f.getModify()));
      Expression target = f.getInit();
      JsNode assign =
          t.patterns.assignTo(target, new LocalNodes.Read(temp + 2, null), declaredFor(target));
      JsNode body = t.scopedBlock(f.getBody(), f.getBody(), null);
      return f.isForIn()
          ? new ForEachNodes.ForIn(iterable, assign, body, perIteration, temp, labels)
          : new ForEachNodes.ForOf(iterable, assign, body, perIteration, temp, labels);
    }
    List<JsNode> nodes = new ArrayList<>();
    if (f.getInit() != null) {
      nodes.add(expressionOrDeclaration(f.getInit()));
    }
    JsNode test = f.getTest() == null ? null : t.expressions.expression(unwrap(f.getTest()));
    JsNode update = f.getModify() == null ? null : t.expressions.expression(unwrap(f.getModify()));
    JsNode body = t.scopedBlock(f.getBody(), f.getBody(), null);
    nodes.add(new LoopNodes.Loop(test, body, update, perIteration, true, labels));
    return t.seq(nodes, f);
  }

  private static boolean hasLexical(Scopes.Block b) {
    return b.bindings.values().stream().anyMatch(x -> x.lexical() && x.captured);
  }

  /** Whether the loop target names a binding declared by this loop (for writing const/TDZ). */
  private boolean declaredFor(Expression target) {
    if (target instanceof IdentNode id) {
      Scopes.Binding b = t.block.bindings.get(id.getName());
      return b != null && b.lexical();
    }
    return true;
  }

  static Expression unwrap(Expression e) {
    return e instanceof JoinPredecessorExpression j ? j.getExpression() : e;
  }

  // ---- try, switch

  private JsNode tryNode(TryNode tr) {
    JsNode body = t.scopedBlock(tr.getBody(), tr.getBody(), null);
    JsNode catchBlock = null;
    int slot = -1;
    List<Block> catches = tr.getCatchBlocks();
    if (!catches.isEmpty()) {
      Block cb = catches.get(0);
      CatchNode c = (CatchNode) cb.getStatements().get(0);
      slot = t.temp(1);
      catchBlock = catchClause(c, slot);
    }
    JsNode fin =
        tr.getFinallyBody() == null
            ? null
            : keepCompletion(t.scopedBlock(tr.getFinallyBody(), tr.getFinallyBody(), null));
    return new FlowNodes.Try(body, catchBlock, slot, fin);
  }

  private JsNode catchClause(CatchNode c, int slot) {
    Scopes.Block saved = t.block;
    int mark = t.fn.next;
    t.block = new Scopes.Block(saved, t.fn);
    try {
      Expression param = c.getException();
      List<JsNode> nodes = new ArrayList<>();
      if (t.completion >= 0) {
        nodes.add(resetCompletion());
      }
      if (param != null) {
        t.block.catchParameters = param instanceof IdentNode;
        for (String name : Patterns.boundNames(param)) {
          t.block.declare(name, Scopes.Kind.LET);
        }
        if (t.block.envSize > 0) {
          t.block.envSlot = t.fn.allocate();
          nodes.add(
              new LocalNodes.NewEnv(
                  t.block.envSlot, t.envSlot(saved), t.block.envSize, new int[0]));
        }
        nodes.add(t.patterns.assignTo(param, new LocalNodes.Read(slot, null), true));
      }
      nodes.add(t.scopedBlock(c.getBody(), c.getBody(), null));
      return t.seq(nodes, c);
    } finally {
      t.block = saved;
      t.fn.next = mark;
    }
  }

  private JsNode switchNode(SwitchNode sw) {
    int slot = t.temp(1);
    JsNode discriminant = t.expressions.expression(sw.getExpression());
    List<CaseNode> cases = sw.getCases();
    JsNode[] tests = new JsNode[cases.size()];
    int defaultIndex = -1;
    Scopes.Block saved = t.block;
    int mark = t.fn.next;
    t.block = new Scopes.Block(saved, t.fn);
    try {
      List<JsNode> lexical = new ArrayList<>();
      for (CaseNode c : cases) {
        lexical.addAll(t.declareLexical(c.getBody()));
      }
      JsNode newEnv = null;
      if (t.block.envSize > 0) {
        t.block.envSlot = t.fn.allocate();
        newEnv =
            new LocalNodes.NewEnv(
                t.block.envSlot, t.envSlot(saved), t.block.envSize, Translator.tdz(t.block));
      }
      JsNode[] bodies = new JsNode[cases.size()];
      for (int i = 0; i < cases.size(); i++) {
        CaseNode c = cases.get(i);
        if (c.getTest() == null) {
          defaultIndex = i;
        } else {
          tests[i] = t.expressions.expression(c.getTest());
        }
        List<JsNode> body = t.blockStatements(c.getBody().getStatements());
        bodies[i] = t.seq(body, c);
      }
      JsNode node = new FlowNodes.Switch(discriminant, tests, bodies, defaultIndex, slot);
      List<JsNode> all = new ArrayList<>();
      if (newEnv != null) {
        all.add(newEnv);
      }
      all.addAll(lexical);
      all.add(node);
      return t.seq(all, sw);
    } finally {
      t.block = saved;
      t.fn.next = mark;
    }
  }
}
