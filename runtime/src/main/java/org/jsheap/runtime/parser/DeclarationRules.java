package org.jsheap.runtime.parser;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.Block;
import org.openjdk.nashorn.internal.ir.CaseNode;
import org.openjdk.nashorn.internal.ir.CatchNode;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.SwitchNode;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * Early errors of declarations (ECMA-262 14.2.1, 14.12.1, 15.2.1, 16.1.1): a name lexically
 * declared twice in one scope (block, case block, for head, function body, script), a lexical name
 * also declared by a {@code var} in the same scope or one nested in it (the var hoists through the
 * block), a function body's lexical name that is also a parameter, a catch block's lexical name
 * that is also the catch parameter, and {@code let} or a strict reserved word as a class name.
 *
 * <p>Nashorn's IR keeps each {@code let}/{@code const}/{@code class} and block-level function
 * declaration as a block-scoped {@code VarNode} in the block that holds it (a for head's in a
 * synthetic block around the loop, a switch's in its case bodies), and a {@code var} where it was
 * written. Sloppy code may declare one function twice in a block (Annex B.3.3.4).
 */
final class DeclarationRules extends SimpleNodeVisitor {
  private enum Kind {
    LEXICAL,
    CLASS,
    FUNCTION
  }

  /** One scope of lexical names; a boundary (function body, parameters, script) stops vars. */
  private static final class Scope {
    final Scope parent;
    final boolean boundary;
    final Map<String, Kind> lexical = new HashMap<>();
    final Map<String, Integer> positions = new HashMap<>();
    Set<String> params = Collections.emptySet();

    Scope(Scope parent, boolean boundary) {
      this.parent = parent;
      this.boundary = boundary;
    }
  }

  /** Strict-mode reserved words (12.7.2) and {@code let}: never a class's name. */
  static final Set<String> STRICT_RESERVED =
      Set.of(
          "implements",
          "interface",
          "let",
          "package",
          "private",
          "protected",
          "public",
          "static",
          "yield");

  private Scope scope;
  private final Set<Block> caseBodies = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<Block, Set<String>> catchParams = new IdentityHashMap<>();
  private final Map<Block, Boolean> pushed = new IdentityHashMap<>();

  static void check(FunctionNode program) {
    program.accept(new DeclarationRules());
  }

  @Override
  public boolean enterBlock(Block b) {
    if (caseBodies.contains(b)) {
      pushed.put(b, false);
      return true;
    }
    boolean boundary = b.isFunctionBody() || b.isParameterBlock();
    Scope s = new Scope(scope, boundary);
    if (b.isParameterBlock()) {
      s.params = parameterNames(lc.getCurrentFunction(), b);
    } else if (b.isFunctionBody()) {
      s.params =
          scope != null && scope.boundary && scope.params != null && isInnerBody(b)
              ? scope.params
              : parameterNames(lc.getCurrentFunction(), null);
    } else if (catchParams.containsKey(b)) {
      s.params = catchParams.get(b);
    }
    scope = s;
    pushed.put(b, true);
    boolean strict = lc.getCurrentFunction().isStrict();
    for (Statement st : b.getStatements()) {
      declare(st, strict);
    }
    return true;
  }

  /** Whether {@code b} is the body of a function whose parameter block is the current scope. */
  private boolean isInnerBody(Block b) {
    return lc.getCurrentFunction().getBody() != b;
  }

  @Override
  public Node leaveBlock(Block b) {
    if (Boolean.TRUE.equals(pushed.remove(b))) {
      scope = scope.parent;
    }
    return b;
  }

  @Override
  public boolean enterSwitchNode(SwitchNode sw) {
    scope = new Scope(scope, false);
    boolean strict = lc.getCurrentFunction().isStrict();
    for (CaseNode c : sw.getCases()) {
      caseBodies.add(c.getBody());
      for (Statement st : c.getBody().getStatements()) {
        declare(st, strict);
      }
    }
    return true;
  }

  @Override
  public Node leaveSwitchNode(SwitchNode sw) {
    scope = scope.parent;
    for (CaseNode c : sw.getCases()) {
      caseBodies.remove(c.getBody());
    }
    return sw;
  }

  @Override
  public boolean enterCatchNode(CatchNode c) {
    if (c.getException() != null) {
      catchParams.put(c.getBody(), new HashSet<>(Patterns.boundNames(c.getException())));
    }
    return true;
  }

  @Override
  public Node leaveCatchNode(CatchNode c) {
    catchParams.remove(c.getBody());
    return c;
  }

  @Override
  public boolean enterVarNode(VarNode v) {
    if (v.isBlockScoped()) {
      return true;
    }
    String name = v.getName().getName();
    for (Scope s = scope; s != null; s = s.parent) {
      if (s.lexical.containsKey(name)) {
        throw new EarlyError(
            "Identifier '" + name + "' has already been declared", v.getName().getStart());
      }
      if (s.boundary) {
        break;
      }
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

  private void declare(Statement st, boolean strict) {
    if (!(st instanceof VarNode v) || !v.isBlockScoped()) {
      return;
    }
    String name = v.getName().getName();
    Kind kind =
        v.isFunctionDeclaration()
            ? Kind.FUNCTION
            : v.getInit() instanceof ClassNode ? Kind.CLASS : Kind.LEXICAL;
    int at = v.getName().getStart();
    if (kind == Kind.CLASS && STRICT_RESERVED.contains(name)) {
      throw new EarlyError("Unexpected strict mode reserved word '" + name + "'", at);
    }
    if ("let".equals(name)) {
      throw new EarlyError("let is disallowed as a lexically bound name", at);
    }
    Integer previous = scope.positions.put(name, at);
    if (previous != null && previous == at) {
      return; // one name of a pattern whose rest element Nashorn declares twice
    }
    Kind old = scope.lexical.put(name, kind);
    boolean annexB = old == Kind.FUNCTION && kind == Kind.FUNCTION && !strict && !scope.boundary;
    if ((old != null && !annexB) || scope.params.contains(name)) {
      // Nashorn may hoist a later function declaration first: report the later of the two.
      throw new EarlyError(
          "Identifier '" + name + "' has already been declared",
          previous == null ? at : Math.max(at, previous));
    }
  }

  /**
   * The names a function's parameters bind: plain identifiers, and with a parameter block (default
   * values, patterns) the names its destructuring declarations bind.
   */
  static Set<String> parameterNames(FunctionNode f, Block parameterBlock) {
    Set<String> names = new HashSet<>();
    for (IdentNode p : f.getParameters()) {
      if (!p.isDestructuredParameter()) {
        names.add(p.getName());
      }
    }
    if (parameterBlock != null) {
      for (Statement st : parameterBlock.getStatements()) {
        if (st instanceof VarNode v && !v.isBlockScoped()) {
          names.add(v.getName().getName());
        }
      }
    }
    return names;
  }
}
