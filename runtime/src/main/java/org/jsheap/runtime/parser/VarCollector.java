package org.jsheap.runtime.parser;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * Hoisting: the {@code var} and function-declaration names of one function body (not of nested
 * functions), and whether it uses {@code arguments} (arrows inside count, as theirs is the
 * enclosing function's).
 */
final class VarCollector extends SimpleNodeVisitor {
  final Set<String> vars = new LinkedHashSet<>();

  /** The first declaration of each var name (for error positions). */
  final java.util.Map<String, VarNode> declarations = new java.util.HashMap<>();

  boolean usesArguments;
  private final FunctionNode root;

  private VarCollector(FunctionNode root) {
    this.root = root;
  }

  static VarCollector of(FunctionNode f) {
    VarCollector c = new VarCollector(f);
    f.getBody().accept(c);
    return c;
  }

  private int nested;

  @Override
  public boolean enterFunctionNode(FunctionNode fn) {
    if (fn.getKind() == FunctionNode.Kind.ARROW) {
      nested++;
      return true;
    }
    return false;
  }

  @Override
  public org.openjdk.nashorn.internal.ir.Node leaveFunctionNode(FunctionNode fn) {
    nested--;
    return fn;
  }

  @Override
  public boolean enterVarNode(VarNode v) {
    if (!v.isBlockScoped() && nested == 0) {
      vars.add(v.getName().getName());
      declarations.putIfAbsent(v.getName().getName(), v);
    }
    return true;
  }

  @Override
  public boolean enterIdentNode(IdentNode id) {
    if ("arguments".equals(id.getName())) {
      usesArguments = true;
    }
    return true;
  }

  /** Plain distinct identifiers: no defaults, rest or patterns (mapped arguments need them). */
  static boolean simple(List<IdentNode> params) {
    Set<String> seen = new HashSet<>();
    for (IdentNode p : params) {
      if (p.isDefaultParameter()
          || p.isDestructuredParameter()
          || p.isRestParameter()
          || !seen.add(p.getName())
          || "arguments".equals(p.getName())) {
        return false;
      }
    }
    return true;
  }
}
