package org.jsheap.bench.shapes;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import org.jsheap.shapes.nodes.PropertyAccessNode;

/**
 * The {@link NodeProgram}s on Truffle's {@link DynamicObject}, each access through a {@link
 * DynamicObjectLibrary} child created with {@code createDispatched(limit)}: limit 1 for monomorphic
 * sites (as {@code DynamicObjectBaselineBenchmark}), JSHeap's {@link
 * PropertyAccessNode#CACHE_LIMIT} for polymorphic and megamorphic ones. DynamicObject has no
 * prototypes, dictionary mode or elements, so those programs do what a Truffle language built on it
 * does (docs/performance.md): the prototype is a hidden property read on a miss; the "dictionary"
 * object simply has {@value NodeProgram#DICTIONARY_PROPERTIES} properties; elements are an {@code
 * int[]} in a property.
 */
final class DynamicObjectLoops {
  private DynamicObjectLoops() {}

  static final String X = "x";
  static final String PROTO = "__proto__";
  static final String ELEMENTS = "elements";

  /** Returned by getOrDefault when a property is absent. */
  static final Object ABSENT = new Object();

  static CountedLoopNode create(DynamicObjectBenchLanguage lang, NodeProgram program) {
    Shape root = lang.rootShape;
    DynamicObjectLibrary uncached = DynamicObjectLibrary.getUncached();
    String name = "dynamicobject-" + program.source;
    return switch (program) {
      case MONOMORPHIC_GET -> {
        BenchObject o = new BenchObject(root);
        uncached.put(o, X, 7);
        yield new GetLoop(lang, name, new DynamicObject[] {o}, 1);
      }
      case MONOMORPHIC_PUT -> {
        BenchObject o = new BenchObject(root);
        uncached.put(o, X, 0);
        yield new PutLoop(lang, name, o);
      }
      case MONOMORPHIC_PUT_REFERENCE -> {
        BenchObject a = new BenchObject(root);
        BenchObject b = new BenchObject(root);
        BenchObject o = new BenchObject(root);
        uncached.put(o, X, a);
        yield new PutReferenceLoop(lang, name, o, a, b);
      }
      case POLYMORPHIC_GET -> {
        DynamicObject[] objects = new DynamicObject[NodeProgram.POLYMORPHIC_SHAPES];
        for (int j = 0; j < objects.length; j++) {
          objects[j] = new BenchObject(root);
          for (int k = 0; k < j; k++) {
            uncached.put(objects[j], "f" + k, k);
          }
          uncached.put(objects[j], X, j + 1);
        }
        yield new GetLoop(lang, name, objects, PropertyAccessNode.CACHE_LIMIT);
      }
      case MEGAMORPHIC_GET -> {
        DynamicObject[] objects = new DynamicObject[NodeProgram.MEGAMORPHIC_SHAPES];
        for (int j = 0; j < objects.length; j++) {
          objects[j] = new BenchObject(root);
          uncached.put(objects[j], "u" + j, j);
          for (int k = 0; k < j % 4; k++) {
            uncached.put(objects[j], "f" + k, k);
          }
          uncached.put(objects[j], X, j);
        }
        yield new GetLoop(lang, name, objects, PropertyAccessNode.CACHE_LIMIT);
      }
      case ADD_PROPERTIES -> new AddPropertiesLoop(lang, name, root);
      case PROTOTYPE_GET -> {
        BenchObject proto = new BenchObject(root);
        uncached.put(proto, X, 7);
        BenchObject o = new BenchObject(root);
        uncached.put(o, PROTO, proto);
        yield new PrototypeGetLoop(lang, name, o);
      }
      case DICTIONARY_GET -> {
        BenchObject o = new BenchObject(root);
        uncached.put(o, X, 7);
        for (int k = 1; k < NodeProgram.DICTIONARY_PROPERTIES; k++) {
          uncached.put(o, "p" + k, k);
        }
        yield new GetLoop(lang, name, new DynamicObject[] {o}, 1);
      }
      case ELEMENT_GET -> new ElementGetLoop(lang, name, intArray(root));
      case ELEMENT_PUT -> new ElementPutLoop(lang, name, intArray(root));
    };
  }

  private static BenchObject intArray(Shape root) {
    int[] elements = new int[NodeProgram.ARRAY_LENGTH];
    for (int k = 0; k < elements.length; k++) {
      elements[k] = k;
    }
    BenchObject a = new BenchObject(root);
    DynamicObjectLibrary.getUncached().put(a, ELEMENTS, elements);
    return a;
  }

  /** Sums {@code x} of {@code receivers[i % n]}; n is 1, 4 or 128 (a power of two). */
  static final class GetLoop extends CountedLoopNode {
    private final DynamicObject[] receivers;
    private final int mask;
    @Child private DynamicObjectLibrary objects;

    GetLoop(DynamicObjectBenchLanguage lang, String name, DynamicObject[] receivers, int limit) {
      super(lang, name);
      this.receivers = receivers;
      this.mask = receivers.length - 1;
      this.objects = DynamicObjectLibrary.getFactory().createDispatched(limit);
    }

    @Override
    int loop(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        sum += (Integer) objects.getOrDefault(receivers[i & mask], X, 0);
      }
      return sum;
    }
  }

  /** Writes {@code x = i} to one object, then reads it back. */
  static final class PutLoop extends CountedLoopNode {
    private final DynamicObject receiver;

    @Child
    private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(1);

    PutLoop(DynamicObjectBenchLanguage lang, String name, DynamicObject receiver) {
      super(lang, name);
      this.receiver = receiver;
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        objects.put(receiver, X, i);
      }
      return (Integer) objects.getOrDefault(receiver, X, 0);
    }
  }

  /** Stores one of two objects into {@code x} of one object. */
  static final class PutReferenceLoop extends CountedLoopNode {
    private final DynamicObject receiver;
    private final DynamicObject a;
    private final DynamicObject b;

    @Child
    private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(1);

    PutReferenceLoop(
        DynamicObjectBenchLanguage lang,
        String name,
        DynamicObject receiver,
        DynamicObject a,
        DynamicObject b) {
      super(lang, name);
      this.receiver = receiver;
      this.a = a;
      this.b = b;
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        objects.put(receiver, X, (i & 1) == 0 ? a : b);
      }
      return objects.getOrDefault(receiver, X, ABSENT) == a ? 1 : 2;
    }
  }

  /**
   * Allocates an object and adds x, y and z. Each object escapes into {@link #last} (a JSHeap
   * object lives in the heap whether or not the loop keeps it), so escape analysis cannot remove
   * the allocation.
   */
  static final class AddPropertiesLoop extends CountedLoopNode {
    private final Shape root;
    private DynamicObject last;

    @Child
    private DynamicObjectLibrary putX = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary putY = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary putZ = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary getX = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary getY = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary getZ = DynamicObjectLibrary.getFactory().createDispatched(1);

    AddPropertiesLoop(DynamicObjectBenchLanguage lang, String name, Shape root) {
      super(lang, name);
      this.root = root;
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        BenchObject o = new BenchObject(root);
        putX.put(o, X, i);
        putY.put(o, "y", 1);
        putZ.put(o, "z", 2);
        last = o;
      }
      DynamicObject o = last;
      return (Integer) getX.getOrDefault(o, X, 0)
          + (Integer) getY.getOrDefault(o, "y", 0)
          + (Integer) getZ.getOrDefault(o, "z", 0);
    }
  }

  /** Reads {@code x} that the object does not have, then from its {@code __proto__}. */
  static final class PrototypeGetLoop extends CountedLoopNode {
    private final DynamicObject receiver;
    @Child private DynamicObjectLibrary own = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary protoOf = DynamicObjectLibrary.getFactory().createDispatched(1);

    @Child
    private DynamicObjectLibrary inherited = DynamicObjectLibrary.getFactory().createDispatched(1);

    PrototypeGetLoop(DynamicObjectBenchLanguage lang, String name, DynamicObject receiver) {
      super(lang, name);
      this.receiver = receiver;
    }

    @Override
    int loop(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        Object v = own.getOrDefault(receiver, X, ABSENT);
        if (v == ABSENT) {
          DynamicObject proto = (DynamicObject) protoOf.getOrDefault(receiver, PROTO, null);
          v = inherited.getOrDefault(proto, X, 0);
        }
        sum += (Integer) v;
      }
      return sum;
    }
  }

  /** Sums {@code a[i % 1024]} of an int array held in the object's {@code elements}. */
  static final class ElementGetLoop extends CountedLoopNode {
    private final DynamicObject array;

    @Child
    private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(1);

    ElementGetLoop(DynamicObjectBenchLanguage lang, String name, DynamicObject array) {
      super(lang, name);
      this.array = array;
    }

    @Override
    int loop(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        int[] elements = (int[]) objects.getOrDefault(array, ELEMENTS, null);
        sum += elements[i & (NodeProgram.ARRAY_LENGTH - 1)];
      }
      return sum;
    }
  }

  /** Writes {@code a[i % 1024] = i}, then reads the last element written. */
  static final class ElementPutLoop extends CountedLoopNode {
    private final DynamicObject array;

    @Child
    private DynamicObjectLibrary objects = DynamicObjectLibrary.getFactory().createDispatched(1);

    ElementPutLoop(DynamicObjectBenchLanguage lang, String name, DynamicObject array) {
      super(lang, name);
      this.array = array;
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        int[] elements = (int[]) objects.getOrDefault(array, ELEMENTS, null);
        elements[i & (NodeProgram.ARRAY_LENGTH - 1)] = i;
      }
      int[] elements = (int[]) objects.getOrDefault(array, ELEMENTS, null);
      return elements[(count - 1) & (NodeProgram.ARRAY_LENGTH - 1)];
    }
  }
}
