package org.jsheap.runtime.stdlib;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.builtins.BuiltinNode;
import org.jsheap.runtime.builtins.BuiltinSet;
import org.jsheap.runtime.builtins.Installer;
import org.jsheap.runtime.lib.JsonParser;
import org.jsheap.runtime.lib.JsonStringifier;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyDescriptor;
import org.jsheap.shapes.PropertyKeys;

/**
 * {@code JSON.parse} (with a reviver) and {@code JSON.stringify} (replacer function or array,
 * indent), on {@link JsonParser} and {@link JsonStringifier}. Every value the algorithms hold is a
 * value-stack slot (the stringifier's values are slot indices, released per property), so a
 * collection in a replacer, a getter or {@code toJSON} moves nothing from under them.
 */
final class JsonBuiltins implements BuiltinSet {
  @Override
  public void install(Installer in) {
    in.prototype("JSON", "ObjectPrototype");
    in.method("JSON", "parse", 2, Parse::new);
    in.method("JSON", "stringify", 3, Stringify::new);
    in.global("JSON", in.realm().intrinsic("JSON"));
  }

  /** Get(obj, key) with index keys as elements. May collect. */
  static long get(JSHeapContext ctx, long obj, String key) {
    long index = PropertyKeys.arrayIndex(key);
    return index >= 0 ? ctx.model().getElement(obj, index) : ctx.model().get(obj, key);
  }

  /** CreateDataProperty. May collect. */
  static void createData(JSHeapContext ctx, long obj, String key, long value) {
    long index = PropertyKeys.arrayIndex(key);
    if (index >= 0) {
      ctx.model().defineElement(obj, index, value, Property.DEFAULT);
    } else {
      ctx.model().define(obj, key, value, Property.DEFAULT);
    }
  }

  /** EnumerableOwnProperties(obj, key): own enumerable string keys in order. */
  static List<String> enumerableKeys(JSHeapContext ctx, long obj) {
    ObjectModel m = ctx.model();
    List<String> out = new ArrayList<>();
    for (String k : m.ownKeys(obj)) {
      if (JsValues.isArray(ctx, obj) && k.equals("length")) {
        continue;
      }
      PropertyDescriptor d = m.getOwnProperty(obj, k);
      if (d == null ? PropertyKeys.arrayIndex(k) >= 0 : d.isEnumerable()) {
        out.add(k);
      }
    }
    return out;
  }

  /** {@code JSON.parse(text, reviver)}. */
  static final class Parse extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      String text = JsValues.toJavaString(ctx, arg(frame, 0));
      long result = parse(ctx, text);
      if (!JsValues.isCallable(ctx, arg(frame, 1))) {
        return result;
      }
      return revive(ctx, result, argSlot(frame, 1));
    }

    @TruffleBoundary
    private static long parse(JSHeapContext ctx, String text) {
      Activation act = ctx.activation();
      int base = act.top();
      Builder b = new Builder(ctx);
      try {
        JsonParser.parse(text, b);
        return act.get(b.result);
      } catch (JsonParser.JsonParseException e) {
        throw JsException.error("SyntaxError", e.getMessage());
      } finally {
        act.exit(base);
      }
    }

    @TruffleBoundary
    private static long revive(JSHeapContext ctx, long result, int reviverIndex) {
      Activation act = ctx.activation();
      int w = act.enter(2);
      try {
        act.set(w + 1, result);
        act.set(w, ctx.model().newObject(ctx.realm().objectPrototype()));
        createData(ctx, act.get(w), "", act.get(w + 1));
        return internalize(ctx, w, "", reviverIndex);
      } finally {
        act.exit(w);
      }
    }

    /** InternalizeJSONProperty(holder in slot, name). May collect. */
    private static long internalize(JSHeapContext ctx, int holder, String name, int reviver) {
      Activation act = ctx.activation();
      int w = act.enter(3);
      try {
        act.set(w, get(ctx, act.get(holder), name));
        long val = act.get(w);
        if (JsValues.isObject(ctx, val)) {
          List<String> keys;
          if (JsValues.isArray(ctx, val)) {
            long n = ctx.model().arrayLength(val);
            keys = new ArrayList<>();
            for (long i = 0; i < n; i++) {
              keys.add(Long.toString(i));
            }
          } else {
            keys = enumerableKeys(ctx, val);
          }
          for (String k : keys) {
            Safepoints.pollNow(ctx);
            act.set(w + 1, internalize(ctx, w, k, reviver));
            if (act.get(w + 1) == UNDEFINED) {
              long index = PropertyKeys.arrayIndex(k);
              if (index >= 0) {
                ctx.model().deleteElement(act.get(w), index);
              } else {
                ctx.model().delete(act.get(w), k);
              }
            } else {
              createData(ctx, act.get(w), k, act.get(w + 1));
            }
          }
        }
        act.set(w + 2, ctx.strings().fromJava(name));
        return JsCalls.call(ctx, act.get(reviver), act.get(holder), act.get(w + 2), act.get(w));
      } finally {
        act.exit(w);
      }
    }
  }

  /** Builds parsed values in value-stack slots: one per open container, keys on the Java side. */
  private static final class Builder implements JsonParser.Handler {
    private final JSHeapContext ctx;
    private final Activation act;
    private final ArrayDeque<Integer> containers = new ArrayDeque<>();
    private final ArrayDeque<String> keys = new ArrayDeque<>();
    private final ArrayDeque<long[]> indices = new ArrayDeque<>();
    int result;

    Builder(JSHeapContext ctx) {
      this.ctx = ctx;
      this.act = ctx.activation();
      this.result = act.enter(1);
    }

    private long values;

    private void add(long value) {
      Safepoints.poll(ctx, ++values);
      if (containers.isEmpty()) {
        act.set(result, value);
        return;
      }
      int c = containers.peek();
      int w = act.enter(1);
      act.set(w, value);
      if (JsValues.isArray(ctx, act.get(c))) {
        long[] index = indices.peek();
        ctx.model().defineElement(act.get(c), index[0]++, act.get(w), Property.DEFAULT);
      } else {
        createData(ctx, act.get(c), keys.pop(), act.get(w));
      }
      act.exit(w);
    }

    @Override
    public void beginObject() {
      int slot = act.enter(1);
      act.set(slot, ctx.model().newObject(ctx.realm().objectPrototype()));
      containers.push(slot);
    }

    @Override
    public void key(String name) {
      keys.push(name);
    }

    @Override
    public void endObject() {
      end();
    }

    private void end() {
      int slot = containers.pop();
      long v = act.get(slot);
      act.exit(slot);
      add(v);
    }

    @Override
    public void beginArray() {
      int slot = act.enter(1);
      act.set(slot, ctx.model().newArray(ctx.realm().arrayPrototype(), 0));
      containers.push(slot);
      indices.push(new long[1]);
    }

    @Override
    public void endArray() {
      indices.pop();
      end();
    }

    @Override
    public void stringValue(String value) {
      add(ctx.strings().fromJava(value));
    }

    @Override
    public void numberValue(double value) {
      add(fromNumber(value));
    }

    @Override
    public void booleanValue(boolean value) {
      add(fromBoolean(value));
    }

    @Override
    public void nullValue() {
      add(NULL);
    }
  }

  /** {@code JSON.stringify(value, replacer, space)}. */
  static final class Stringify extends BuiltinNode {
    @Override
    public long execute(VirtualFrame frame) {
      JSHeapContext ctx = ctx();
      int valueSlot = argc(frame) > 0 ? argSlot(frame, 0) : -1;
      int replacerSlot = argc(frame) > 1 ? argSlot(frame, 1) : -1;
      String text = stringify(ctx, valueSlot, replacerSlot, arg(frame, 2));
      return text == null ? UNDEFINED : ctx.strings().fromJava(text);
    }

    @TruffleBoundary
    private static String stringify(
        JSHeapContext ctx, int valueSlot, int replacerSlot, long space) {
      Activation act = ctx.activation();
      int base = act.enter(1);
      try {
        if (valueSlot < 0) {
          valueSlot = base;
        }
        long replacer = replacerSlot < 0 ? UNDEFINED : act.get(replacerSlot);
        List<String> propertyList = null;
        boolean fn = JsValues.isCallable(ctx, replacer);
        if (!fn && JsValues.isArray(ctx, replacer)) {
          propertyList = new ArrayList<>();
          long n = ctx.model().arrayLength(replacer);
          for (long i = 0; i < n; i++) {
            long item = ctx.model().getElement(act.get(replacerSlot), i);
            if (ctx.strings().isString(item) || isNumber(item)) {
              propertyList.add(JsValues.toJavaString(ctx, item));
            } else if (JsValues.isObject(ctx, item)
                && (InternalSlots.box(ctx, item, InternalSlots.STRING) != 0
                    || InternalSlots.box(ctx, item, InternalSlots.NUMBER) != 0)) {
              propertyList.add(JsValues.toJavaString(ctx, item));
            }
          }
        }
        String gap = gap(ctx, space);
        Host host = new Host(ctx, fn ? replacerSlot : -1);
        return new JsonStringifier<>(host, propertyList, gap).stringify(valueSlot);
      } finally {
        act.exit(base);
      }
    }

    private static String gap(JSHeapContext ctx, long space) {
      if (InternalSlots.box(ctx, space, InternalSlots.NUMBER) != 0) {
        space = fromNumber(JsValues.toNumber(ctx, space));
      } else if (InternalSlots.box(ctx, space, InternalSlots.STRING) != 0) {
        space = JsValues.toStringValue(ctx, space);
      }
      if (isNumber(space)) {
        return JsonStringifier.gapFromNumber(asNumber(space));
      }
      if (ctx.strings().isString(space)) {
        return JsonStringifier.gapFromString(ctx.strings().toJava(space));
      }
      return "";
    }
  }

  /** The stringifier's host: values are absolute value-stack slots. */
  private static final class Host implements JsonStringifier.Host<Integer> {
    private final JSHeapContext ctx;
    private final Activation act;
    private final int replacer;

    Host(JSHeapContext ctx, int replacer) {
      this.ctx = ctx;
      this.act = ctx.activation();
      this.replacer = replacer;
    }

    private long values;

    private Integer slot(long value) {
      int s = act.enter(1);
      act.set(s, value);
      return s;
    }

    @Override
    public JsonStringifier.Kind kind(Integer slot) {
      Safepoints.poll(ctx, ++values);
      long v = act.get(slot);
      if (v == UNDEFINED || ctx.strings().isSymbol(v)) {
        return JsonStringifier.Kind.UNDEFINED;
      } else if (v == NULL) {
        return JsonStringifier.Kind.NULL;
      } else if (isBoolean(v)) {
        return JsonStringifier.Kind.BOOLEAN;
      } else if (isNumber(v)) {
        return JsonStringifier.Kind.NUMBER;
      } else if (ctx.strings().isString(v)) {
        return JsonStringifier.Kind.STRING;
      } else if (JsValues.isCallable(ctx, v)) {
        return JsonStringifier.Kind.CALLABLE;
      } else if (JsValues.isArray(ctx, v)) {
        return JsonStringifier.Kind.ARRAY;
      }
      return JsonStringifier.Kind.OBJECT;
    }

    @Override
    public Integer createHolder(Integer value) {
      int s = slot(ctx.model().newObject(ctx.realm().objectPrototype()));
      createData(ctx, act.get(s), "", act.get(value));
      return s;
    }

    @Override
    public Integer get(Integer holder, String key) {
      return slot(JsonBuiltins.get(ctx, act.get(holder), key));
    }

    @Override
    public long length(Integer array) {
      return ctx.model().arrayLength(act.get(array));
    }

    @Override
    public List<String> ownEnumerableKeys(Integer object) {
      return enumerableKeys(ctx, act.get(object));
    }

    @Override
    public Integer toJson(Integer value, String key) {
      long v = act.get(value);
      if (!JsValues.isObject(ctx, v)) {
        return value;
      }
      long f = ctx.model().get(v, "toJSON");
      if (!JsValues.isCallable(ctx, f)) {
        return value;
      }
      int s = slot(f);
      long k = ctx.strings().fromJava(key);
      return slot(JsCalls.call(ctx, act.get(s), act.get(value), k));
    }

    @Override
    public boolean hasReplacer() {
      return replacer >= 0;
    }

    @Override
    public Integer callReplacer(Integer holder, String key, Integer value) {
      int k = slot(ctx.strings().fromJava(key));
      return slot(
          JsCalls.call(ctx, act.get(replacer), act.get(holder), act.get(k), act.get(value)));
    }

    @Override
    public Integer unwrap(Integer value) {
      long v = act.get(value);
      if (InternalSlots.box(ctx, v, InternalSlots.NUMBER) != 0) {
        return slot(fromNumber(JsValues.toNumber(ctx, v)));
      } else if (InternalSlots.box(ctx, v, InternalSlots.STRING) != 0) {
        return slot(JsValues.toStringValue(ctx, v));
      } else if (InternalSlots.box(ctx, v, InternalSlots.BOOLEAN) != 0) {
        long box = InternalSlots.box(ctx, v, InternalSlots.BOOLEAN);
        return slot(InternalSlots.payload(ctx.heap(), box));
      }
      return value;
    }

    @Override
    public boolean sameObject(Integer a, Integer b) {
      return act.get(a) == act.get(b);
    }

    @Override
    public RuntimeException typeError(String message) {
      return JsException.typeError(message);
    }

    @Override
    public double numberValue(Integer value) {
      return asNumber(act.get(value));
    }

    @Override
    public String stringValue(Integer value) {
      return ctx.strings().toJava(act.get(value));
    }

    @Override
    public boolean booleanValue(Integer value) {
      return asBoolean(act.get(value));
    }

    @Override
    public int mark() {
      return act.top();
    }

    @Override
    public void release(int mark) {
      act.exit(mark);
    }
  }
}
