package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.GlobalLexicals;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.StrictWrites;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;
import org.jsheap.shapes.nodes.GetPropertyNode;
import org.jsheap.shapes.nodes.PutPropertyNode;

/**
 * Global names: first the realm's global lexical record ({@link GlobalLexicals}: top-level
 * let/const/class), then properties of the global object, through cached shapes nodes.
 */
public final class GlobalNodes {
  private GlobalNodes() {}

  /**
   * The lexical binding a global name resolves to, cached per node: a found binding for good (they
   * are never removed), an absence while no binding has been added.
   */
  static final class LexicalCache {
    @CompilationFinal private GlobalLexicals.Binding binding;
    @CompilationFinal private Assumption absent;

    GlobalLexicals.Binding get(JsNode node, String name) {
      GlobalLexicals.Binding b = binding;
      if (b != null) {
        return b;
      }
      Assumption a = absent;
      if (a != null && a.isValid()) {
        return null;
      }
      CompilerDirectives.transferToInterpreterAndInvalidate();
      GlobalLexicals lex = JSHeapContext.get(node).realm().lexicals();
      Assumption now = lex.unchanged();
      b = lex.lookup(name);
      if (b != null) {
        binding = b;
      } else {
        absent = now;
      }
      return b;
    }
  }

  /** Reads a global; ReferenceError when absent (undefined instead under {@code typeof}). */
  public static final class Read extends JsNode {
    private final String name;
    private final boolean forTypeof;
    private final LexicalCache lexical = new LexicalCache();
    @Child private GetPropertyNode get;

    public Read(JSHeapContext ctx, String name, boolean forTypeof) {
      this.name = PropertyKeys.intern(name);
      this.forTypeof = forTypeof;
      this.get = GetPropertyNode.create(ctx.model(), this.name);
    }

    @Override
    public long execute(VirtualFrame frame) {
      GlobalLexicals.Binding b = lexical.get(this, name);
      if (b != null) {
        return GlobalLexicals.read(b, name);
      }
      var ctx = ctx();
      long global = ctx.realm().global();
      long v = get.execute(global);
      if (v == UNDEFINED && !forTypeof && !ctx.model().has(global, name)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error("ReferenceError", name + " is not defined", this);
      }
      return v;
    }
  }

  /**
   * Assigns a global (creating it in sloppy mode; in strict mode an undeclared name is a
   * ReferenceError and a refused write a TypeError); returns the value. {@code init}: the
   * declaration of a top-level let/const/class, which initialises its lexical binding.
   */
  public static final class Write extends JsNode {
    private final String name;
    private final boolean init;
    private final boolean strict;
    private final LexicalCache lexical = new LexicalCache();
    @Child private JsNode value;
    @Child private PutPropertyNode put;
    private final int spill;

    public Write(
        JSHeapContext ctx, String name, JsNode value, int spill, boolean init, boolean strict) {
      this.name = PropertyKeys.intern(name);
      this.value = value;
      this.put = PutPropertyNode.create(ctx.model(), this.name);
      this.spill = spill;
      this.init = init;
      this.strict = strict;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      GlobalLexicals.Binding b = lexical.get(this, name);
      if (b != null) {
        GlobalLexicals.write(b, name, v, init);
        return v;
      }
      int i = base(frame) + spill;
      act().set(i, v);
      var ctx = ctx();
      long global = ctx.realm().global();
      if (strict && !ctx.model().has(global, name)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.referenceError(name + " is not defined");
      }
      if (!put.execute(global, v) && strict) {
        CompilerDirectives.transferToInterpreter();
        throw StrictWrites.assignFailed(ctx, ctx.realm().global(), name);
      }
      return act().get(i);
    }
  }

  /**
   * {@code delete name} of a global name (sloppy code; strict code cannot delete a name): false for
   * a global lexical binding, the global object's [[Delete]] for its own property (false if not
   * configurable, as a {@code var} is), true for an unresolvable name.
   */
  public static final class Delete extends JsNode {
    private final String name;
    private final LexicalCache lexical = new LexicalCache();

    public Delete(String name) {
      this.name = PropertyKeys.intern(name);
    }

    @Override
    public long execute(VirtualFrame frame) {
      if (lexical.get(this, name) != null) {
        return FALSE;
      }
      var ctx = ctx();
      long global = ctx.realm().global();
      if (!ctx.model().hasOwn(global, name)) {
        return TRUE;
      }
      return fromBoolean(ctx.model().delete(global, name));
    }
  }

  /** {@code var name} at top level: defines the global as undefined unless it exists. */
  public static final class Declare extends JsNode {
    private final String name;

    public Declare(String name) {
      this.name = PropertyKeys.intern(name);
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      long global = ctx.realm().global();
      if (!ctx.model().hasOwn(global, name)) {
        ctx.model().define(global, name, UNDEFINED, Property.WRITABLE | Property.ENUMERABLE);
      }
      return UNDEFINED;
    }
  }

  /**
   * A script's global declaration instantiation: its top-level lexical names must be new to the
   * realm and its var names must not be lexical ones (else a SyntaxError before any code runs).
   */
  public static final class DeclareScript extends JsNode {
    private final String[] lexical;
    private final boolean[] constant;
    private final SourceSection[] lexicalAt;
    private final String[] vars;
    private final SourceSection[] varAt;

    /** The names, with the source sections of their declarations (for the SyntaxError). */
    public DeclareScript(
        String[] lexical,
        boolean[] constant,
        SourceSection[] lexicalAt,
        String[] vars,
        SourceSection[] varAt) {
      this.lexical = lexical;
      this.constant = constant;
      this.lexicalAt = lexicalAt;
      this.vars = vars;
      this.varAt = varAt;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      ctx.realm().lexicals().declareScript(ctx, lexical, constant, lexicalAt, vars, varAt);
      return UNDEFINED;
    }
  }
}
