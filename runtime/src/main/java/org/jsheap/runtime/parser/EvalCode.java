package org.jsheap.runtime.parser;

import com.oracle.truffle.api.source.SourceSection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.EvalNodes;
import org.jsheap.runtime.nodes.access.GlobalNodes;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.objects.JsException;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.Statement;

/**
 * Direct eval code (ES2015 18.2.1.1, EvalDeclarationInstantiation): translated in the scope of its
 * call site. Its own scope's parent is the call site's block, so a name resolves through the
 * caller's blocks (all in heap environments, {@link Scopes.Function#captureAll}) before globals;
 * {@code this} and {@code arguments} are the caller's. Strict eval code keeps its vars in its own
 * scope. Sloppy eval code declares its vars in the caller's var scope: at the global level as
 * globals, in a function as properties of the function's var object ({@link EvalScope#EVAL_VARS}, a
 * dynamic scope like a {@code with} object) unless the function already binds the name there. A var
 * that a lexical declaration between the call site and that scope already binds is a SyntaxError.
 */
final class EvalCode {
  private final Translator t;

  EvalCode(Translator t) {
    this.t = t;
  }

  ParsedProgram translate(FunctionNode program, EvalScope scope) {
    Scopes.Block caller = scope.block;
    Scopes.Function fn =
        new Scopes.Function(caller.function, t.capturedIn(program), 0, false, true);
    fn.strict = program.isStrict();
    fn.evalCode = true;
    fn.captureAll = t.evalScopes.contains(program);
    t.fn = fn;
    t.block = new Scopes.Block(caller, fn);
    VarCollector collected = VarCollector.of(program);
    List<JsNode> body = new ArrayList<>();
    Scopes.Block varScope = varScope(caller);
    if (fn.strict) {
      for (String v : collected.vars) {
        t.block.declare(v, Scopes.Kind.VAR);
      }
    } else {
      for (String v : collected.vars) {
        checkNoLexical(caller, varScope, v, collected);
      }
    }
    List<JsNode> lexical = t.declareLexical(program.getBody());
    if (t.block.envSize > 0) {
      t.block.envSlot = fn.allocate();
      body.add(
          new LocalNodes.NewEnv(
              t.block.envSlot, FunctionRootNode.ENV, t.block.envSize, Translator.tdz(t.block)));
    }
    body.addAll(lexical);
    if (!fn.strict) {
      if (varScope == null) {
        Set<String> vars = collected.vars;
        body.add(
            new GlobalNodes.DeclareScript(
                new String[0],
                new boolean[0],
                new SourceSection[0],
                vars.toArray(new String[0]),
                vars.stream()
                    .map(n -> t.section(collected.declarations.get(n)))
                    .toArray(SourceSection[]::new)));
        for (String v : vars) {
          body.add(new GlobalNodes.Declare(v));
        }
      } else if (varScope.bindings.containsKey(EvalScope.EVAL_VARS)) {
        Set<String> added = new LinkedHashSet<>();
        for (String v : collected.vars) {
          if (!varScope.bindings.containsKey(v)) {
            added.add(v);
          }
        }
        if (!added.isEmpty()) {
          t.evalVars = added;
          body.add(
              new EvalNodes.DeclareVars(
                  added.toArray(new String[0]), t.names.readStatic(EvalScope.EVAL_VARS)));
        }
      }
    }
    body.add(t.startCompletion());
    for (Statement s : program.getBody().getStatements()) {
      body.add(t.statements.statement(s));
    }
    body.add(new LocalNodes.Read(t.completion, null));
    JsNode node = t.seq(body, program);
    return new ParsedProgram(node, fn.max, t.source.createSection(0, t.source.getLength()));
  }

  /**
   * The top block of the function whose var scope sloppy eval code at {@code b} declares in
   * (through enclosing eval code), or null at the global level.
   */
  private static Scopes.Block varScope(Scopes.Block b) {
    Scopes.Block x = b;
    while (x != null) {
      Scopes.Function f = x.function;
      Scopes.Block top = x;
      while (top.parent != null && top.parent.function == f) {
        top = top.parent;
      }
      if (f.program) {
        return null;
      }
      if (!f.evalCode || f.strict) {
        return top;
      }
      x = top.parent;
    }
    return null;
  }

  /** A var of sloppy eval code may not be a lexical name of the scopes it is hoisted through. */
  private void checkNoLexical(
      Scopes.Block caller, Scopes.Block varScope, String name, VarCollector collected) {
    for (Scopes.Block b = caller; b != null; b = b.parent) {
      Scopes.Binding x = b.bindings.get(name);
      if (x != null && x.lexical() && !b.catchParameters) {
        throw JsException.syntaxError(
            "Identifier '" + name + "' has already been declared",
            t.section(collected.declarations.get(name)));
      }
      if (b == varScope) {
        return;
      }
    }
  }
}
