package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.EvalNodes;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.access.MappedArguments;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.nodes.literal.LiteralNodes;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsValues;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;

/**
 * Translates one function literal: its scope (parameters, vars, Annex B names, its own name, {@code
 * arguments}, the hidden bindings of {@code super} and derived constructors, a direct eval's var
 * object), its prologue, its body and its call target. {@link Translator} holds the scope state it
 * works on.
 */
final class Functions {
  private final Translator t;
  private int mappedFunctions;

  Functions(Translator t) {
    this.t = t;
  }

  /** Translates a nested function literal into its data (call target included). */
  FunctionData function(FunctionNode f, String nameOverride, int extraFlags) {
    Scopes.Function savedFn = t.fn;
    Scopes.Block savedBlock = t.block;
    int savedCompletion = t.completion;
    t.completion = -1;
    boolean arrow = f.getKind() == FunctionNode.Kind.ARROW;
    List<IdentNode> params = f.getParameters();
    if (!params.isEmpty()
        && !params.getLast().isRestParameter()
        && f.getKind() != FunctionNode.Kind.SETTER
        && f != t.setter) {
      if (!t.marks.isEmpty()) {
        int close = t.marks.closing(params.getFirst().getStart(), params.getLast().getFinish());
        t.trailingComma(params.getLast(), close);
      }
    }
    VarCollector vars = VarCollector.of(f);
    boolean evalScope = t.evalScopes.contains(f);
    boolean usesArguments = vars.usesArguments || evalScope;
    boolean mapped = !arrow && !f.isStrict() && usesArguments && VarCollector.simple(params);
    String hiddenArgs = "%arguments" + (++mappedFunctions);
    Set<String> captured = t.capturedIn(f);
    if (mapped && params.stream().anyMatch(p -> captured.contains(p.getName()))) {
      captured.add(hiddenArgs);
    }
    SuperUses superUses = arrow ? null : SuperUses.of(f);
    boolean keepCallee = superUses != null && superUses.inArrows;
    boolean keepNewTarget =
        superUses != null
            && (superUses.newTarget
                || superUses.inArrows
                || (extraFlags & FunctionData.DERIVED) != 0);
    if (keepCallee) {
      captured.add(SuperUses.CALLEE);
      captured.add(SuperUses.NEW_TARGET);
    }
    boolean derived = (extraFlags & FunctionData.DERIVED) != 0;
    if (derived && (superUses.inArrows || superUses.thisInArrows)) {
      captured.add(SuperUses.THIS);
    }
    t.fn = new Scopes.Function(savedFn, captured, params.size(), false, arrow);
    t.fn.strict = f.isStrict();
    t.fn.derived = derived;
    t.fn.captureAll = evalScope;
    t.block = new Scopes.Block(savedBlock, t.fn);
    try {
      List<JsNode> prologue = new ArrayList<>();
      int length = 0;
      boolean defaults = false;
      Scopes.Binding[] paramBindings = new Scopes.Binding[params.size()];
      Defaults.of(f, t.defaultValues); // records default values, which name anonymous functions
      boolean[] withDefault = Parameters.defaults(f);
      boolean nonSimple = Parameters.nonSimple(params, withDefault);
      for (int i = 0; i < params.size(); i++) {
        IdentNode p = params.get(i);
        if (withDefault[i] || p.isDestructuredParameter()) {
          defaults = true;
        }
        if (!defaults && !p.isRestParameter()) {
          length++;
        }
        paramBindings[i] =
            nonSimple ? Parameters.declare(t.block, p.getName()) : declareParameter(p.getName(), i);
      }
      t.fn.annexB = AnnexB.declarations(f);
      t.fn.varBlock = t.block;
      Set<String> annexNames = AnnexB.names(t.fn.annexB);
      String selfName = Translator.functionName(f);
      Scopes.Binding self = null;
      if (!arrow
          && f.isNamedFunctionExpression()
          && !selfName.isEmpty()
          && !t.block.bindings.containsKey(selfName)
          && !vars.vars.contains(selfName)
          && !annexNames.contains(selfName)
          && !Scopes.declaresLexical(f.getBody(), selfName)) {
        self = t.block.declare(selfName, Scopes.Kind.SELF);
        self.immutable = true; // read by direct eval's dynamic writes (Names)
      }
      Set<String> bodyVars = nonSimple ? Parameters.bodyVars(f, vars.vars) : Set.of();
      for (String v : vars.vars) {
        if (!bodyVars.contains(v)) {
          t.block.declare(v, Scopes.Kind.VAR);
        }
      }
      for (String v : annexNames) {
        t.block.declare(v, Scopes.Kind.VAR);
      }
      Scopes.Binding args = null;
      if (usesArguments && !arrow && !t.block.bindings.containsKey("arguments")) {
        args = t.block.declare("arguments", Scopes.Kind.VAR);
      }
      Scopes.Binding callee =
          keepCallee ? t.block.declare(SuperUses.CALLEE, Scopes.Kind.VAR) : null;
      Scopes.Binding newTarget =
          keepNewTarget ? t.block.declare(SuperUses.NEW_TARGET, Scopes.Kind.VAR) : null;
      Scopes.Binding derivedThis =
          derived ? t.block.declare(SuperUses.THIS, Scopes.Kind.VAR) : null;
      Scopes.Binding mappedArgs = null;
      if (mapped && args != null) {
        mappedArgs = t.block.declare(hiddenArgs, Scopes.Kind.VAR);
        for (int i = 0; i < params.size(); i++) {
          paramBindings[i].mappedIndex = i;
          paramBindings[i].mappedArguments = hiddenArgs;
        }
      }
      List<JsNode> lexical = t.declareLexical(f.getBody());
      Scopes.Binding evalVarObject =
          t.directEval.contains(f) && !f.isStrict()
              ? t.block.declare(EvalScope.EVAL_VARS, Scopes.Kind.VAR)
              : null;
      if (t.block.envSize > 0) {
        t.block.envSlot = t.fn.allocate();
        prologue.add(
            new LocalNodes.NewEnv(
                t.block.envSlot, FunctionRootNode.ENV, t.block.envSize, Translator.tdz(t.block)));
      }
      if (evalVarObject != null) {
        prologue.add(t.patterns.writeBinding(evalVarObject, new EvalNodes.VarObject(), true));
        t.block.withName = EvalScope.EVAL_VARS;
      }
      List<JsNode> after = new ArrayList<>();
      for (int i = 0; i < params.size(); i++) {
        Scopes.Binding b = paramBindings[i];
        if (nonSimple) {
          if (!b.captured) {
            after.add(new LocalNodes.Init(b.slot, JsValues.TDZ));
          }
        } else if (params.get(i).isRestParameter()) {
          after.add(t.patterns.writeBinding(b, new FunctionNodes.Arguments(i, true), true));
        } else if (b.captured) {
          after.add(
              t.patterns.writeBinding(
                  b, new LocalNodes.Read(FunctionRootNode.FIRST_PARAM + i, null), true));
        }
      }
      if (self != null && t.block.bindings.get(selfName) == self) {
        after.add(
            0,
            t.patterns.writeBinding(
                self, new LocalNodes.Read(FunctionRootNode.CALLEE, null), true));
      }
      prologue.addAll(after);
      if (derivedThis != null) {
        prologue.add(
            t.patterns.writeBinding(derivedThis, new LiteralNodes.Constant(JsValues.TDZ), true));
      }
      if (callee != null) {
        prologue.add(
            t.patterns.writeBinding(
                callee, new LocalNodes.Read(FunctionRootNode.CALLEE, null), true));
      }
      if (newTarget != null) {
        prologue.add(t.patterns.writeBinding(newTarget, new FunctionNodes.NewTarget(), true));
      }
      if (mappedArgs != null) {
        prologue.add(
            t.patterns.writeBinding(mappedArgs, new FunctionNodes.Arguments(0, false), true));
        prologue.add(new MappedArguments.Attach(params.size(), t.readVariable(hiddenArgs, false)));
        prologue.add(t.patterns.writeBinding(args, t.readVariable(hiddenArgs, false), true));
      } else if (args != null) {
        prologue.add(
            t.patterns.writeBinding(
                args, new FunctionNodes.Arguments(0, false, f.isStrict() || nonSimple), true));
      }
      prologue.addAll(lexical);
      List<JsNode> body = new ArrayList<>(prologue);
      if (nonSimple) {
        new Parameters(t)
            .translate(
                params, withDefault, paramBindings, bodyVars, f.getBody().getStatements(), body);
      } else {
        body.addAll(t.blockStatements(f.getBody().getStatements()));
      }
      JsNode bodyNode = t.seq(body, f);
      if (derivedThis != null) {
        bodyNode =
            t.at(new FunctionNodes.DerivedBody(bodyNode, t.names.readStatic(SuperUses.THIS)), f);
      }
      String name = nameOverride != null ? nameOverride : Translator.functionName(f);
      int flags = extraFlags;
      if (arrow) {
        flags |= FunctionData.ARROW;
      } else if (!f.isMethod() && f.getKind() == FunctionNode.Kind.NORMAL) {
        flags |= FunctionData.CONSTRUCTOR;
      }
      FunctionData data = new FunctionData(name, length, flags, null);
      FunctionRootNode root =
          new FunctionRootNode(
              t.language,
              name,
              t.functionSection(f),
              bodyNode,
              params.size(),
              t.fn.max,
              arrow,
              f.isStrict() || f.isClassConstructor() || f.isMethod());
      data.setCallTarget(root.getCallTarget());
      return data;
    } finally {
      t.fn = savedFn;
      t.block = savedBlock;
      t.completion = savedCompletion;
    }
  }

  private Scopes.Binding declareParameter(String name, int index) {
    Scopes.Binding old = t.block.bindings.get(name);
    if (old != null) {
      if (!old.captured) {
        old.slot = FunctionRootNode.FIRST_PARAM + index; // a duplicate parameter: the last wins
      }
      return old;
    }
    boolean captured = t.fn.captures(name);
    Scopes.Binding b = new Scopes.Binding(name, Scopes.Kind.PARAM, t.block, captured);
    if (captured) {
      b.envIndex = t.block.envSize++;
    } else {
      b.slot = FunctionRootNode.FIRST_PARAM + index;
    }
    t.block.bindings.put(name, b);
    return b;
  }
}
