package org.jsheap.shapes;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract run against Truffle's {@code DynamicObject} (through the uncached {@code
 * DynamicObjectLibrary}; the {@code DynamicObject.GetNode} family is 25.1+, newer than our 25.0.1)
 * as the reference for the semantics both support: insertion order, overwrite, delete, flags.
 */
class DynamicObjectContractTest extends AbstractPropertySemanticsContract {
  static final class TestObject extends DynamicObject {
    TestObject(com.oracle.truffle.api.object.Shape shape) {
      super(shape);
    }
  }

  private static final com.oracle.truffle.api.object.Shape ROOT =
      com.oracle.truffle.api.object.Shape.newBuilder().build();

  @Override
  boolean jsSemantics() {
    return false;
  }

  @Override
  Subject newSubject() {
    DynamicObject obj = new TestObject(ROOT);
    DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
    return new Subject() {
      @Override
      public Object get(Object key) {
        return lib.getOrDefault(obj, key, UNDEFINED);
      }

      @Override
      public void put(Object key, Object value) {
        if (lib.containsKey(obj, key)) {
          lib.put(obj, key, value);
        } else {
          lib.putWithFlags(obj, key, value, Property.DEFAULT);
        }
      }

      @Override
      public boolean has(Object key) {
        return lib.containsKey(obj, key);
      }

      @Override
      public boolean delete(Object key) {
        lib.removeKey(obj, key);
        return true;
      }

      @Override
      public void define(Object key, Object value, int flags) {
        lib.putWithFlags(obj, key, value, flags);
      }

      @Override
      public int flags(Object key) {
        return lib.getPropertyFlagsOrDefault(obj, key, -1);
      }

      @Override
      public List<Object> keys() {
        return new ArrayList<>(List.of(lib.getKeyArray(obj)));
      }

      @Override
      public void collect() {}
    };
  }
}
