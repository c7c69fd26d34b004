package org.jsheap.shapes.nodes;

import com.oracle.truffle.api.dsl.Introspection;
import com.oracle.truffle.api.nodes.Node;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.jsheap.shapes.ObjectModel;

/** Heap, model and rooted slots for node tests, plus DSL introspection helpers. */
final class NodeFixture implements AutoCloseable {
  final Heap heap = Heap.create();
  final ObjectModel model = new ObjectModel(heap);
  final ValueStack stack = heap.newValueStack(64, 1 << 20);

  int keep(long value) {
    stack.push(value);
    return stack.size() - 1;
  }

  long ref(int slot) {
    return stack.get(slot);
  }

  int object(String... keys) {
    int o = keep(model.newObject(ValueCodec.NULL));
    for (int k = 0; k < keys.length; k++) {
      model.put(ref(o), keys[k], ValueCodec.fromInt(k));
    }
    return o;
  }

  static boolean active(Node node, String specialization) {
    return Introspection.getSpecialization(node, specialization).isActive();
  }

  static int instances(Node node, String specialization) {
    return Introspection.getSpecialization(node, specialization).getInstances();
  }

  static long i(int v) {
    return ValueCodec.fromInt(v);
  }

  @Override
  public void close() {
    heap.close();
  }
}
