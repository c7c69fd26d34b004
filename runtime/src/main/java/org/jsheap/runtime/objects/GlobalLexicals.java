package org.jsheap.runtime.objects;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.source.SourceSection;
import java.util.HashMap;
import java.util.Map;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.Property;

/**
 * The global declarative environment record of a realm: the top-level {@code let}, {@code const}
 * and {@code class} bindings of every script run in it (files of the launcher, {@code load()},
 * indirect {@code eval}), which are not properties of the global object. A binding never goes away,
 * so a node may keep the one it found; {@link #unchanged} is invalidated whenever one is added, for
 * nodes that found none.
 */
public final class GlobalLexicals {
  /** One binding: its value cell (a root; {@link JsValues#TDZ} until initialised). */
  public static final class Binding {
    public final GlobalHandle cell;
    public final boolean constant;

    Binding(GlobalHandle cell, boolean constant) {
      this.cell = cell;
      this.constant = constant;
    }
  }

  private final Map<String, Binding> bindings = new HashMap<>();
  private volatile Assumption unchanged = newAssumption();

  private static Assumption newAssumption() {
    return Truffle.getRuntime().createAssumption("no new global lexical binding");
  }

  /** Valid while no binding has been added since it was read. */
  public Assumption unchanged() {
    return unchanged;
  }

  @TruffleBoundary
  public Binding lookup(String name) {
    return bindings.get(name);
  }

  /**
   * GlobalDeclarationInstantiation for one script: checks every name first (a SyntaxError at the
   * offending declaration, {@code lexicalAt[i]} or {@code varAt[i]}, declares nothing), then
   * creates the lexical bindings in their temporal dead zone.
   */
  @TruffleBoundary
  public void declareScript(
      JSHeapContext ctx,
      String[] lexical,
      boolean[] constant,
      SourceSection[] lexicalAt,
      String[] vars,
      SourceSection[] varAt) {
    long global = ctx.realm().global();
    for (int i = 0; i < lexical.length; i++) {
      if (bindings.containsKey(lexical[i]) || restricted(ctx, global, lexical[i])) {
        throw redeclared(lexical[i], lexicalAt[i]);
      }
    }
    for (int i = 0; i < vars.length; i++) {
      if (bindings.containsKey(vars[i])) {
        throw redeclared(vars[i], varAt[i]);
      }
    }
    if (lexical.length == 0) {
      return;
    }
    for (int i = 0; i < lexical.length; i++) {
      bindings.put(lexical[i], new Binding(ctx.heap().newGlobalHandle(JsValues.TDZ), constant[i]));
    }
    Assumption old = unchanged;
    unchanged = newAssumption();
    old.invalidate();
  }

  /** A non-configurable own property of the global object (a var, function or builtin constant). */
  private static boolean restricted(JSHeapContext ctx, long global, String name) {
    var d = ctx.model().getOwnProperty(global, name);
    return d != null && (d.flags() & Property.CONFIGURABLE) == 0;
  }

  private static JsException redeclared(String name, SourceSection at) {
    String message = "Identifier '" + name + "' has already been declared";
    if (at == null || !at.isAvailable()) {
      return JsException.error("SyntaxError", message);
    }
    return JsException.syntaxError(
        at.getSource().getName()
            + ":"
            + at.getStartLine()
            + ":"
            + at.getStartColumn()
            + " "
            + message,
        at);
  }

  /** Reads a binding's value: a ReferenceError in its temporal dead zone. */
  public static long read(Binding b, String name) {
    long v = b.cell.get();
    if (v == JsValues.TDZ) {
      throw tdz(name);
    }
    return v;
  }

  /** Assigns a binding ({@code init}: its declaration runs). */
  public static void write(Binding b, String name, long value, boolean init) {
    if (!init) {
      if (b.cell.get() == JsValues.TDZ) {
        throw tdz(name);
      }
      if (b.constant) {
        throw JsException.typeError("Assignment to constant variable '" + name + "'");
      }
    }
    b.cell.set(value);
  }

  @TruffleBoundary
  private static JsException tdz(String name) {
    return JsException.referenceError("Cannot access '" + name + "' before initialization");
  }
}
