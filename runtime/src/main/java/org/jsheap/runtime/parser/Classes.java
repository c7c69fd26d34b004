package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.call.CallNodes;
import org.jsheap.runtime.nodes.expression.LogicalNodes;
import org.jsheap.runtime.nodes.function.ClassDefinition;
import org.jsheap.runtime.nodes.function.FunctionNodes;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.nodes.function.SuperGet;
import org.jsheap.runtime.nodes.literal.ObjectLiteral;
import org.jsheap.runtime.objects.FunctionData;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.Property;
import org.openjdk.nashorn.internal.ir.ClassNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.ObjectNode;
import org.openjdk.nashorn.internal.ir.PropertyNode;

/** Object literals, classes, and {@code super}. */
final class Classes {
  private final Translator t;

  Classes(Translator t) {
    this.t = t;
  }

  JsNode objectLiteral(ObjectNode o) {
    int temp = t.temp(ObjectLiteral.temps());
    List<ObjectLiteral.Member> members = new ArrayList<>();
    for (PropertyNode p : o.getElements()) {
      if (ObjectRests.spread(t, p)) {
        members.add(new ObjectLiteral.Spread(t.expressions.expression(p.getValue())));
        continue;
      }
      if (LiteralRules.isProtoSetter(p)) {
        members.add(new ObjectLiteral.Proto(t.expressions.expression(p.getValue())));
        continue;
      }
      members.add(member(p, Property.DEFAULT, Property.ENUMERABLE | Property.CONFIGURABLE));
    }
    return new ObjectLiteral(members.toArray(new ObjectLiteral.Member[0]), temp);
  }

  private ObjectLiteral.Member member(PropertyNode p, int dataFlags, int accessorFlags) {
    String name = p.isComputed() ? null : p.getKeyName();
    JsNode keyNode = p.isComputed() ? t.expressions.expression(p.getKey()) : null;
    if (p.getGetter() != null || p.getSetter() != null) {
      JsNode getter =
          p.getGetter() == null ? null : method(p.getGetter(), name == null ? "" : "get " + name);
      JsNode setter =
          p.getSetter() == null ? null : method(p.getSetter(), name == null ? "" : "set " + name);
      return new ObjectLiteral.Accessor(name, keyNode, getter, setter, accessorFlags);
    }
    if (p.getValue() instanceof FunctionNode f && f.isMethod() && rewrittenSetter(p, f)) {
      return new ObjectLiteral.Accessor(
          name, keyNode, null, method(f, name == null ? "set" : "set " + name), accessorFlags);
    }
    if (p.getValue() instanceof FunctionNode f && f.isMethod()) {
      return new ObjectLiteral.Data(
          name, keyNode, method(f, name == null ? "" : name), true, dataFlags, name == null);
    }
    JsNode value =
        name != null
            ? t.statements.value(p.getValue(), name)
            : t.expressions.expression(p.getValue());
    return new ObjectLiteral.Data(
        name, keyNode, value, false, dataFlags, name == null && anonymous(p.getValue()));
  }

  /** IsAnonymousFunctionDefinition: a function, arrow or class expression without a name. */
  static boolean anonymous(org.openjdk.nashorn.internal.ir.Expression e) {
    if (e instanceof FunctionNode f) {
      return Translator.functionName(f).isEmpty();
    }
    return e instanceof ClassNode c && c.getIdent() == null;
  }

  /**
   * Whether method {@code f} was written as a setter with a default parameter (claims its {@link
   * Marks.Kind#SETTER} mark); a setter takes exactly one parameter, not a rest one.
   */
  private boolean rewrittenSetter(PropertyNode p, FunctionNode f) {
    if (t.marks.isEmpty() || f.getParameters().isEmpty()) {
      return false;
    }
    IdentNode first = f.getParameters().getFirst();
    if (!t.marks.claimLast(Marks.Kind.SETTER, p.getKey().getFinish(), first.getStart())) {
      return false;
    }
    if (f.getParameters().size() != 1 || first.isRestParameter()) {
      throw new EarlyError("Setter must have exactly one formal parameter", first.getStart());
    }
    t.setter = f;
    return true;
  }

  private JsNode method(FunctionNode f, String name) {
    FunctionData data = t.function(f, name, FunctionData.METHOD);
    return new FunctionNodes.Literal(data, t.envSlot());
  }

  /**
   * A class definition; a named one gets a scope of its own where its name is a const binding (in
   * its TDZ while the heritage is evaluated, initialised with the constructor).
   */
  JsNode classNode(ClassNode c, String name) {
    if (c.getIdent() == null || Translator.functionName(c.getIdent().getName()).isEmpty()) {
      return classBody(c, name);
    }
    Scopes.Block saved = t.block;
    t.block = new Scopes.Block(saved, t.fn);
    try {
      Scopes.Binding b = t.block.declare(c.getIdent().getName(), Scopes.Kind.CONST);
      List<JsNode> nodes = new ArrayList<>();
      if (t.block.envSize > 0) {
        t.block.envSlot = t.fn.allocate();
        nodes.add(
            new LocalNodes.NewEnv(
                t.block.envSlot, t.envSlot(saved), t.block.envSize, Translator.tdz(t.block)));
      } else {
        nodes.add(new LocalNodes.Init(b.slot, JsValues.TDZ));
      }
      int result = t.temp(1);
      nodes.add(new LocalNodes.Write(result, classBody(c, name), null, null));
      nodes.add(t.patterns.writeBinding(b, new LocalNodes.Read(result, null), true));
      nodes.add(new LocalNodes.Read(result, null));
      return new LogicalNodes.Sequence(nodes.toArray(new JsNode[0]));
    } finally {
      t.block = saved;
    }
  }

  private JsNode classBody(ClassNode c, String name) {
    int temp = t.temp(ClassDefinition.TEMPS);
    JsNode heritage =
        c.getClassHeritage() == null ? null : t.expressions.expression(c.getClassHeritage());
    int flags = FunctionData.CLASS_CONSTRUCTOR | FunctionData.CONSTRUCTOR;
    if (heritage != null) {
      flags |= FunctionData.DERIVED;
    }
    FunctionNode ctorFn = (FunctionNode) c.getConstructor().getValue();
    FunctionData data = t.function(ctorFn, name, flags);
    JsNode ctor = new FunctionNodes.Literal(data, t.envSlot());
    List<ObjectLiteral.Member> instance = new ArrayList<>();
    List<ObjectLiteral.Member> statics = new ArrayList<>();
    for (PropertyNode p : c.getClassElements()) {
      ObjectLiteral.Member m = member(p, Installer.METHOD, Property.CONFIGURABLE);
      (p.isStatic() ? statics : instance).add(m);
    }
    return new ClassDefinition(
        heritage,
        ctor,
        instance.toArray(new ObjectLiteral.Member[0]),
        statics.toArray(new ObjectLiteral.Member[0]),
        temp);
  }

  JsNode superProperty(JsNode key) {
    return new SuperGet(key, t.temp(1), superCallee());
  }

  JsNode superCall(JsNode[] args, int temp) {
    return bindThis(new CallNodes.SuperCall(args, temp, superCallee(), newTarget()));
  }

  /**
   * {@code super(...)} initialises a derived constructor's {@code this} binding with the object it
   * returns (a second call is a ReferenceError, after the parent ran).
   */
  JsNode bindThis(JsNode superCall) {
    if (!t.derivedThis()) {
      return superCall;
    }
    int slot = t.temp(1);
    return new FunctionNodes.BindThis(
        superCall,
        slot,
        t.names.readStatic(SuperUses.THIS),
        t.writeVariable(SuperUses.THIS, new LocalNodes.Read(slot, null), true));
  }

  /** The callee whose home object and parent class {@code super} uses here (arrows: theirs). */
  JsNode superCallee() {
    return t.fn.arrow
        ? t.readVariable(SuperUses.CALLEE, false)
        : new LocalNodes.Read(FunctionRootNode.CALLEE, null);
  }

  /** {@code new.target} here (undefined outside functions). */
  JsNode newTarget() {
    if (t.fn.program || t.resolve(SuperUses.NEW_TARGET).global()) {
      return Translator.undefinedNode();
    }
    return t.readVariable(SuperUses.NEW_TARGET, false);
  }
}
