package org.jsheap.runtime.parser;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.PropertyNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * The capture pre-pass: for each function, the names referred to inside functions nested in it. A
 * binding whose name is in its function's set goes to a heap environment (conservative: a nested
 * function's own local of the same name also counts).
 */
final class Captures extends SimpleNodeVisitor {
  private final Map<FunctionNode, Set<String>> inner = new HashMap<>();
  private final ArrayDeque<FunctionNode> stack = new ArrayDeque<>();

  static Map<FunctionNode, Set<String>> of(FunctionNode program) {
    Captures c = new Captures();
    program.accept(c);
    return c.inner;
  }

  @Override
  public boolean enterFunctionNode(FunctionNode fn) {
    stack.push(fn);
    inner.computeIfAbsent(fn, k -> new HashSet<>());
    return true;
  }

  @Override
  public Node leaveFunctionNode(FunctionNode fn) {
    stack.pop();
    return fn;
  }

  /** Class bodies are not visited by Nashorn's ClassNode.accept: walk them by hand. */
  @Override
  public boolean enterClassNode(ClassNode c) {
    if (c.getClassHeritage() != null) {
      c.getClassHeritage().accept(this);
    }
    if (c.getConstructor() != null) {
      visitProperty(c.getConstructor());
    }
    for (PropertyNode p : c.getClassElements()) {
      visitProperty(p);
    }
    return false;
  }

  private void visitProperty(PropertyNode p) {
    if (p.getKey() != null) {
      p.getKey().accept(this);
    }
    for (Node n : new Node[] {p.getValue(), p.getGetter(), p.getSetter()}) {
      if (n != null) {
        n.accept(this);
      }
    }
  }

  @Override
  public boolean enterIdentNode(IdentNode id) {
    boolean first = true;
    for (FunctionNode f : stack) {
      if (first) {
        first = false;
        if (f.getKind() == FunctionNode.Kind.ARROW && "arguments".equals(id.getName())) {
          continue;
        }
        continue;
      }
      inner.get(f).add(id.getName());
    }
    return true;
  }
}
