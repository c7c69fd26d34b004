package org.jsheap.runtime.parser;

import static org.jsheap.gc.ValueCodec.*;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.access.PropertyNodes;
import org.jsheap.runtime.nodes.call.CallNodes;
import org.jsheap.runtime.nodes.call.DirectEval;
import org.jsheap.runtime.nodes.call.SpreadCall;
import org.jsheap.runtime.nodes.expression.ArithmeticNodesFactory;
import org.jsheap.runtime.nodes.expression.BinaryNode;
import org.jsheap.runtime.nodes.expression.BinaryOpNode;
import org.jsheap.runtime.nodes.expression.BitwiseNodeGen;
import org.jsheap.runtime.nodes.expression.CompareNodeGen;
import org.jsheap.runtime.nodes.expression.LogicalNodes;
import org.jsheap.runtime.nodes.expression.RelationNodes;
import org.jsheap.runtime.nodes.expression.UnaryNodes;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.jsheap.runtime.nodes.literal.ArrayLiteral;
import org.jsheap.runtime.nodes.literal.LiteralNodes;
import org.jsheap.runtime.nodes.literal.TemplateObject;
import org.jsheap.runtime.objects.FunctionData;
import org.openjdk.nashorn.internal.ir.AccessNode;
import org.openjdk.nashorn.internal.ir.CallNode;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.IndexNode;
import org.openjdk.nashorn.internal.ir.JoinPredecessorExpression;
import org.openjdk.nashorn.internal.ir.LiteralNode;
import org.openjdk.nashorn.internal.ir.ObjectNode;
import org.openjdk.nashorn.internal.ir.TemplateLiteral;
import org.openjdk.nashorn.internal.ir.TernaryNode;
import org.openjdk.nashorn.internal.ir.UnaryNode;
import org.openjdk.nashorn.internal.parser.Lexer;
import org.openjdk.nashorn.internal.parser.TokenType;

/** Expressions. Operands that hold references across a later operand are spilled to temps. */
final class Expressions {
  private final Translator t;
  final Classes classes;

  Expressions(Translator t) {
    this.t = t;
    this.classes = new Classes(t);
  }

  JsNode expression(Expression e) {
    return t.at(translate(e), e);
  }

  /** Whether evaluating {@code e} can never collect (so an earlier operand need not spill). */
  static boolean simple(Expression e) {
    if (e instanceof JoinPredecessorExpression j) {
      return simple(j.getExpression());
    }
    return (e instanceof LiteralNode<?> l && !(l instanceof LiteralNode.ArrayLiteralNode))
        || e instanceof IdentNode;
  }

  private JsNode translate(Expression e) {
    if (e instanceof JoinPredecessorExpression j) {
      return translate(j.getExpression());
    } else if (e instanceof LiteralNode<?> l) {
      return literal(l);
    } else if (e instanceof IdentNode id) {
      return identifier(id, false);
    } else if (e instanceof AccessNode a) {
      if (a.isSuper()) {
        return classes.superProperty(new LiteralNodes.StringLiteral(t.ctx, a.getProperty()));
      }
      return new PropertyNodes.Get(t.ctx, expression(a.getBase()), a.getProperty());
    } else if (e instanceof IndexNode i) {
      if (i.isSuper()) {
        return classes.superProperty(expression(i.getIndex()));
      }
      int spill = t.temp(1);
      return new PropertyNodes.GetIndex(
          t.ctx, expression(i.getBase()), expression(i.getIndex()), spill);
    } else if (e instanceof CallNode c) {
      return call(c);
    } else if (e instanceof UnaryNode u) {
      return unary(u);
    } else if (e instanceof org.openjdk.nashorn.internal.ir.BinaryNode b) {
      return binary(b);
    } else if (e instanceof TernaryNode c) {
      return new LogicalNodes.Conditional(
          expression(c.getTest()),
          expression(c.getTrueExpression()),
          expression(c.getFalseExpression()));
    } else if (e instanceof FunctionNode f) {
      return functionLiteral(f, null);
    } else if (e instanceof ObjectNode o) {
      return classes.objectLiteral(o);
    } else if (e instanceof ClassNode c) {
      return classes.classNode(c, c.getIdent() == null ? "" : c.getIdent().getName());
    } else if (e instanceof TemplateLiteral tl) {
      return template(tl.getExpressions());
    } else if (e instanceof org.openjdk.nashorn.internal.ir.RuntimeNode r
        && r.getRequest()
            == org.openjdk.nashorn.internal.ir.RuntimeNode.Request.GET_TEMPLATE_OBJECT) {
      // Nashorn's tagged-template first argument: (raw strings, cooked strings)
      return new TemplateObject(expression(r.getArgs().get(1)), expression(r.getArgs().get(0)));
    }
    throw new UnsupportedOperationException("expression " + e.getClass().getSimpleName());
  }

  private JsNode literal(LiteralNode<?> l) {
    if (l instanceof LiteralNode.ArrayLiteralNode a) {
      return arrayLiteral(a.getElementExpressions());
    }
    Object v = l.getValue();
    if (v == null) {
      return new LiteralNodes.Constant(NULL);
    } else if (v instanceof Boolean b) {
      return new LiteralNodes.Constant(fromBoolean(b));
    } else if (v instanceof Number n) {
      return new LiteralNodes.Constant(fromNumber(n.doubleValue()));
    } else if (v instanceof String s) {
      return new LiteralNodes.StringLiteral(t.ctx, s);
    } else if (v instanceof Lexer.RegexToken r) {
      return regexp(r);
    }
    if (v.getClass().getSimpleName().equals("Undefined")) {
      return new LiteralNodes.Constant(UNDEFINED);
    }
    throw new UnsupportedOperationException("literal " + v.getClass().getSimpleName());
  }

  /** {@code /p/f} is {@code new RegExp("p", "f")} through the global (runtime-lib installs it). */
  private JsNode regexp(Lexer.RegexToken r) {
    int temp = t.temp(4);
    return new CallNodes.New(
        t.names.readStatic("RegExp"),
        new JsNode[] {
          new LiteralNodes.StringLiteral(t.ctx, r.getExpression()),
          new LiteralNodes.StringLiteral(t.ctx, r.getOptions())
        },
        temp,
        "RegExp");
  }

  JsNode identifier(IdentNode id, boolean forTypeof) {
    String name = id.getName();
    if ("$et".equals(name) && t.marks.claim(id.getStart(), Marks.Kind.LET)) {
      if (t.fn.strict) {
        throw new EarlyError("Unexpected token let", id.getStart());
      }
      name = "let";
    }
    if ("this".equals(name)) {
      if (t.derivedThis()) {
        return new FunctionNodes.DerivedThis(t.names.readStatic(SuperUses.THIS));
      }
      return new FunctionNodes.This();
    }
    if (SuperUses.NEW_TARGET_NAME.equals(name)) {
      return classes.newTarget();
    }
    if ("undefined".equals(name) && t.resolve(name).global() && !t.resolve(name).dynamic()) {
      return new LiteralNodes.Constant(UNDEFINED);
    }
    return t.readVariable(name, forTypeof);
  }

  JsNode functionLiteral(FunctionNode f, String name) {
    FunctionData data = t.function(f, name, 0);
    return new FunctionNodes.Literal(data, t.envSlot());
  }

  private JsNode arrayLiteral(List<Expression> elements) {
    int temp = t.temp(ArrayLiteral.temps());
    JsNode[] nodes = new JsNode[elements.size()];
    boolean[] spread = new boolean[elements.size()];
    for (int i = 0; i < nodes.length; i++) {
      Expression x = elements.get(i);
      if (x == null) {
        continue;
      }
      if (x instanceof UnaryNode u
          && (u.tokenType() == TokenType.SPREAD_ARRAY
              || u.tokenType() == TokenType.SPREAD_ARGUMENT)) {
        spread[i] = true;
        x = u.getExpression();
      } else if (t.patterns.rewrittenRest(x)) {
        spread[i] = true;
      }
      nodes[i] = expression(x);
    }
    return new ArrayLiteral(nodes, spread, temp);
  }

  private JsNode template(List<Expression> parts) {
    JsNode acc = new LiteralNodes.StringLiteral(t.ctx, "");
    for (Expression p : parts) {
      acc = binaryOp(acc, expression(p), ArithmeticNodesFactory.AddNodeGen.create(), true);
    }
    return acc;
  }

  // ---- calls

  private JsNode call(CallNode c) {
    List<Expression> argList = c.getArgs();
    if (!argList.isEmpty()) {
      t.trailingComma(argList.getLast(), c.getFinish());
    }
    boolean spread =
        argList.stream()
            .anyMatch(a -> a instanceof UnaryNode u && u.tokenType() == TokenType.SPREAD_ARGUMENT);
    Expression f = c.getFunction();
    if (f instanceof IdentNode id && id.isDirectSuper() || isSuperIdent(f)) {
      if (spread) {
        int temp = t.temp(3);
        return classes.bindThis(
            new CallNodes.SuperSpreadCall(
                arrayLiteral(argList), temp, classes.superCallee(), classes.newTarget()));
      }
      int temp = t.temp(2 + argList.size());
      return classes.superCall(arguments(argList), temp);
    }
    if (Captures.isDirectEval(c)) {
      int temp = t.temp(spread ? 3 : 2 + argList.size());
      JsNode receiver = null;
      JsNode callee;
      Names.Resolved r = t.resolve("eval");
      if (r.dynamic()) {
        // a call through a with object's eval property that is not the eval has that object as this
        int slot = t.temp(1);
        receiver = t.names.lookup(r, slot, "eval");
        callee = t.at(t.names.get(r, slot, "eval", false), f);
      } else {
        callee = expression(f);
      }
      JsNode[] args = spread ? new JsNode[] {arrayLiteral(argList)} : arguments(argList);
      return new DirectEval(
          receiver, callee, args, spread, temp, t.envSlot(), new EvalScope(t.block, t.fn.strict));
    }
    if (spread) {
      return spreadCall(f, argList, false);
    }
    int temp = t.temp(2 + argList.size());
    JsNode[] args = arguments(argList);
    String description = describe(f);
    if (f instanceof AccessNode a && !a.isSuper()) {
      JsNode receiver = expression(a.getBase());
      JsNode method =
          new PropertyNodes.Get(t.ctx, new LocalNodes.Read(temp + 1, null), a.getProperty());
      return new CallNodes.Call(receiver, method, args, temp, description);
    } else if (f instanceof IndexNode i && !i.isSuper()) {
      JsNode receiver = expression(i.getBase());
      int spill = t.temp(1);
      JsNode method =
          new PropertyNodes.GetIndex(
              t.ctx, new LocalNodes.Read(temp + 1, null), expression(i.getIndex()), spill);
      return new CallNodes.Call(receiver, method, args, temp, description);
    } else if (f instanceof AccessNode || f instanceof IndexNode) {
      JsNode receiver = new FunctionNodes.This();
      return new CallNodes.Call(receiver, expression(f), args, temp, description);
    }
    if (f instanceof IdentNode id && t.resolve(id.getName()).dynamic()) {
      // a call through a with object's property has that object as this
      Names.Resolved r = t.resolve(id.getName());
      int slot = t.temp(1);
      return new CallNodes.Call(
          t.names.lookup(r, slot, id.getName()),
          t.at(t.names.get(r, slot, id.getName(), false), f),
          args,
          temp,
          description);
    }
    return new CallNodes.Call(null, expression(f), args, temp, description);
  }

  private static boolean isSuperIdent(Expression f) {
    return f instanceof IdentNode id && "super".equals(id.getName());
  }

  private JsNode[] arguments(List<Expression> argList) {
    JsNode[] args = new JsNode[argList.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = expression(argList.get(i));
    }
    return args;
  }

  /** A call or {@code new} with spread arguments: the arguments become an array first. */
  JsNode spreadCall(Expression f, List<Expression> argList, boolean construct) {
    int temp = t.temp(3);
    JsNode receiver = null;
    JsNode function;
    if (!construct && f instanceof AccessNode a && !a.isSuper()) {
      receiver = expression(a.getBase());
      function = new PropertyNodes.Get(t.ctx, new LocalNodes.Read(temp + 1, null), a.getProperty());
    } else if (!construct && f instanceof IndexNode i && !i.isSuper()) {
      receiver = expression(i.getBase());
      int spill = t.temp(1);
      function =
          new PropertyNodes.GetIndex(
              t.ctx, new LocalNodes.Read(temp + 1, null), expression(i.getIndex()), spill);
    } else if (!construct && f instanceof IdentNode id && t.resolve(id.getName()).dynamic()) {
      Names.Resolved r = t.resolve(id.getName());
      int slot = t.temp(1);
      receiver = t.names.lookup(r, slot, id.getName());
      function = t.names.get(r, slot, id.getName(), false);
    } else {
      function = expression(f);
    }
    JsNode args = arrayLiteral(argList);
    return new SpreadCall(receiver, function, args, temp, construct, describe(f));
  }

  static String describe(Expression f) {
    if (f instanceof IdentNode id) {
      return id.getName();
    } else if (f instanceof AccessNode a) {
      return describe(a.getBase()) + "." + a.getProperty();
    } else if (f instanceof IndexNode i) {
      return describe(i.getBase()) + "[...]";
    }
    return "expression";
  }

  // ---- operators

  private JsNode unary(UnaryNode u) {
    TokenType op = u.tokenType();
    Expression x = u.getExpression();
    switch (op) {
      case NEW:
        return newNode((CallNode) x);
      case NOT:
        return new UnaryNodes.Not(expression(x));
      case NEG:
        return new UnaryNodes.Negate(expression(x));
      case POS:
        return new UnaryNodes.ToNumber(expression(x));
      case BIT_NOT:
        return new UnaryNodes.BitNot(expression(x));
      case VOID:
        return new UnaryNodes.Void(expression(x));
      case TYPEOF:
        return new UnaryNodes.TypeOf(
            x instanceof IdentNode id ? t.at(identifier(id, true), x) : expression(x));
      case DELETE:
        return delete(x);
      case INCPREFIX:
      case DECPREFIX:
      case INCPOSTFIX:
      case DECPOSTFIX:
        return t.patterns.update(
            x,
            op == TokenType.INCPREFIX || op == TokenType.INCPOSTFIX,
            op == TokenType.INCPREFIX || op == TokenType.DECPREFIX);
      default:
        throw new UnsupportedOperationException("unary " + op);
    }
  }

  private JsNode newNode(CallNode c) {
    List<Expression> argList = c.getArgs();
    if (!argList.isEmpty()) {
      t.trailingComma(argList.getLast(), c.getFinish());
    }
    if (argList.stream()
        .anyMatch(a -> a instanceof UnaryNode u && u.tokenType() == TokenType.SPREAD_ARGUMENT)) {
      return spreadCall(c.getFunction(), argList, true);
    }
    int temp = t.temp(2 + argList.size());
    JsNode ctor = expression(c.getFunction());
    return new CallNodes.New(ctor, arguments(argList), temp, describe(c.getFunction()));
  }

  private JsNode delete(Expression x) {
    if (x instanceof AccessNode a) {
      return new PropertyNodes.Delete(
          expression(a.getBase()),
          new LiteralNodes.StringLiteral(t.ctx, a.getProperty()),
          t.temp(2),
          t.fn.strict);
    } else if (x instanceof IndexNode i) {
      int spill = t.temp(2);
      return new PropertyNodes.Delete(
          expression(i.getBase()), expression(i.getIndex()), spill, t.fn.strict);
    } else if (x instanceof IdentNode id) {
      return t.names.delete(id.getName());
    }
    return new LogicalNodes.Sequence(new JsNode[] {expression(x), new LiteralNodes.Constant(TRUE)});
  }

  private JsNode binary(org.openjdk.nashorn.internal.ir.BinaryNode b) {
    TokenType op = b.tokenType();
    Expression l = b.lhs();
    Expression r = b.rhs();
    switch (op) {
      case ASSIGN:
        return t.patterns.assign(l, r);
      case ASSIGN_MUL:
        return t.patterns.compound(
            l,
            r,
            t.exponents.compound(b) ? ArithmeticNodesFactory.PowNodeGen.create() : operatorFor(op));
      case ASSIGN_ADD:
      case ASSIGN_SUB:
      case ASSIGN_DIV:
      case ASSIGN_MOD:
      case ASSIGN_BIT_AND:
      case ASSIGN_BIT_OR:
      case ASSIGN_BIT_XOR:
      case ASSIGN_SHL:
      case ASSIGN_SAR:
      case ASSIGN_SHR:
        return t.patterns.compound(l, r, operatorFor(op));
      case AND:
        return new LogicalNodes.And(expression(l), expression(r));
      case OR:
        return new LogicalNodes.Or(expression(l), expression(r));
      case COMMARIGHT:
        return new LogicalNodes.Sequence(new JsNode[] {expression(l), expression(r)});
      case MUL:
      case DIV:
      case MOD:
        JsNode chain = t.marks.isEmpty() ? null : t.exponents.chain(b);
        if (chain != null) {
          return chain;
        }
        return binaryOp(expression(l), expression(r), operatorFor(op), !simple(r));
      default:
        return binaryOp(expression(l), expression(r), operatorFor(op), !simple(r));
    }
  }

  JsNode binaryOp(JsNode left, JsNode right, BinaryOpNode op, boolean spill) {
    return new BinaryNode(left, right, op, spill ? t.temp(1) : -1);
  }

  static BinaryOpNode operatorFor(TokenType op) {
    return switch (op) {
      case ADD, ASSIGN_ADD -> ArithmeticNodesFactory.AddNodeGen.create();
      case SUB, ASSIGN_SUB -> ArithmeticNodesFactory.SubNodeGen.create();
      case MUL, ASSIGN_MUL -> ArithmeticNodesFactory.MulNodeGen.create();
      case DIV, ASSIGN_DIV -> ArithmeticNodesFactory.DivNodeGen.create();
      case MOD, ASSIGN_MOD -> ArithmeticNodesFactory.ModNodeGen.create();
      case BIT_AND, ASSIGN_BIT_AND -> BitwiseNodeGen.create("&");
      case BIT_OR, ASSIGN_BIT_OR -> BitwiseNodeGen.create("|");
      case BIT_XOR, ASSIGN_BIT_XOR -> BitwiseNodeGen.create("^");
      case SHL, ASSIGN_SHL -> BitwiseNodeGen.create("<<");
      case SAR, ASSIGN_SAR -> BitwiseNodeGen.create(">>");
      case SHR, ASSIGN_SHR -> BitwiseNodeGen.create(">>>");
      case LT -> CompareNodeGen.create("<");
      case GT -> CompareNodeGen.create(">");
      case LE -> CompareNodeGen.create("<=");
      case GE -> CompareNodeGen.create(">=");
      case EQ -> CompareNodeGen.create("==");
      case NE -> CompareNodeGen.create("!=");
      case EQ_STRICT -> CompareNodeGen.create("===");
      case NE_STRICT -> CompareNodeGen.create("!==");
      case INSTANCEOF -> new RelationNodes.InstanceOf();
      case IN -> new RelationNodes.In();
      default -> throw new UnsupportedOperationException("binary " + op);
    };
  }

  static List<JsNode> list() {
    return new ArrayList<>();
  }
}
