package org.jsheap.runtime.parser;

import static org.jsheap.gc.ValueCodec.UNDEFINED;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.EvalNodes;
import org.jsheap.runtime.nodes.access.GlobalNodes;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.access.MappedArguments;
import org.jsheap.runtime.nodes.access.WithNodes;
import org.jsheap.runtime.nodes.control.FlowNodes;
import org.jsheap.runtime.nodes.control.LoopNodes;
import org.jsheap.runtime.nodes.expression.LogicalNodes;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.nodes.literal.LiteralNodes;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsValues;
import org.openjdk.nashorn.internal.ir.Block;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.Statement;
import org.openjdk.nashorn.internal.ir.VarNode;
import org.openjdk.nashorn.internal.ir.WithNode;

/**
 * Translates Nashorn's IR to JSHeap nodes: functions and scopes here, statements in {@link
 * Statements}, expressions in {@link Expressions}, assignment targets and patterns in {@link
 * Patterns}. Holds the scope state they share.
 */
final class Translator {
  final JSHeapLanguage language;
  final JSHeapContext ctx;
  final Source source;
  final Expressions expressions;
  final Statements statements;
  final Patterns patterns;
  final Names names;
  final Marks marks;
  final Exponents exponents;
  private Map<FunctionNode, Set<String>> captures;
  private Map<WithNode, String> withNames;

  /** Functions whose bindings direct evals may reach, and those holding one themselves. */
  Set<FunctionNode> evalScopes;

  Set<FunctionNode> directEval;

  /** The completion value's slot in program and eval code; -1 in function code. */
  int completion = -1;

  /** Names eval code declares as vars of its caller's var object (their initialisers write it). */
  Set<String> evalVars = Set.of();

  Scopes.Function fn;
  Scopes.Block block;

  Translator(JSHeapLanguage language, JSHeapContext ctx, Source source, Marks marks) {
    this.language = language;
    this.marks = marks;
    this.exponents = new Exponents(this);
    this.ctx = ctx;
    this.source = source;
    this.expressions = new Expressions(this);
    this.statements = new Statements(this);
    this.patterns = new Patterns(this);
    this.names = new Names(this);
  }

  ParsedProgram translateProgram(FunctionNode program) {
    analyze(program);
    List<String> lexical = new ArrayList<>();
    List<Boolean> constant = new ArrayList<>();
    List<SourceSection> lexicalAt = new ArrayList<>();
    for (Statement s : program.getBody().getStatements()) {
      if (s instanceof VarNode v && v.isBlockScoped()) {
        lexical.add(v.getName().getName());
        constant.add(Scopes.isConst(v));
        lexicalAt.add(section(v));
      }
    }
    boolean[] constants = new boolean[constant.size()];
    for (int i = 0; i < constants.length; i++) {
      constants[i] = constant.get(i);
    }
    fn = new Scopes.Function(null, captures.get(program), 0, true, false);
    fn.strict = program.isStrict();
    fn.captureAll = evalScopes.contains(program);
    block = new Scopes.Block(null, fn);
    List<JsNode> body = new ArrayList<>();
    VarCollector collected = VarCollector.of(program);
    Set<String> vars = collected.vars;
    body.add(
        new GlobalNodes.DeclareScript(
            lexical.toArray(new String[0]),
            constants,
            lexicalAt.toArray(new SourceSection[0]),
            vars.toArray(new String[0]),
            varSections(collected)));
    for (String v : vars) {
      body.add(new GlobalNodes.Declare(v));
    }
    AnnexB.declareGlobals(this, program, body);
    body.add(startCompletion());
    body.addAll(blockStatements(program.getBody().getStatements()));
    body.add(new LocalNodes.Read(completion, null));
    JsNode node = seq(body, program);
    return new ParsedProgram(node, fn.max, source.createSection(0, source.getLength()));
  }

  /**
   * Eval code: its vars and functions are globals (as in a script), its top-level let/const/class
   * live in a block scope of their own.
   */
  ParsedProgram translateEval(FunctionNode program) {
    analyze(program);
    fn = new Scopes.Function(null, captures.get(program), 0, true, false);
    fn.strict = program.isStrict();
    fn.captureAll = evalScopes.contains(program);
    block = new Scopes.Block(null, fn);
    List<JsNode> body = new ArrayList<>();
    VarCollector collected = VarCollector.of(program);
    Set<String> vars = collected.vars;
    body.add(
        new GlobalNodes.DeclareScript(
            new String[0],
            new boolean[0],
            new SourceSection[0],
            vars.toArray(new String[0]),
            varSections(collected)));
    for (String v : vars) {
      body.add(new GlobalNodes.Declare(v));
    }
    AnnexB.declareGlobals(this, program, body);
    body.add(startCompletion());
    body.add(scopedBlock(program.getBody(), program, null));
    body.add(new LocalNodes.Read(completion, null));
    JsNode node = seq(body, program);
    return new ParsedProgram(node, fn.max, source.createSection(0, source.getLength()));
  }

  /** Direct eval code, in the scope of its call site ({@link EvalCode}). */
  ParsedProgram translateEval(FunctionNode program, EvalScope scope) {
    analyze(program);
    return new EvalCode(this).translate(program, scope);
  }

  /** Allocates the completion value's slot; the node that starts it as undefined. */
  JsNode startCompletion() {
    completion = fn.allocate();
    return new LocalNodes.Write(completion, undefinedNode(), null, null);
  }

  private void analyze(FunctionNode program) {
    Captures.Result a = Captures.analyze(program);
    captures = a.captured();
    withNames = a.withNames();
    evalScopes = a.evalScopes();
    directEval = a.directEval();
  }

  Set<String> capturedIn(FunctionNode f) {
    return captures.get(f);
  }

  /** The section of each collected var name's first declaration. */
  private SourceSection[] varSections(VarCollector c) {
    return c.vars.stream().map(n -> section(c.declarations.get(n))).toArray(SourceSection[]::new);
  }

  /** Claims the trailing comma (a rewrite) between the last item of a list and {@code end}. */
  void trailingComma(Node last, int end) {
    if (!marks.isEmpty()) {
      marks.claimLast(Marks.Kind.TRAILING_COMMA, last.getFinish(), end);
    }
  }

  // ---- functions

  /** Translates a nested function literal into its data (call target included). */
  FunctionData function(FunctionNode f, String nameOverride, int extraFlags) {
    Scopes.Function savedFn = fn;
    Scopes.Block savedBlock = block;
    int savedCompletion = completion;
    completion = -1;
    boolean arrow = f.getKind() == FunctionNode.Kind.ARROW;
    List<IdentNode> params = f.getParameters();
    if (!params.isEmpty()
        && !params.getLast().isRestParameter()
        && f.getKind() != FunctionNode.Kind.SETTER) {
      if (!marks.isEmpty()) {
        int close = marks.closing(params.getFirst().getStart(), params.getLast().getFinish());
        trailingComma(params.getLast(), close);
      }
    }
    VarCollector vars = VarCollector.of(f);
    boolean evalScope = evalScopes.contains(f);
    boolean usesArguments = vars.usesArguments || evalScope;
    boolean mapped = !arrow && !f.isStrict() && usesArguments && VarCollector.simple(params);
    String hiddenArgs = "%arguments" + (++mappedFunctions);
    Set<String> captured = captures.get(f);
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
    fn = new Scopes.Function(savedFn, captured, params.size(), false, arrow);
    fn.strict = f.isStrict();
    fn.derived = derived;
    fn.captureAll = evalScope;
    block = new Scopes.Block(savedBlock, fn);
    try {
      List<JsNode> prologue = new ArrayList<>();
      int length = 0;
      boolean defaults = false;
      Scopes.Binding[] paramBindings = new Scopes.Binding[params.size()];
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
            nonSimple ? Parameters.declare(block, p.getName()) : declareParameter(p.getName(), i);
      }
      fn.annexB = AnnexB.declarations(f);
      fn.varBlock = block;
      Set<String> annexNames = AnnexB.names(fn.annexB);
      String selfName = functionName(f);
      Scopes.Binding self = null;
      if (!arrow
          && f.isNamedFunctionExpression()
          && !selfName.isEmpty()
          && !block.bindings.containsKey(selfName)
          && !vars.vars.contains(selfName)
          && !annexNames.contains(selfName)
          && !Scopes.declaresLexical(f.getBody(), selfName)) {
        self = block.declare(selfName, Scopes.Kind.SELF);
        self.immutable = true; // read by direct eval's dynamic writes (Names)
      }
      for (String v : vars.vars) {
        block.declare(v, Scopes.Kind.VAR);
      }
      for (String v : annexNames) {
        block.declare(v, Scopes.Kind.VAR);
      }
      Scopes.Binding args = null;
      if (usesArguments && !arrow && !block.bindings.containsKey("arguments")) {
        args = block.declare("arguments", Scopes.Kind.VAR);
      }
      Scopes.Binding callee = keepCallee ? block.declare(SuperUses.CALLEE, Scopes.Kind.VAR) : null;
      Scopes.Binding newTarget =
          keepNewTarget ? block.declare(SuperUses.NEW_TARGET, Scopes.Kind.VAR) : null;
      Scopes.Binding derivedThis = derived ? block.declare(SuperUses.THIS, Scopes.Kind.VAR) : null;
      Scopes.Binding mappedArgs = null;
      if (mapped && args != null) {
        mappedArgs = block.declare(hiddenArgs, Scopes.Kind.VAR);
        for (int i = 0; i < params.size(); i++) {
          paramBindings[i].mappedIndex = i;
          paramBindings[i].mappedArguments = hiddenArgs;
        }
      }
      List<JsNode> lexical = declareLexical(f.getBody());
      Scopes.Binding evalVarObject =
          directEval.contains(f) && !f.isStrict()
              ? block.declare(EvalScope.EVAL_VARS, Scopes.Kind.VAR)
              : null;
      if (block.envSize > 0) {
        block.envSlot = fn.allocate();
        prologue.add(
            new LocalNodes.NewEnv(block.envSlot, FunctionRootNode.ENV, block.envSize, tdz(block)));
      }
      if (evalVarObject != null) {
        prologue.add(patterns.writeBinding(evalVarObject, new EvalNodes.VarObject(), true));
        block.withName = EvalScope.EVAL_VARS;
      }
      List<JsNode> after = new ArrayList<>();
      for (int i = 0; i < params.size(); i++) {
        Scopes.Binding b = paramBindings[i];
        if (nonSimple) {
          if (!b.captured) {
            after.add(new LocalNodes.Init(b.slot, JsValues.TDZ));
          }
        } else if (params.get(i).isRestParameter()) {
          after.add(patterns.writeBinding(b, new FunctionNodes.Arguments(i, true), true));
        } else if (b.captured) {
          after.add(
              patterns.writeBinding(
                  b, new LocalNodes.Read(FunctionRootNode.FIRST_PARAM + i, null), true));
        }
      }
      if (self != null && block.bindings.get(selfName) == self) {
        after.add(
            0,
            patterns.writeBinding(self, new LocalNodes.Read(FunctionRootNode.CALLEE, null), true));
      }
      prologue.addAll(after);
      if (derivedThis != null) {
        prologue.add(
            patterns.writeBinding(derivedThis, new LiteralNodes.Constant(JsValues.TDZ), true));
      }
      if (callee != null) {
        prologue.add(
            patterns.writeBinding(
                callee, new LocalNodes.Read(FunctionRootNode.CALLEE, null), true));
      }
      if (newTarget != null) {
        prologue.add(patterns.writeBinding(newTarget, new FunctionNodes.NewTarget(), true));
      }
      if (mappedArgs != null) {
        prologue.add(
            patterns.writeBinding(mappedArgs, new FunctionNodes.Arguments(0, false), true));
        prologue.add(new MappedArguments.Attach(params.size(), readVariable(hiddenArgs, false)));
        prologue.add(patterns.writeBinding(args, readVariable(hiddenArgs, false), true));
      } else if (args != null) {
        prologue.add(
            patterns.writeBinding(
                args, new FunctionNodes.Arguments(0, false, f.isStrict() || nonSimple), true));
      }
      prologue.addAll(lexical);
      List<JsNode> body = new ArrayList<>(prologue);
      if (nonSimple) {
        new Parameters(this)
            .translate(params, withDefault, paramBindings, f.getBody().getStatements(), body);
      } else {
        body.addAll(blockStatements(f.getBody().getStatements()));
      }
      JsNode bodyNode = seq(body, f);
      if (derivedThis != null) {
        bodyNode = at(new FunctionNodes.DerivedBody(bodyNode, names.readStatic(SuperUses.THIS)), f);
      }
      String name = nameOverride != null ? nameOverride : functionName(f);
      int flags = extraFlags;
      if (arrow) {
        flags |= FunctionData.ARROW;
      } else if (!f.isMethod() && f.getKind() == FunctionNode.Kind.NORMAL) {
        flags |= FunctionData.CONSTRUCTOR;
      }
      FunctionData data = new FunctionData(name, length, flags, null);
      FunctionRootNode root =
          new FunctionRootNode(
              language,
              name,
              functionSection(f),
              bodyNode,
              params.size(),
              fn.max,
              arrow,
              f.isStrict() || f.isClassConstructor() || f.isMethod());
      data.setCallTarget(root.getCallTarget());
      return data;
    } finally {
      fn = savedFn;
      block = savedBlock;
      completion = savedCompletion;
    }
  }

  private int mappedFunctions;

  /**
   * Whether {@code this} here is a derived constructor's (in it or in arrows nested in it), so it
   * reads the {@code %this} binding that {@code super(...)} initialises.
   */
  boolean derivedThis() {
    Scopes.Function f = fn;
    while (f.arrow && f.parent != null) {
      f = f.parent;
    }
    return f.derived && !resolve(SuperUses.THIS).global();
  }

  static String functionName(FunctionNode f) {
    String n = f.getIdent() == null ? "" : f.getIdent().getName();
    return f.isAnonymous() ? "" : functionName(n);
  }

  /** A source name, or "" for Nashorn's synthetic ones. */
  static String functionName(String n) {
    if (n.startsWith(":") || n.contains("\\") || n.startsWith("L:")) {
      return "";
    }
    return n;
  }

  /**
   * Whether a lexical declaration's binding is immutable: {@code const}, but not a class
   * declaration (Nashorn's {@code const C = class C {}}), whose outer binding is let-like.
   */
  private Scopes.Binding declareParameter(String name, int index) {
    Scopes.Binding old = block.bindings.get(name);
    if (old != null) {
      if (!old.captured) {
        old.slot = FunctionRootNode.FIRST_PARAM + index; // a duplicate parameter: the last wins
      }
      return old;
    }
    boolean captured = fn.captures(name);
    Scopes.Binding b = new Scopes.Binding(name, Scopes.Kind.PARAM, block, captured);
    if (captured) {
      b.envIndex = block.envSize++;
    } else {
      b.slot = FunctionRootNode.FIRST_PARAM + index;
    }
    block.bindings.put(name, b);
    return b;
  }

  // ---- blocks and lexical declarations

  /**
   * Declares the let/const/class bindings made directly in {@code b} in the current block scope and
   * returns the nodes that put locals in their temporal dead zone.
   */
  List<JsNode> declareLexical(Block b) {
    List<JsNode> init = new ArrayList<>();
    if (fn.program && block.parent == null) {
      return init;
    }
    for (Statement s : b.getStatements()) {
      if (s instanceof VarNode v && v.isBlockScoped()) {
        Scopes.Binding binding =
            block.declare(
                v.getName().getName(), Scopes.isConst(v) ? Scopes.Kind.CONST : Scopes.Kind.LET);
        if (!binding.captured) {
          init.add(new LocalNodes.Init(binding.slot, JsValues.TDZ));
        }
      }
    }
    return init;
  }

  /** The TDZ-initialised environment indices of a scope's lexical bindings. */
  static int[] tdz(Scopes.Block b) {
    return b.bindings.values().stream()
        .filter(x -> x.captured && (x.lexical() || x.tdz))
        .mapToInt(x -> x.envIndex)
        .toArray();
  }

  /** Translates a block in a new scope (with its own environment if anything is captured). */
  JsNode scopedBlock(Block b, Node at, List<Statement> statementsOverride) {
    Scopes.Block saved = block;
    int mark = fn.next;
    block = new Scopes.Block(saved, fn);
    try {
      List<JsNode> nodes = new ArrayList<>(declareLexical(b));
      if (block.envSize > 0) {
        block.envSlot = fn.allocate();
        nodes.add(
            0, new LocalNodes.NewEnv(block.envSlot, envSlot(saved), block.envSize, tdz(block)));
      }
      nodes.addAll(
          blockStatements(statementsOverride != null ? statementsOverride : b.getStatements()));
      return seq(nodes, at);
    } finally {
      block = saved;
      fn.next = mark;
    }
  }

  /** The nodes of a block's statements (with Annex B's copies: {@link AnnexB#statements}). */
  List<JsNode> blockStatements(List<Statement> list) {
    return AnnexB.statements(this, list);
  }

  /**
   * {@code with (object) body}: the object (ToObject of the expression) goes to a hidden binding of
   * a dynamic block scope around the body's own scope; names that resolve through that scope look
   * at the object first ({@link Names}).
   */
  JsNode withStatement(WithNode w) {
    int objectSlot = temp(1);
    JsNode object =
        new LocalNodes.Write(
            objectSlot,
            new WithNodes.BindingObject(expressions.expression(w.getExpression())),
            null,
            null);
    Scopes.Block saved = block;
    int mark = fn.next;
    block = new Scopes.Block(saved, fn);
    block.withName = withNames.get(w);
    try {
      Scopes.Binding b = block.declare(block.withName, Scopes.Kind.VAR);
      List<JsNode> nodes = new ArrayList<>();
      nodes.add(object);
      if (block.envSize > 0) {
        block.envSlot = fn.allocate();
        nodes.add(new LocalNodes.NewEnv(block.envSlot, envSlot(saved), block.envSize, new int[0]));
      }
      nodes.add(patterns.writeBinding(b, 0, new LocalNodes.Read(objectSlot, null), true));
      nodes.add(scopedBlock(w.getBody(), w.getBody(), null));
      return seq(nodes, w);
    } finally {
      block = saved;
      fn.next = mark;
    }
  }

  /** The activation slot holding the innermost environment of this function at {@code b}. */
  int envSlot(Scopes.Block b) {
    for (Scopes.Block x = b; x != null && x.function == fn; x = x.parent) {
      if (x.hasEnv()) {
        return x.envSlot;
      }
    }
    return FunctionRootNode.ENV;
  }

  int envSlot() {
    return envSlot(block);
  }

  // ---- name resolution (Names)

  Names.Resolved resolve(String name) {
    return names.resolve(name);
  }

  JsNode readVariable(String name, boolean forTypeof) {
    return names.read(name, forTypeof);
  }

  /** Assigns a variable ({@code init}: its declaration, which may write a const or TDZ slot). */
  JsNode writeVariable(String name, JsNode value, boolean init) {
    return names.write(name, value, init);
  }

  // ---- helpers

  /** Reserves {@code n} consecutive temporary slots until the end of the current statement. */
  int temp(int n) {
    int first = fn.next;
    for (int i = 0; i < n; i++) {
      fn.allocate();
    }
    return first;
  }

  JsNode seq(List<JsNode> nodes, Node at) {
    JsNode n =
        nodes.size() == 1 ? nodes.get(0) : new LogicalNodes.Sequence(nodes.toArray(new JsNode[0]));
    return at(n, at);
  }

  /** Gives {@code n} the source range of {@code at} (if it has none yet). */
  <T extends JsNode> T at(T n, Node at) {
    if (at != null && !n.hasSourceRange()) {
      int start = Math.max(0, Math.min(at.getStart(), source.getLength()));
      int end = Math.max(start, Math.min(at.getFinish(), source.getLength()));
      n.setSourceRange(start, end - start);
    }
    return n;
  }

  /** From the function's first token to its last (its source text, for toString and stacks). */
  SourceSection functionSection(FunctionNode f) {
    int start = org.openjdk.nashorn.internal.parser.Token.descPosition(f.getFirstToken());
    long last = f.getLastToken();
    int end =
        org.openjdk.nashorn.internal.parser.Token.descPosition(last)
            + org.openjdk.nashorn.internal.parser.Token.descLength(last);
    start = Math.max(0, Math.min(start, source.getLength()));
    end = Math.max(start, Math.min(end, source.getLength()));
    return source.createSection(start, end - start);
  }

  SourceSection section(Node at) {
    int start = Math.max(0, Math.min(at.getStart(), source.getLength()));
    int end = Math.max(start, Math.min(at.getFinish(), source.getLength()));
    return source.createSection(start, end - start);
  }

  static JsNode undefinedNode() {
    return new org.jsheap.runtime.nodes.literal.LiteralNodes.Constant(UNDEFINED);
  }

  static JsNode breakNode(String label) {
    return new LoopNodes.Break(label);
  }

  static JsNode returnNode(JsNode value) {
    return new FlowNodes.Return(value);
  }
}
