package org.jsheap.bench.shapes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import org.jsheap.gc.Heap;
import org.jsheap.gc.ValueStack;
import org.jsheap.shapes.ObjectModel;

/**
 * A language with no syntax whose programs ({@link NodeProgram}) are loops over JSHeap's property
 * access nodes ({@code org.jsheap.shapes.nodes}), so that Graal compiles them. Each context owns a
 * gc heap and its object model; parsing a program builds its receivers in that heap ({@link
 * JSHeapFixtures}). Exclusive contexts: the nodes hold the context's object model.
 */
@TruffleLanguage.Registration(
    id = JSHeapBenchLanguage.ID,
    name = "JSHeap shapes node benchmarks",
    version = "0.1",
    contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE)
public final class JSHeapBenchLanguage extends TruffleLanguage<JSHeapBenchLanguage.HeapContext> {
  public static final String ID = "jsheap-bench-shapes";

  /** A heap, its object model and the value stack that roots every benchmark receiver. */
  public static final class HeapContext {
    final Heap heap;
    final ObjectModel model;
    final ValueStack roots;

    HeapContext() {
      heap = Heap.create();
      model = new ObjectModel(heap);
      roots = heap.newValueStack(1024, 1 << 16);
    }

    void close() {
      roots.close();
      heap.close();
    }
  }

  private HeapContext context;

  @Override
  protected HeapContext createContext(Env env) {
    context = new HeapContext();
    return context;
  }

  @Override
  protected void disposeContext(HeapContext c) {
    c.close();
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    NodeProgram program = NodeProgram.of(request.getSource().getCharacters().toString().trim());
    return JSHeapLoops.create(this, new JSHeapFixtures(context), program).getCallTarget();
  }
}
