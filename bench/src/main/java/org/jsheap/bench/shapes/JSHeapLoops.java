package org.jsheap.bench.shapes;

import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.jsheap.shapes.AllocationSite;
import org.jsheap.shapes.ObjectModel;
import org.jsheap.shapes.nodes.GetElementNode;
import org.jsheap.shapes.nodes.GetPropertyNode;
import org.jsheap.shapes.nodes.NewObjectNode;
import org.jsheap.shapes.nodes.PutElementNode;
import org.jsheap.shapes.nodes.PutPropertyNode;

/**
 * The {@link NodeProgram}s on JSHeap: root nodes holding the shapes module's DSL nodes as children.
 * Receivers are built at parse time and pinned in the old generation ({@link JSHeapFixtures#pin}),
 * so loops that do not allocate keep their addresses in a {@code long[]}.
 */
final class JSHeapLoops {
  private JSHeapLoops() {}

  static CountedLoopNode create(JSHeapBenchLanguage lang, JSHeapFixtures f, NodeProgram program) {
    ObjectModel m = f.model;
    String name = "jsheap-" + program.source;
    return switch (program) {
      case MONOMORPHIC_GET -> {
        int o = f.newObject(-1);
        f.put(o, "x", 7);
        yield new GetLoop(lang, name, m, f.pin(o));
      }
      case MONOMORPHIC_PUT -> {
        int o = f.newObject(-1);
        f.put(o, "x", 0);
        yield new PutLoop(lang, name, m, f.pin(o)[0]);
      }
      case MONOMORPHIC_PUT_REFERENCE -> {
        int o = f.newObject(-1);
        f.put(o, "x", 0);
        int a = f.newObject(-1);
        int c = f.newObject(-1);
        long[] pinned = f.pin(o, a, c);
        yield new PutReferenceLoop(lang, name, m, pinned[0], pinned[1], pinned[2]);
      }
      case POLYMORPHIC_GET -> {
        int[] objects = new int[NodeProgram.POLYMORPHIC_SHAPES];
        for (int j = 0; j < objects.length; j++) {
          objects[j] = f.newObject(-1);
          for (int k = 0; k < j; k++) {
            f.put(objects[j], "f" + k, k);
          }
          f.put(objects[j], "x", j + 1);
        }
        yield new GetLoop(lang, name, m, f.pin(objects));
      }
      case MEGAMORPHIC_GET -> {
        int[] objects = new int[NodeProgram.MEGAMORPHIC_SHAPES];
        for (int j = 0; j < objects.length; j++) {
          objects[j] = f.newObject(-1);
          f.put(objects[j], "u" + j, j);
          for (int k = 0; k < j % 4; k++) {
            f.put(objects[j], "f" + k, k);
          }
          f.put(objects[j], "x", j);
        }
        yield new GetLoop(lang, name, m, f.pin(objects));
      }
      case ADD_PROPERTIES -> new AddPropertiesLoop(lang, name, m, f.roots());
      case PROTOTYPE_GET -> {
        int proto = f.newObject(-1);
        f.put(proto, "x", 7);
        int o = f.newObject(proto);
        yield new GetLoop(lang, name, m, f.pin(o));
      }
      case DICTIONARY_GET -> {
        int o = f.newObject(-1);
        f.put(o, "x", 7);
        for (int k = 1; k < NodeProgram.DICTIONARY_PROPERTIES; k++) {
          f.put(o, "p" + k, k);
        }
        JSHeapFixtures.check(f.isDictionaryMode(o), "dictionary mode");
        yield new GetLoop(lang, name, m, f.pin(o));
      }
      case ELEMENT_GET -> {
        int a = f.newIntArray(NodeProgram.ARRAY_LENGTH);
        yield new ElementGetLoop(lang, name, m, f.pin(a)[0]);
      }
      case ELEMENT_PUT -> {
        int a = f.newIntArray(NodeProgram.ARRAY_LENGTH);
        yield new ElementPutLoop(lang, name, m, f.pin(a)[0]);
      }
    };
  }

  /** Sums {@code x} of {@code receivers[i % n]}; n is 1, 4 or 128 (a power of two). */
  static final class GetLoop extends CountedLoopNode {
    private final long[] receivers;
    private final int mask;
    @Child private GetPropertyNode get;

    GetLoop(JSHeapBenchLanguage lang, String name, ObjectModel model, long[] receivers) {
      super(lang, name);
      JSHeapFixtures.check(Integer.bitCount(receivers.length) == 1, "receivers: power of two");
      this.receivers = receivers;
      this.mask = receivers.length - 1;
      this.get = GetPropertyNode.create(model, "x");
    }

    @Override
    int loop(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        sum += ValueCodec.asInt(get.execute(receivers[i & mask]));
      }
      return sum;
    }
  }

  /** Writes {@code x = i} to one object, then reads it back. */
  static final class PutLoop extends CountedLoopNode {
    private final long receiver;
    @Child private PutPropertyNode put;
    @Child private GetPropertyNode get;

    PutLoop(JSHeapBenchLanguage lang, String name, ObjectModel model, long receiver) {
      super(lang, name);
      this.receiver = receiver;
      this.put = PutPropertyNode.create(model, "x");
      this.get = GetPropertyNode.create(model, "x");
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        put.execute(receiver, ValueCodec.fromInt(i));
      }
      return ValueCodec.asInt(get.execute(receiver));
    }
  }

  /** Stores one of two old references into {@code x} of an old object: the barrier filter. */
  static final class PutReferenceLoop extends CountedLoopNode {
    private final long receiver;
    private final long a;
    private final long b;
    @Child private PutPropertyNode put;
    @Child private GetPropertyNode get;

    /** {@code receiver}, {@code a} and {@code b} are references (as {@link JSHeapFixtures#pin}). */
    PutReferenceLoop(
        JSHeapBenchLanguage lang, String name, ObjectModel model, long receiver, long a, long b) {
      super(lang, name);
      this.receiver = receiver;
      this.a = a;
      this.b = b;
      this.put = PutPropertyNode.create(model, "x");
      this.get = GetPropertyNode.create(model, "x");
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        put.execute(receiver, (i & 1) == 0 ? a : b);
      }
      return get.execute(receiver) == a ? 1 : 2;
    }
  }

  /**
   * Allocates an object ({@link NewObjectNode}, one {@link AllocationSite}, so after slack tracking
   * objects have exactly 3 in-object slots) and adds x, y and z (cached add transitions). The new
   * object is rooted in a value-stack slot before anything else can allocate, and re-read from it,
   * so the loop stays correct if a put takes a path that collects; each object is garbage at the
   * next iteration's allocation.
   */
  static final class AddPropertiesLoop extends CountedLoopNode {
    private final ValueStack roots;
    private final int slot;
    @Child private NewObjectNode newObject;
    @Child private PutPropertyNode putX;
    @Child private PutPropertyNode putY;
    @Child private PutPropertyNode putZ;
    @Child private GetPropertyNode getX;
    @Child private GetPropertyNode getY;
    @Child private GetPropertyNode getZ;

    AddPropertiesLoop(JSHeapBenchLanguage lang, String name, ObjectModel model, ValueStack roots) {
      super(lang, name);
      this.roots = roots;
      this.slot = roots.reserve(1);
      this.newObject = NewObjectNode.create(model, new AllocationSite());
      this.putX = PutPropertyNode.create(model, "x");
      this.putY = PutPropertyNode.create(model, "y");
      this.putZ = PutPropertyNode.create(model, "z");
      this.getX = GetPropertyNode.create(model, "x");
      this.getY = GetPropertyNode.create(model, "y");
      this.getZ = GetPropertyNode.create(model, "z");
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        roots.set(slot, newObject.execute(ValueCodec.NULL));
        putX.execute(roots.get(slot), ValueCodec.fromInt(i));
        putY.execute(roots.get(slot), ValueCodec.fromInt(1));
        putZ.execute(roots.get(slot), ValueCodec.fromInt(2));
      }
      long o = roots.get(slot);
      return ValueCodec.asInt(getX.execute(o))
          + ValueCodec.asInt(getY.execute(o))
          + ValueCodec.asInt(getZ.execute(o));
    }
  }

  /** Sums {@code a[i % 1024]} of an int array. */
  static final class ElementGetLoop extends CountedLoopNode {
    private final long array;
    @Child private GetElementNode get;

    ElementGetLoop(JSHeapBenchLanguage lang, String name, ObjectModel model, long array) {
      super(lang, name);
      this.array = array;
      this.get = GetElementNode.create(model);
    }

    @Override
    int loop(int count) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        sum += ValueCodec.asInt(get.execute(array, i & (NodeProgram.ARRAY_LENGTH - 1)));
      }
      return sum;
    }
  }

  /** Writes {@code a[i % 1024] = i}, then reads the last element written. */
  static final class ElementPutLoop extends CountedLoopNode {
    private final long array;
    @Child private PutElementNode put;
    @Child private GetElementNode get;

    ElementPutLoop(JSHeapBenchLanguage lang, String name, ObjectModel model, long array) {
      super(lang, name);
      this.array = array;
      this.put = PutElementNode.create(model);
      this.get = GetElementNode.create(model);
    }

    @Override
    int loop(int count) {
      for (int i = 0; i < count; i++) {
        put.execute(array, i & (NodeProgram.ARRAY_LENGTH - 1), ValueCodec.fromInt(i));
      }
      return ValueCodec.asInt(get.execute(array, (count - 1) & (NodeProgram.ARRAY_LENGTH - 1)));
    }
  }
}
