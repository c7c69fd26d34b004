package org.jsheap.runtime.parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.GlobalNodes;
import org.openjdk.nashorn.internal.ir.Block;
import org.openjdk.nashorn.internal.ir.CaseNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.SwitchNode;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * Annex B.3.3: in sloppy code a function (not a generator) declared in a block (or a case clause)
 * also gets a {@code var} binding of its name in the enclosing function (or script), unless a
 * {@code var} there would be an early error (a {@code let}/{@code const}/{@code class}/function of
 * that name in an enclosing block or the body) or the name is a parameter's. The binding starts
 * undefined, and takes the block's function when the declaration is evaluated (at its place in the
 * source; Nashorn hoists it to the start of its block).
 */
final class AnnexB extends SimpleNodeVisitor {
  private final FunctionNode root;
  private final Set<String> excluded;

  /** A scope's lexically declared names: all of them, and those that are not functions. */
  private record Scope(Set<String> all, Set<String> notFunctions) {}

  /** The enclosing scopes, innermost first (the body's last); a case body has none of its own. */
  private final ArrayDeque<Scope> scopes = new ArrayDeque<>();

  private static final Scope NONE = new Scope(Set.of(), Set.of());

  private final Set<Block> caseBodies = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<VarNode> found = Collections.newSetFromMap(new IdentityHashMap<>());

  private AnnexB(FunctionNode root, Set<String> excluded) {
    this.root = root;
    this.excluded = excluded;
  }

  /** The block function declarations of {@code f}'s body (not nested functions) that get a var. */
  static Set<VarNode> declarations(FunctionNode f) {
    if (f.isStrict()) {
      return Set.of();
    }
    Set<String> params = new HashSet<>();
    for (IdentNode p : f.getParameters()) {
      params.addAll(Patterns.boundNames(p));
    }
    AnnexB a = new AnnexB(f, params);
    f.getBody().accept(a);
    return a.found;
  }

  /** The names of {@code declarations}, in order. */
  static Set<String> names(Set<VarNode> declarations) {
    Set<String> out = new LinkedHashSet<>();
    for (VarNode v : declarations) {
      out.add(v.getName().getName());
    }
    return out;
  }

  /** A script's (or eval code's) Annex B functions in blocks: global vars. */
  static void declareGlobals(Translator t, FunctionNode program, List<JsNode> body) {
    t.fn.annexB = declarations(program);
    for (String n : names(t.fn.annexB)) {
      body.add(new GlobalNodes.Declare(n));
    }
  }

  /**
   * The nodes of a block's statements. An Annex B function declaration (which Nashorn hoists to the
   * start of its block) also copies the block's binding to the var binding of its name where it
   * stands in the source: before the first later statement.
   */
  static List<JsNode> statements(Translator t, List<Statement> statements) {
    List<Statement> list = inSourceOrder(statements);
    List<VarNode> pending = new ArrayList<>();
    for (Statement s : list) {
      if (s instanceof VarNode v && t.fn.annexB.contains(v)) {
        pending.add(v);
      }
    }
    List<JsNode> out = new ArrayList<>();
    for (Statement s : list) {
      if (!pending.isEmpty() && !isBlockFunction(s)) {
        for (var it = pending.iterator(); it.hasNext(); ) {
          VarNode v = it.next();
          if (v.getFinish() <= s.getStart()) {
            out.add(copy(t, v));
            it.remove();
          }
        }
      }
      out.add(t.statements.statement(s));
    }
    for (VarNode v : pending) {
      out.add(copy(t, v));
    }
    return out;
  }

  /**
   * Nashorn prepends each function declared in a block to the block, so they come in reverse order:
   * put them back in source order (of two with one name, the last wins).
   */
  private static List<Statement> inSourceOrder(List<Statement> list) {
    int n = 0;
    while (n < list.size() && isBlockFunction(list.get(n))) {
      n++;
    }
    if (n < 2) {
      return list;
    }
    List<Statement> out = new ArrayList<>(list);
    out.subList(0, n).sort(java.util.Comparator.comparingInt(Statement::getStart));
    return out;
  }

  private static JsNode copy(Translator t, VarNode v) {
    String name = v.getName().getName();
    int mark = t.fn.next;
    try {
      JsNode value = t.readVariable(name, false);
      if (t.fn.varBlock == null) {
        return t.at(new GlobalNodes.Write(t.ctx, name, value, t.temp(1), false, false), v);
      }
      return t.at(t.patterns.writeBinding(t.fn.varBlock.bindings.get(name), value, false), v);
    } finally {
      t.fn.next = mark;
    }
  }

  /** Whether {@code v} is a function declared in a block (not at a function's top level). */
  static boolean isBlockFunction(Statement s) {
    return s instanceof VarNode v && v.isFunctionDeclaration() && v.isBlockScoped();
  }

  @Override
  public boolean enterFunctionNode(FunctionNode fn) {
    return fn == root;
  }

  @Override
  public boolean enterSwitchNode(SwitchNode sw) {
    Scope scope = new Scope(new HashSet<>(), new HashSet<>());
    for (CaseNode c : sw.getCases()) {
      caseBodies.add(c.getBody());
      Scope x = scope(c.getBody().getStatements());
      scope.all().addAll(x.all());
      scope.notFunctions().addAll(x.notFunctions());
    }
    scopes.push(scope);
    return true;
  }

  @Override
  public Node leaveSwitchNode(SwitchNode sw) {
    scopes.pop();
    return sw;
  }

  @Override
  public boolean enterBlock(Block b) {
    scopes.push(caseBodies.contains(b) ? NONE : scope(b.getStatements()));
    boolean inBlock = scopes.size() > 1;
    if (!inBlock) {
      return true;
    }
    for (Statement s : b.getStatements()) {
      if (isBlockFunction(s)
          && ((VarNode) s).getInit() instanceof FunctionNode fn
          && fn.getKind() == FunctionNode.Kind.NORMAL
          && candidate((VarNode) s)) {
        found.add((VarNode) s);
      }
    }
    return true;
  }

  @Override
  public Node leaveBlock(Block b) {
    scopes.pop();
    return b;
  }

  /** Whether {@code var F} in place of the declaration would be no early error. */
  private boolean candidate(VarNode v) {
    String name = v.getName().getName();
    if (excluded.contains(name)) {
      return false;
    }
    boolean declaring = true;
    for (Scope scope : scopes) {
      if (scope == NONE) {
        continue;
      }
      // the declaring scope's functions of that name are replaced, its let/const/class are not
      if ((declaring ? scope.notFunctions() : scope.all()).contains(name)) {
        return false;
      }
      declaring = false;
    }
    return true;
  }

  private static Scope scope(List<Statement> statements) {
    Scope out = new Scope(new HashSet<>(), new HashSet<>());
    for (Statement s : statements) {
      if (s instanceof VarNode v && v.isBlockScoped()) {
        out.all().add(v.getName().getName());
        if (!v.isFunctionDeclaration()) {
          out.notFunctions().add(v.getName().getName());
        }
      }
    }
    return out;
  }
}
