package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.ValueCodec;

/** A contract subject backed by an object of the gc heap, held in a value-stack slot. */
final class HeapSubject implements AbstractPropertySemanticsContract.Subject {
  private final HeapFixture fx;
  private final int slot;

  HeapSubject(HeapFixture fx, long obj) {
    this.fx = fx;
    this.slot = fx.keep(obj);
  }

  long ref() {
    return fx.ref(slot);
  }

  static long encode(Object v) {
    if (v == AbstractPropertySemanticsContract.UNDEFINED) {
      return ValueCodec.UNDEFINED;
    } else if (v instanceof Integer i) {
      return ValueCodec.fromInt(i);
    } else if (v instanceof Double d) {
      return ValueCodec.fromDouble(d);
    } else if (v instanceof Boolean b) {
      return ValueCodec.fromBoolean(b);
    }
    throw new IllegalArgumentException(String.valueOf(v));
  }

  static Object decode(long v) {
    if (ValueCodec.isUndefined(v)) {
      return AbstractPropertySemanticsContract.UNDEFINED;
    } else if (ValueCodec.isInt(v)) {
      return ValueCodec.asInt(v);
    } else if (ValueCodec.isDouble(v)) {
      return ValueCodec.asDouble(v);
    } else if (ValueCodec.isBoolean(v)) {
      return ValueCodec.asBoolean(v);
    }
    throw new IllegalArgumentException(ValueCodec.describe(v));
  }

  @Override
  public Object get(Object key) {
    return decode(fx.model.get(ref(), key));
  }

  @Override
  public void put(Object key, Object value) {
    fx.model.put(ref(), key, encode(value));
  }

  @Override
  public boolean has(Object key) {
    return fx.model.has(ref(), key);
  }

  @Override
  public boolean delete(Object key) {
    return fx.model.delete(ref(), key);
  }

  @Override
  public void define(Object key, Object value, int flags) {
    fx.model.define(ref(), key, encode(value), flags);
  }

  @Override
  public int flags(Object key) {
    return fx.model.getOwnProperty(ref(), key).flags();
  }

  @Override
  public List<Object> keys() {
    List<Object> out = new ArrayList<>(fx.model.ownKeys(ref()));
    out.remove("length");
    out.addAll(fx.model.ownSymbolKeys(ref()));
    assertEquals(
        out, fx.model.ownPropertyKeys(ref()).stream().filter(k -> !"length".equals(k)).toList());
    return out;
  }

  @Override
  public void collect() {
    fx.heap.collectYoung();
    fx.heap.collectFull();
  }
}
