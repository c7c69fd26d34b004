package org.jsheap.runtime.nodes.literal;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.HashSet;
import java.util.Set;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;

/**
 * The rest element of an object pattern ({@code {a, [k]: b, ...rest} = o}): a new object with the
 * source's own enumerable properties except the keys the pattern took, named ones constant and
 * computed ones read, already converted to property keys, from their temps. Also {@link
 * #copyDataProperties} (CopyDataProperties, 7.3.25) for object spread. May collect.
 */
public final class ObjectRest extends JsNode {
  @Child private JsNode source;
  private final Object[] names;
  private final int[] keySlots;

  public ObjectRest(JsNode source, String[] names, int[] keySlots) {
    this.source = source;
    this.names = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = PropertyKeys.internKey(names[i]);
    }
    this.keySlots = keySlots;
  }

  @Override
  public long execute(VirtualFrame frame) {
    var ctx = ctx();
    var act = act();
    int w = act.enter(2);
    try {
      act.set(w, source.execute(frame));
      if (act.get(w) == NULL || act.get(w) == UNDEFINED) {
        throw JsException.typeError("Cannot destructure " + JsValues.toJavaString(ctx, act.get(w)));
      }
      long[] keys = new long[keySlots.length];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = act.get(base(frame) + keySlots[i]);
      }
      act.set(w + 1, ctx.model().newObjectLiteral(ctx.realm().objectPrototype(), 0));
      copyDataProperties(ctx, w, w + 1, excluded(ctx, keys));
      return act.get(w + 1);
    } finally {
      act.exit(w);
    }
  }

  @TruffleBoundary
  private Set<Object> excluded(JSHeapContext ctx, long[] keys) {
    Set<Object> out = new HashSet<>(Set.of(names));
    for (long k : keys) {
      out.add(JsValues.toPropertyKey(ctx, k));
    }
    return out;
  }

  /**
   * Defines on the object in slot {@code dstIndex} the own enumerable properties of the value in
   * slot {@code srcIndex} whose keys are not {@code excluded} (null and undefined have none).
   */
  @TruffleBoundary
  public static void copyDataProperties(
      JSHeapContext ctx, int srcIndex, int dstIndex, Set<Object> excluded) {
    Activation act = ctx.activation();
    var m = ctx.model();
    long src = act.get(srcIndex);
    if (ctx.strings().isString(src)) {
      String s = ctx.strings().toJava(src);
      for (int i = 0; i < s.length(); i++) {
        if (!excluded.contains(PropertyKeys.internKey(String.valueOf(i)))) {
          m.putElement(act.get(dstIndex), i, ctx.constantString(String.valueOf(s.charAt(i))));
        }
      }
      return;
    }
    if (!JsValues.isObject(ctx, src)) {
      return;
    }
    for (Object key : m.ownPropertyKeys(src)) {
      if (excluded.contains(key)) {
        continue;
      }
      var d = m.getOwnProperty(act.get(srcIndex), key);
      if (d == null || !d.isEnumerable()) {
        continue;
      }
      long v = m.get(act.get(srcIndex), key);
      m.define(act.get(dstIndex), key, v, Property.DEFAULT);
    }
  }

  /** The value of a computed key converted to a property key (a symbol or a string), once. */
  public static final class Key extends JsNode {
    @Child private JsNode key;

    public Key(JsNode key) {
      this.key = key;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      long v = key.execute(frame);
      return ctx.strings().isSymbol(v) ? v : JsValues.toStringValue(ctx, v);
    }
  }
}
