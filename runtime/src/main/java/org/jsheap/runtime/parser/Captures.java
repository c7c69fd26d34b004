package org.jsheap.runtime.parser;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.openjdk.nashorn.internal.ir.CallNode;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.PropertyNode;
import org.openjdk.nashorn.internal.ir.WithNode;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * The capture pre-pass: for each function, the names referred to inside functions nested in it. A
 * binding whose name is in its function's set goes to a heap environment (conservative: a nested
 * function's own local of the same name also counts).
 *
 * <p>It also names each {@code with} statement's hidden binding (its object: {@link #withNames}),
 * which counts as captured in the function holding the {@code with} when a function nested in the
 * statement refers to any name (that name may resolve through the object).
 */
final class Captures extends SimpleNodeVisitor {
  /** The prefix of a {@code with} statement's hidden binding. */
  static final String WITH_PREFIX = "%with";

  private final Map<FunctionNode, Set<String>> inner = new HashMap<>();
  private final Map<WithNode, String> withNames = new IdentityHashMap<>();
  private final ArrayDeque<FunctionNode> stack = new ArrayDeque<>();

  /** The {@code with} statements being visited, innermost first, and their functions. */
  private final ArrayDeque<WithNode> withs = new ArrayDeque<>();

  private final Map<WithNode, FunctionNode> withOwners = new IdentityHashMap<>();

  /** Functions with a direct eval in their body or in a nested function's. */
  private final Set<FunctionNode> evalScopes =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Functions with a direct eval in their own body (not only in nested functions). */
  private final Set<FunctionNode> directEval =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * The names captured per function, the hidden binding name of each {@code with}, the functions
   * whose bindings a direct eval may reach, and those holding a direct eval themselves.
   */
  record Result(
      Map<FunctionNode, Set<String>> captured,
      Map<WithNode, String> withNames,
      Set<FunctionNode> evalScopes,
      Set<FunctionNode> directEval) {}

  static Result analyze(FunctionNode program) {
    Captures c = new Captures();
    program.accept(c);
    return new Result(c.inner, c.withNames, c.evalScopes, c.directEval);
  }

  /**
   * {@code eval(...)}: a call through the plain name {@code eval} (a direct eval if it is %eval%).
   */
  static boolean isDirectEval(CallNode call) {
    return call.getFunction() instanceof IdentNode id && "eval".equals(id.getName());
  }

  @Override
  public boolean enterCallNode(CallNode call) {
    if (isDirectEval(call)) {
      evalScopes.addAll(stack);
      directEval.add(stack.peek());
    }
    return true;
  }

  static Map<FunctionNode, Set<String>> of(FunctionNode program) {
    return analyze(program).captured();
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

  @Override
  public boolean enterWithNode(WithNode w) {
    // the object expression is outside the with scope
    w.getExpression().accept(this);
    withNames.put(w, WITH_PREFIX + withNames.size());
    withOwners.put(w, stack.peek());
    withs.push(w);
    w.getBody().accept(this);
    withs.pop();
    return false;
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
        continue;
      }
      inner.get(f).add(id.getName());
    }
    FunctionNode current = stack.peek();
    for (WithNode w : withs) {
      FunctionNode owner = withOwners.get(w);
      if (owner != current) {
        inner.get(owner).add(withNames.get(w));
      }
    }
    return true;
  }
}
