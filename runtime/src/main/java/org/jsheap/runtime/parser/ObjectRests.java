package org.jsheap.runtime.parser;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.access.LocalNodes;
import org.jsheap.runtime.nodes.literal.ObjectRest;
import org.openjdk.nashorn.internal.ir.BinaryNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.LiteralNode;
import org.openjdk.nashorn.internal.ir.ObjectNode;
import org.openjdk.nashorn.internal.ir.PropertyNode;
import org.openjdk.nashorn.internal.parser.TokenType;

/**
 * Object spread and object rest (ES2018), which {@link SourceRewrite} hands to the parser as a
 * property {@code 0: x} marked {@link Marks.Kind#OBJECT_SPREAD}. In a literal the property is a
 * spread; in a pattern it is the rest element, legal only last and, in a binding pattern, only as
 * an identifier (in an assignment pattern, any simple target but a nested pattern). The keys the
 * pattern takes before it are excluded from the rest: computed ones are converted to property keys
 * once, into temps the rest reads.
 */
final class ObjectRests {
  private final Translator t;
  private final PropertyNode rest;
  private final List<String> names = new ArrayList<>();
  private final List<Integer> keySlots = new ArrayList<>();

  ObjectRests(Translator t, ObjectNode pattern, boolean declaration) {
    this.t = t;
    List<PropertyNode> elements = pattern.getElements();
    PropertyNode last = elements.isEmpty() ? null : elements.getLast();
    this.rest = last != null && legalRest(last, declaration) && spread(t, last) ? last : null;
  }

  /** Whether {@code p} of an object literal is a spread (and claims its mark). */
  static boolean spread(Translator t, PropertyNode p) {
    return !t.marks.isEmpty()
        && p.getKey() instanceof LiteralNode<?>
        && !p.isComputed()
        && t.marks.claim(p.getKey().getStart(), Marks.Kind.OBJECT_SPREAD);
  }

  private static boolean legalRest(PropertyNode p, boolean declaration) {
    var target = p.getValue();
    if (target instanceof BinaryNode b && b.tokenType() == TokenType.ASSIGN) {
      return false;
    }
    if (declaration) {
      return target instanceof IdentNode;
    }
    return !(target instanceof ObjectNode) && !(target instanceof LiteralNode.ArrayLiteralNode);
  }

  boolean isRest(PropertyNode p) {
    return p == rest;
  }

  void named(String name) {
    if (rest != null) {
      names.add(name);
    }
  }

  /**
   * Keeps the computed key in temp {@code keySlot} (already a property key) as a string or symbol
   * for the rest; null when the pattern has no rest.
   */
  JsNode computed(int keySlot) {
    if (rest == null) {
      return null;
    }
    int slot = t.temp(1);
    keySlots.add(slot);
    return new LocalNodes.Write(
        slot, new ObjectRest.Key(new LocalNodes.Read(keySlot, null)), null, null);
  }

  JsNode rest(JsNode source) {
    return new ObjectRest(
        source,
        names.toArray(new String[0]),
        keySlots.stream().mapToInt(Integer::intValue).toArray());
  }
}
