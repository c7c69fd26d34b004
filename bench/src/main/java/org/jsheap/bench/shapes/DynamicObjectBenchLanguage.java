package org.jsheap.bench.shapes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.object.Shape;

/**
 * The peer of {@link JSHeapBenchLanguage}: the same {@link NodeProgram}s on Truffle's {@code
 * DynamicObject} through {@code DynamicObjectLibrary} (cached, dispatched), compiled by Graal.
 */
@TruffleLanguage.Registration(
    id = DynamicObjectBenchLanguage.ID,
    name = "DynamicObject node benchmarks",
    version = "0.1",
    contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class DynamicObjectBenchLanguage
    extends TruffleLanguage<DynamicObjectBenchLanguage.NoContext> {
  public static final String ID = "jsheap-bench-dynamicobject";

  /** Per-context state: none is needed. */
  public static final class NoContext {}

  final Shape rootShape = Shape.newBuilder().layout(BenchObject.class, BenchObject.LOOKUP).build();

  @Override
  protected NoContext createContext(Env env) {
    return new NoContext();
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    NodeProgram program = NodeProgram.of(request.getSource().getCharacters().toString().trim());
    return DynamicObjectLoops.create(this, program).getCallTarget();
  }
}
