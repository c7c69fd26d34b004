package org.jsheap.runtime.parser;

import static org.jsheap.gc.ValueCodec.*;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.Destructuring;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.access.PropertyNodes;
import org.jsheap.runtime.nodes.access.ReferenceNodes;
import org.jsheap.runtime.nodes.expression.ArithmeticNodesFactory;
import org.jsheap.runtime.nodes.expression.BinaryOpNode;
import org.jsheap.runtime.nodes.expression.LogicalNodes;
import org.jsheap.runtime.nodes.expression.UnaryNodes;
import org.jsheap.runtime.nodes.literal.LiteralNodes;
import org.openjdk.nashorn.internal.ir.AccessNode;
import org.openjdk.nashorn.internal.ir.BinaryNode;
import org.openjdk.nashorn.internal.ir.Expression;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.IndexNode;
import org.openjdk.nashorn.internal.ir.LiteralNode;
import org.openjdk.nashorn.internal.ir.ObjectNode;
import org.openjdk.nashorn.internal.ir.PropertyNode;
import org.openjdk.nashorn.internal.ir.TernaryNode;
import org.openjdk.nashorn.internal.ir.UnaryNode;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * Assignment targets: variables, properties, elements, and destructuring patterns (nested, with
 * defaults); compound assignment and {@code ++}/{@code --} evaluate the target's object and key
 * once, into temps.
 */
final class Patterns {
  private final Translator t;

  Patterns(Translator t) {
    this.t = t;
  }

  /** A target evaluated once: {@link #prepare} stores its parts, then read and write reuse them. */
  private record Ref(
      JsNode prepare,
      java.util.function.Supplier<JsNode> read,
      java.util.function.Function<JsNode, JsNode> write) {}

  private Ref reference(Expression target) {
    return reference(target, true);
  }

  /**
   * {@code convertKey}: an element's key is converted once, after RequireObjectCoercible of its
   * base, before the read of a compound assignment; a destructuring target's is converted by the
   * write.
   */
  private Ref reference(Expression target, boolean convertKey) {
    if (target instanceof IdentNode id) {
      String name = id.getName();
      Names.Resolved r = t.resolve(name);
      if (r.dynamic()) {
        // resolved once: the read and the write use the same binding object
        int slot = t.temp(1);
        return new Ref(
            t.names.lookup(r, slot, name),
            () -> t.names.get(r, slot, name, false),
            v -> t.names.put(r, slot, name, v));
      }
      return new Ref(null, () -> t.readVariable(name, false), v -> t.writeVariable(name, v, false));
    } else if (target instanceof AccessNode a) {
      int s = t.temp(1);
      String key = a.getProperty();
      return new Ref(
          new LocalNodes.Write(s, t.expressions.expression(a.getBase()), null, null),
          () -> new PropertyNodes.Get(t.ctx, new LocalNodes.Read(s, null), key),
          v ->
              new PropertyNodes.Set(
                  t.ctx, new LocalNodes.Read(s, null), key, v, t.temp(1), t.fn.strict));
    } else if (target instanceof IndexNode i) {
      int s = t.temp(2);
      JsNode prepare =
          new LogicalNodes.Sequence(
              new JsNode[] {
                new LocalNodes.Write(s, t.expressions.expression(i.getBase()), null, null),
                new LocalNodes.Write(
                    s + 1,
                    convertKey
                        ? new ReferenceNodes.PropertyKey(
                            new LocalNodes.Read(s, null), t.expressions.expression(i.getIndex()))
                        : t.expressions.expression(i.getIndex()),
                    null,
                    null)
              });
      return new Ref(
          prepare,
          () ->
              new PropertyNodes.GetIndex(
                  t.ctx, new LocalNodes.Read(s, null), new LocalNodes.Read(s + 1, null), t.temp(1)),
          v ->
              new PropertyNodes.SetIndex(
                  t.ctx,
                  new LocalNodes.Read(s, null),
                  new LocalNodes.Read(s + 1, null),
                  v,
                  t.temp(3),
                  t.fn.strict));
    }
    throw new UnsupportedOperationException("invalid assignment target");
  }

  private JsNode withPrepare(Ref r, JsNode... rest) {
    List<JsNode> nodes = new ArrayList<>();
    if (r.prepare() != null) {
      nodes.add(r.prepare());
    }
    nodes.addAll(List.of(rest));
    return nodes.size() == 1
        ? nodes.get(0)
        : new LogicalNodes.Sequence(nodes.toArray(new JsNode[0]));
  }

  /** {@code target = value}. */
  JsNode assign(Expression target, Expression value) {
    if (target instanceof IdentNode id) {
      JsNode v;
      if (t.defaultValues.contains(value) && value instanceof TernaryNode c) {
        // a default parameter value names an anonymous function after the parameter
        v =
            new LogicalNodes.Conditional(
                t.expressions.expression(c.getTest()),
                t.statements.value(Statements.unwrap(c.getTrueExpression()), id.getName()),
                t.expressions.expression(c.getFalseExpression()));
      } else if (parenthesized(id)) {
        v = t.expressions.expression(value);
      } else {
        v = t.statements.value(value, id.getName());
      }
      return t.writeVariable(id.getName(), v, false);
    } else if (target instanceof AccessNode a && !a.isSuper()) {
      int spill = t.temp(1);
      return new PropertyNodes.Set(
          t.ctx,
          t.expressions.expression(a.getBase()),
          a.getProperty(),
          t.expressions.expression(value),
          spill,
          t.fn.strict);
    } else if (target instanceof IndexNode i && !i.isSuper()) {
      int spill = t.temp(3);
      return new PropertyNodes.SetIndex(
          t.ctx,
          t.expressions.expression(i.getBase()),
          t.expressions.expression(i.getIndex()),
          t.expressions.expression(value),
          spill,
          t.fn.strict);
    }
    int s = t.temp(1);
    return new LogicalNodes.Sequence(
        new JsNode[] {
          new LocalNodes.Write(s, t.expressions.expression(value), null, null),
          assignTo(target, new LocalNodes.Read(s, null), false),
          new LocalNodes.Read(s, null)
        });
  }

  /**
   * Whether an assignment target is written in parentheses ({@code (x) = function () {}}, which is
   * no IdentifierRef, so the function gets no name): the IR drops them, the source shows them.
   */
  private boolean parenthesized(IdentNode id) {
    return LiteralRules.closeParenAt(t.source.getCharacters(), id.getFinish());
  }

  /** A destructuring declaration {@code const pattern = value} (initialises its bindings). */
  JsNode declare(Expression pattern, Expression value) {
    int s = t.temp(1);
    return new LogicalNodes.Sequence(
        new JsNode[] {
          new LocalNodes.Write(s, t.expressions.expression(value), null, null),
          assignTo(pattern, new LocalNodes.Read(s, null), true)
        });
  }

  /** {@code target op= value}. */
  JsNode compound(Expression target, Expression value, BinaryOpNode op) {
    Ref r = reference(target);
    JsNode result =
        t.expressions.binaryOp(r.read().get(), t.expressions.expression(value), op, true);
    return withPrepare(r, r.write().apply(result));
  }

  /** {@code ++x}, {@code x--} and friends. */
  JsNode update(Expression target, boolean increment, boolean prefix) {
    Ref r = reference(target);
    BinaryOpNode op =
        increment
            ? ArithmeticNodesFactory.AddNodeGen.create()
            : ArithmeticNodesFactory.SubNodeGen.create();
    JsNode one = new LiteralNodes.Constant(fromInt(1));
    JsNode old = new UnaryNodes.ToNumber(r.read().get());
    if (prefix) {
      return withPrepare(r, r.write().apply(t.expressions.binaryOp(old, one, op, false)));
    }
    int tmp = t.temp(1);
    JsNode saved = new LocalNodes.Write(tmp, old, null, null);
    return withPrepare(
        r,
        r.write().apply(t.expressions.binaryOp(saved, one, op, false)),
        new LocalNodes.Read(tmp, null));
  }

  /**
   * Assigns {@code value} (a node that may be evaluated more than once: a slot read) to a target or
   * pattern; {@code declaration}: a binding's initialisation.
   */
  JsNode assignTo(Expression target, JsNode value, boolean declaration) {
    if (target instanceof IdentNode id) {
      return t.writeVariable(id.getName(), value, declaration);
    } else if (target instanceof BinaryNode b && b.tokenType() == TokenType.ASSIGN) {
      int s = t.temp(1);
      JsNode v =
          new LocalNodes.Write(s, new LogicalNodes.DefaultValue(value, fallback(b)), null, null);
      return new LogicalNodes.Sequence(
          new JsNode[] {v, assignTo(b.lhs(), new LocalNodes.Read(s, null), declaration)});
    } else if (target instanceof ObjectNode o) {
      return objectPattern(o, value, declaration);
    } else if (target instanceof LiteralNode.ArrayLiteralNode a) {
      return arrayPattern(a.getElementExpressions(), value, declaration);
    }
    Ref r = reference(target);
    return withPrepare(r, r.write().apply(value));
  }

  /** A default value's initialiser; an anonymous function or class gets the binding's name. */
  private JsNode fallback(BinaryNode b) {
    return b.lhs() instanceof IdentNode id
        ? t.statements.value(b.rhs(), id.getName())
        : t.expressions.expression(b.rhs());
  }

  /**
   * One element or property of a pattern whose value {@code source} produces (an iterator step, a
   * property read): a property target's reference is evaluated before it, then the default, then
   * the write.
   */
  private JsNode element(Expression e, JsNode source, boolean declaration) {
    Expression target = e;
    BinaryNode withDefault = null;
    if (e instanceof BinaryNode b && b.tokenType() == TokenType.ASSIGN) {
      target = b.lhs();
      withDefault = b;
    }
    int v = t.temp(1);
    List<JsNode> nodes = new ArrayList<>();
    Ref r = null;
    if (target instanceof AccessNode || target instanceof IndexNode) {
      r = reference(target, false);
      if (r.prepare() != null) {
        nodes.add(r.prepare());
      }
    }
    nodes.add(new LocalNodes.Write(v, source, null, null));
    if (withDefault != null) {
      nodes.add(
          new LocalNodes.Write(
              v,
              new LogicalNodes.DefaultValue(new LocalNodes.Read(v, null), fallback(withDefault)),
              null,
              null));
    }
    nodes.add(
        r != null
            ? r.write().apply(new LocalNodes.Read(v, null))
            : assignTo(target, new LocalNodes.Read(v, null), declaration));
    return new LogicalNodes.Sequence(nodes.toArray(new JsNode[0]));
  }

  private JsNode objectPattern(ObjectNode o, JsNode value, boolean declaration) {
    int s = t.temp(1);
    List<JsNode> nodes = new ArrayList<>();
    nodes.add(new LocalNodes.Write(s, new Destructuring.RequireObjectCoercible(value), null, null));
    ObjectRests rests = new ObjectRests(t, o, declaration);
    for (PropertyNode p : o.getElements()) {
      JsNode get;
      if (rests.isRest(p)) {
        get = rests.rest(new LocalNodes.Read(s, null));
      } else if (p.isComputed()) {
        int k = t.temp(1);
        nodes.add(
            new LocalNodes.Write(
                k,
                new ReferenceNodes.PropertyKey(
                    new LocalNodes.Read(s, null), t.expressions.expression(p.getKey())),
                null,
                null));
        JsNode keep = rests.computed(k);
        if (keep != null) {
          nodes.add(keep);
        }
        get =
            new PropertyNodes.GetIndex(
                t.ctx, new LocalNodes.Read(s, null), new LocalNodes.Read(k, null), t.temp(1));
      } else {
        get = new PropertyNodes.Get(t.ctx, new LocalNodes.Read(s, null), p.getKeyName());
        rests.named(p.getKeyName());
      }
      nodes.add(element(p.getValue(), get, declaration));
    }
    return new LogicalNodes.Sequence(nodes.toArray(new JsNode[0]));
  }

  private JsNode arrayPattern(List<Expression> elements, JsNode value, boolean declaration) {
    int it = t.temp(4);
    List<JsNode> nodes = new ArrayList<>();
    for (Expression e : elements) {
      if (e == null) {
        nodes.add(new Destructuring.Step(it));
      } else if (e instanceof UnaryNode u && u.tokenType() == TokenType.SPREAD_ARRAY) {
        nodes.add(element(u.getExpression(), new Destructuring.Rest(it), declaration));
      } else if (rewrittenRest(e)) {
        nodes.add(element(e, new Destructuring.Rest(it), declaration));
      } else {
        nodes.add(element(e, new Destructuring.Step(it), declaration));
      }
    }
    JsNode body =
        nodes.isEmpty()
            ? Translator.undefinedNode()
            : new LogicalNodes.Sequence(nodes.toArray(new JsNode[0]));
    return new Destructuring.ArrayPattern(value, body, it);
  }

  /** Whether {@code e} was written {@code ...[a]} or {@code ...{a}} (claims its mark). */
  boolean rewrittenRest(Expression e) {
    return !t.marks.isEmpty()
        && (e instanceof ObjectNode || e instanceof LiteralNode.ArrayLiteralNode)
        && t.marks.claim(e.getStart() - 3, Marks.Kind.ARRAY_REST);
  }

  /** The names a pattern binds. */
  static List<String> boundNames(Expression pattern) {
    List<String> out = new ArrayList<>();
    collect(pattern, out);
    return out;
  }

  private static void collect(Expression e, List<String> out) {
    if (e instanceof IdentNode id) {
      out.add(id.getName());
    } else if (e instanceof BinaryNode b && b.tokenType() == TokenType.ASSIGN) {
      collect(b.lhs(), out);
    } else if (e instanceof ObjectNode o) {
      for (PropertyNode p : o.getElements()) {
        collect(p.getValue(), out);
      }
    } else if (e instanceof LiteralNode.ArrayLiteralNode a) {
      for (Expression x : a.getElementExpressions()) {
        if (x != null) {
          collect(x, out);
        }
      }
    } else if (e instanceof UnaryNode u) {
      collect(u.getExpression(), out);
    }
  }

  // ---- bindings

  JsNode writeBinding(Scopes.Binding b, JsNode value, boolean init) {
    int depth = 0;
    for (Scopes.Block x = t.block; x != null && x != b.owner; x = x.parent) {
      if (x.hasEnv()) {
        depth++;
      }
    }
    return writeBinding(b, depth, value, init);
  }

  JsNode writeBinding(Scopes.Binding b, int depth, JsNode value, boolean init) {
    if (b.kind == Scopes.Kind.SELF && !init && !t.fn.strict) {
      return value;
    }
    String constName =
        (b.kind == Scopes.Kind.CONST || b.kind == Scopes.Kind.SELF) && !init ? b.name : null;
    String tdzName = (b.lexical() || b.tdz) && !init ? b.name : null;
    if (!b.captured) {
      return new LocalNodes.Write(b.slot, value, constName, tdzName);
    }
    return new LocalNodes.EnvWrite(t.envSlot(), depth, b.envIndex, value, constName, tdzName);
  }

  static long unused() {
    return UNDEFINED;
  }
}
