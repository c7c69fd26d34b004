package org.jsheap.runtime.parser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.VarNode;

/**
 * Compile-time scopes. A {@link Function} owns an activation window (slot numbers); each {@link
 * Block} maps names to {@link Binding}s. A binding lives in a window slot unless a nested function
 * refers to it: then it lives in the block's heap environment, which is created on block entry and
 * linked to the environment current there.
 */
final class Scopes {
  private Scopes() {}

  /**
   * A {@code const} declaration (Nashorn marks a class declaration const too, but its binding is
   * mutable like a {@code let}: only the class's inner name binding is constant).
   */
  static boolean isConst(VarNode v) {
    return v.isConst() && !(v.getInit() instanceof ClassNode c && c.isStatement());
  }

  /** Whether {@code b} declares {@code name} with let, const or class. */
  static boolean declaresLexical(org.openjdk.nashorn.internal.ir.Block b, String name) {
    for (Statement s : b.getStatements()) {
      if (s instanceof VarNode v && v.isBlockScoped() && v.getName().getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  enum Kind {
    VAR,
    LET,
    CONST,
    PARAM,
    GLOBAL_SLOT,
    /**
     * A named function expression's own name: immutable (a write is ignored in sloppy code, a
     * TypeError in strict code).
     */
    SELF
  }

  static final class Binding {
    final String name;
    final Kind kind;
    final Block owner;
    final boolean captured;
    int slot = -1;
    int envIndex = -1;

    /** A mapped parameter's index (or -1), and its function's hidden arguments binding. */
    int mappedIndex = -1;

    String mappedArguments;

    /** A named function expression's own name: writes are ignored (a TypeError when strict). */
    boolean immutable;

    /** A parameter of a list with initialisers: in its TDZ until initialised. */
    boolean tdz;

    Binding(String name, Kind kind, Block owner, boolean captured) {
      this.name = name;
      this.kind = kind;
      this.owner = owner;
      this.captured = captured;
    }

    boolean lexical() {
      return kind == Kind.LET || kind == Kind.CONST;
    }
  }

  static final class Function {
    final Function parent;
    final Set<String> captured;
    final boolean program;
    final boolean arrow;

    /** Strict-mode code (assignment failures throw). */
    boolean strict;

    /** A derived class constructor: its {@code this} is the hidden binding {@code %this}. */
    boolean derived;

    /**
     * Contains a direct eval (itself or in a nested function): every binding is captured, so eval
     * code can reach it through the environment chain.
     */
    boolean captureAll;

    /** Eval code: its var scope is its caller's unless it is strict. */
    boolean evalCode;

    int next;
    int max;

    /**
     * Its Annex B function declarations in blocks ({@link AnnexB}), and the block holding their var
     * bindings (null in a script or eval code: they are globals).
     */
    Set<VarNode> annexB = Set.of();

    Block varBlock;

    Function(
        Function parent, Set<String> captured, int paramCount, boolean program, boolean arrow) {
      this.parent = parent;
      this.captured = captured;
      this.program = program;
      this.arrow = arrow;
      this.next = FunctionRootNode.FIRST_PARAM + paramCount;
      this.max = next;
    }

    boolean captures(String name) {
      return captureAll || captured.contains(name);
    }

    int allocate() {
      int s = next++;
      max = Math.max(max, next);
      return s;
    }
  }

  static final class Block {
    final Block parent;
    final Function function;
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    int envSlot = -1;
    int envSize;

    /**
     * A {@code with} statement's scope: the hidden binding holding its object (the scope is
     * dynamic: a name looked up through it may be the object's property), else null.
     */
    String withName;

    /** A catch clause's scope of simple parameters (eval code's vars may redeclare them). */
    boolean catchParameters;

    Block(Block parent, Function function) {
      this.parent = parent;
      this.function = function;
    }

    boolean hasEnv() {
      return envSlot >= 0;
    }

    /** Declares a binding (a redeclared var keeps the first). */
    Binding declare(String name, Kind kind) {
      Binding old = bindings.get(name);
      if (old != null) {
        return old;
      }
      boolean captured = function.captures(name);
      Binding b = new Binding(name, kind, this, captured);
      bindings.put(name, b);
      if (b.captured) {
        b.envIndex = envSize++;
      } else {
        b.slot = function.allocate();
      }
      return b;
    }
  }
}
