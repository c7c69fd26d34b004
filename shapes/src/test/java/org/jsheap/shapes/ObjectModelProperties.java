package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * Random sequences of add / overwrite / delete / define / freeze / prevent-extensions /
 * set-prototype, with scavenges and full collections forced between steps, checked after every step
 * against a plain-Java model of JavaScript semantics and key order.
 */
class ObjectModelProperties {
  /**
   * Every property runs from this fixed seed, in CI and locally, so a run is reproducible and a
   * failure reproduces with the same command (the parent pom allows fixed seeds with {@code
   * jqwik.seeds.whenfixed = ALLOW}). To explore new cases, change the seed and run again.
   */
  static final String SEED = "20261202";

  private static final SymbolKey SYMBOL_X = new SymbolKey("x");
  private static final SymbolKey SYMBOL_Y = new SymbolKey(null);
  private static final List<Object> KEYS =
      List.of("a", "b", "c", "d", "e", "0", "3", "10", "x", SYMBOL_X, SYMBOL_Y);

  record Op(int kind, Object key, int value, int flags) {
    static final int PUT = 0;
    static final int DELETE = 1;
    static final int DEFINE = 2;
    static final int FREEZE = 3;
    static final int PREVENT = 4;
    static final int SET_PROTO = 5;
    static final int GC_YOUNG = 6;
    static final int GC_FULL = 7;
    static final int SEAL = 8;
    static final int PROTO_DEFINE = 9;
    static final int PROTO_DELETE = 10;
  }

  @Provide
  Arbitrary<Op> ops() {
    Arbitrary<Integer> kind =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(30, Arbitraries.just(Op.PUT)),
            net.jqwik.api.Tuple.of(10, Arbitraries.just(Op.DELETE)),
            net.jqwik.api.Tuple.of(10, Arbitraries.just(Op.DEFINE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.FREEZE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.SEAL)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(Op.PREVENT)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Op.SET_PROTO)),
            net.jqwik.api.Tuple.of(3, Arbitraries.just(Op.PROTO_DEFINE)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(Op.PROTO_DELETE)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(Op.GC_YOUNG)),
            net.jqwik.api.Tuple.of(3, Arbitraries.just(Op.GC_FULL)));
    return Combinators.combine(
            kind,
            Arbitraries.of(KEYS),
            Arbitraries.integers().between(-3, 3),
            Arbitraries.integers().between(0, 7))
        .as(Op::new);
  }

  @Provide
  Arbitrary<List<Op>> opLists() {
    return ops().list().ofMaxSize(60);
  }

  /** The plain-Java model: own properties in JS order, and an optional fixed prototype. */
  static final class Model {
    record Prop(long value, int flags) {}

    final TreeMap<Long, Prop> indexed = new TreeMap<>();
    final LinkedHashMap<Object, Prop> named = new LinkedHashMap<>();
    final Map<Object, Prop> proto = new LinkedHashMap<>();
    boolean hasProto;
    boolean extensible = true;

    Map<Object, Prop> all() {
      Map<Object, Prop> m = new LinkedHashMap<>();
      indexed.forEach(m::put);
      named.forEach(m::put);
      return m;
    }

    Prop own(Object key) {
      long idx = PropertyKeys.arrayIndex(key);
      return idx >= 0 ? indexed.get(idx) : named.get(key);
    }

    void setOwn(Object key, Prop p) {
      long idx = PropertyKeys.arrayIndex(key);
      if (idx >= 0) {
        indexed.put(idx, p);
      } else if (named.containsKey(key)) {
        named.replace(key, p);
      } else {
        named.put(key, p);
      }
    }

    void removeOwn(Object key) {
      long idx = PropertyKeys.arrayIndex(key);
      if (idx >= 0) {
        indexed.remove(idx);
      } else {
        named.remove(key);
      }
    }

    /** [[OwnPropertyKeys]]: indices ascending, strings, then symbols, each in insertion order. */
    List<Object> keys() {
      List<Object> out = new ArrayList<>();
      indexed.keySet().forEach(k -> out.add(Long.toString(k)));
      named.keySet().stream().filter(k -> k instanceof String).forEach(out::add);
      named.keySet().stream().filter(k -> k instanceof SymbolKey).forEach(out::add);
      return out;
    }

    long get(Object key) {
      Prop p = own(key);
      if (p == null && hasProto) {
        p = proto.get(key);
      }
      return p == null ? ValueCodec.UNDEFINED : p.value();
    }

    boolean put(Object key, long value) {
      Prop p = own(key);
      if (p != null) {
        if ((p.flags() & org.jsheap.shapes.Property.WRITABLE) == 0) {
          return false;
        }
        setOwn(key, new Prop(value, p.flags()));
        return true;
      }
      Prop inherited = hasProto ? proto.get(key) : null;
      if (inherited != null && (inherited.flags() & org.jsheap.shapes.Property.WRITABLE) == 0) {
        return false;
      }
      if (!extensible) {
        return false;
      }
      setOwn(key, new Prop(value, org.jsheap.shapes.Property.DEFAULT));
      return true;
    }

    boolean delete(Object key) {
      Prop p = own(key);
      if (p == null) {
        return true;
      }
      if ((p.flags() & org.jsheap.shapes.Property.CONFIGURABLE) == 0) {
        return false;
      }
      removeOwn(key);
      return true;
    }

    boolean define(Object key, long value, int flags) {
      Prop p = own(key);
      if (p == null) {
        if (!extensible) {
          return false;
        }
        setOwn(key, new Prop(value, flags));
        return true;
      }
      int cfg = org.jsheap.shapes.Property.CONFIGURABLE;
      if ((p.flags() & cfg) == 0) {
        int fixed = cfg | org.jsheap.shapes.Property.ENUMERABLE;
        if ((p.flags() & fixed) != (flags & fixed)) {
          return false;
        }
        if ((p.flags() & org.jsheap.shapes.Property.WRITABLE) == 0
            && ((flags & org.jsheap.shapes.Property.WRITABLE) != 0
                || !ObjectModel.sameValue(p.value(), value))) {
          return false;
        }
      }
      setOwn(key, new Prop(value, flags));
      return true;
    }

    void restrict(boolean freeze) {
      extensible = false;
      for (Object k : keys()) {
        Prop p = own(k);
        int f = p.flags() & ~org.jsheap.shapes.Property.CONFIGURABLE;
        if (freeze) {
          f &= ~org.jsheap.shapes.Property.WRITABLE;
        }
        setOwn(k, new Prop(p.value(), f));
      }
    }
  }

  @Property(tries = 200, seed = SEED)
  void fastModeObjectsBehaveLikeTheModel(@ForAll("opLists") List<Op> ops) {
    run(ops, false);
  }

  @Property(tries = 100, seed = SEED)
  void dictionaryModeObjectsBehaveLikeTheModel(@ForAll("opLists") List<Op> ops) {
    run(ops, true);
  }

  /**
   * The same sequences through long-lived access nodes (one site per key), so inline caches see the
   * object's shape, representation, dictionary mode and prototype change under them.
   */
  @Property(tries = 100, seed = SEED)
  void cachedNodeSitesBehaveLikeTheModel(@ForAll("opLists") List<Op> ops) {
    new NodeSites().run(ops);
  }

  /** Access sites that persist across steps, with a fresh heap per sequence. */
  static final class NodeSites {
    final Map<String, Object> nodes = new java.util.HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T node(String id, java.util.function.Supplier<T> create) {
      return (T) nodes.computeIfAbsent(id, k -> create.get());
    }

    void run(List<Op> ops) {
      ObjectModelProperties.run(ops, false, this);
    }
  }

  private static void run(List<Op> ops, boolean dictionary) {
    run(ops, dictionary, null);
  }

  private static void run(List<Op> ops, boolean dictionary, NodeSites sites) {
    try (Heap heap = Heap.create()) {
      ObjectModel m = new ObjectModel(heap);
      ValueStack roots = heap.newValueStack(8, 64);
      roots.push(m.newObject(ValueCodec.NULL));
      roots.push(m.newObject(ValueCodec.NULL)); // slot 1: the prototype
      m.put(roots.get(1), "b", ValueCodec.fromInt(100));
      m.define(
          roots.get(1),
          "c",
          ValueCodec.fromInt(200),
          org.jsheap.shapes.Property.ENUMERABLE | org.jsheap.shapes.Property.CONFIGURABLE);
      Model model = new Model();
      model.proto.put("b", new Model.Prop(ValueCodec.fromInt(100), 7));
      model.proto.put("c", new Model.Prop(ValueCodec.fromInt(200), 6));
      if (dictionary) {
        m.toDictionaryMode(roots.get(0));
      }
      if (sites != null) {
        // Node sites start inheriting, so their prototype-chain caches are exercised at once.
        m.setPrototype(roots.get(0), roots.get(1));
        model.hasProto = true;
      }
      int step = 0;
      for (Op op : ops) {
        long value =
            op.value() == 3
                ? ValueCodec.fromDouble(op.value() + 0.5)
                : op.value() == -3 ? ValueCodec.TRUE : ValueCodec.fromInt(op.value());
        String what = "step " + step++ + " " + op;
        switch (op.kind()) {
          case Op.PUT -> {
            boolean got =
                sites == null
                    ? m.put(roots.get(0), op.key(), value)
                    : sites
                        .node(
                            "put" + op.key(),
                            () -> org.jsheap.shapes.nodes.PutPropertyNode.create(m, op.key()))
                        .execute(roots.get(0), value);
            assertEquals(model.put(op.key(), value), got, what);
          }
          case Op.DELETE -> {
            boolean got =
                sites == null
                    ? m.delete(roots.get(0), op.key())
                    : sites
                        .node(
                            "del" + op.key(),
                            () -> org.jsheap.shapes.nodes.DeletePropertyNode.create(m, op.key()))
                        .execute(roots.get(0));
            assertEquals(model.delete(op.key()), got, what);
          }
          case Op.DEFINE -> {
            int flags = op.flags();
            boolean got =
                sites == null
                    ? m.define(roots.get(0), op.key(), value, flags)
                    : sites
                        .node(
                            "def" + op.key() + flags,
                            () ->
                                org.jsheap.shapes.nodes.DefinePropertyNode.create(
                                    m, op.key(), flags))
                        .execute(roots.get(0), value);
            assertEquals(model.define(op.key(), value, flags), got, what);
          }
          case Op.FREEZE -> {
            model.restrict(true);
            m.freeze(roots.get(0));
          }
          case Op.SEAL -> {
            model.restrict(false);
            m.seal(roots.get(0));
          }
          case Op.PREVENT -> {
            model.extensible = false;
            m.preventExtensions(roots.get(0));
          }
          case Op.SET_PROTO -> {
            boolean want = !model.hasProto;
            long proto = want ? roots.get(1) : ValueCodec.NULL;
            boolean ok = model.extensible;
            if (ok) {
              model.hasProto = want;
            }
            assertEquals(ok, m.setPrototype(roots.get(0), proto), what);
          }
          case Op.PROTO_DEFINE -> {
            // The prototype stays configurable so the model needs no redefinition rules here.
            int flags = op.flags() | org.jsheap.shapes.Property.CONFIGURABLE;
            model.proto.put(op.key(), new Model.Prop(value, flags));
            if (PropertyKeys.arrayIndex(op.key()) < 0) {
              m.define(roots.get(1), op.key(), value, flags);
            } else {
              model.proto.remove(op.key()); // elements on the prototype: covered by ArrayTest
            }
          }
          case Op.PROTO_DELETE -> {
            model.proto.remove(op.key());
            m.delete(roots.get(1), op.key());
          }
          case Op.GC_YOUNG -> heap.collectYoung();
          default -> heap.collectFull();
        }
        long obj = roots.get(0);
        assertEquals(model.keys(), m.ownPropertyKeys(obj), what);
        assertEquals(
            model.keys().stream().filter(k -> k instanceof String).toList(), m.ownKeys(obj), what);
        for (Object k : KEYS) {
          long got =
              sites == null
                  ? m.get(obj, k)
                  : sites
                      .node("get" + k, () -> org.jsheap.shapes.nodes.GetPropertyNode.create(m, k))
                      .execute(obj);
          assertEquals(ValueCodec.describe(model.get(k)), ValueCodec.describe(got), what + " " + k);
          if (sites != null) {
            boolean has =
                sites
                    .node("has" + k, () -> org.jsheap.shapes.nodes.HasPropertyNode.create(m, k))
                    .execute(obj);
            assertEquals(model.get(k) != ValueCodec.UNDEFINED, has, what + " has " + k);
          }
          Model.Prop p = model.own(k);
          PropertyDescriptor d = m.getOwnProperty(obj, k);
          assertEquals(p == null ? -1 : p.flags(), d == null ? -1 : d.flags(), what + " " + k);
        }
        assertEquals(model.extensible, m.isExtensible(obj), what);
      }
      if (!dictionary && m.isDictionaryMode(roots.get(0)) && m.toFastMode(roots.get(0))) {
        assertEquals(model.keys(), m.ownPropertyKeys(roots.get(0)));
      }
    }
  }
}
