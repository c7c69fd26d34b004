package org.jsheap.runtime.parser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsheap.runtime.nodes.function.FunctionRootNode;

/**
 * Compile-time scopes. A {@link Function} owns an activation window (slot numbers); each {@link
 * Block} maps names to {@link Binding}s. A binding lives in a window slot unless a nested function
 * refers to it: then it lives in the block's heap environment, which is created on block entry and
 * linked to the environment current there.
 */
final class Scopes {
  private Scopes() {}

  enum Kind {
    VAR,
    LET,
    CONST,
    PARAM,
    GLOBAL_SLOT
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

    int next;
    int max;

    Function(
        Function parent, Set<String> captured, int paramCount, boolean program, boolean arrow) {
      this.parent = parent;
      this.captured = captured;
      this.program = program;
      this.arrow = arrow;
      this.next = FunctionRootNode.FIRST_PARAM + paramCount;
      this.max = next;
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
      boolean captured = function.captured.contains(name);
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
