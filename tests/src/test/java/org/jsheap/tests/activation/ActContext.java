package org.jsheap.tests.activation;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;
import java.util.List;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.ValueStack;

/** A context's heap, its value stack and the function table closures dispatch through. */
final class ActContext {
  private static final ContextReference<ActContext> REFERENCE =
      ContextReference.create(ActLanguage.class);

  final ActLanguage language;
  final Heap heap;
  final ValueStack stack;
  private final List<CallTarget> functions = new ArrayList<>();

  ActContext(ActLanguage language, HeapConfig config, int stackSlots) {
    this.language = language;
    this.heap = Heap.create(config);
    this.stack = heap.newValueStack(0, stackSlots);
  }

  static ActContext get(Node node) {
    return REFERENCE.get(node);
  }

  /** Registers a function for closures and returns its id. */
  int register(CallTarget function) {
    functions.add(function);
    return functions.size() - 1;
  }

  CallTarget function(int id) {
    return functions.get(id);
  }

  void close() {
    stack.close();
    heap.close();
  }
}
