package org.jsheap.bench.truffle;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.object.Shape;

/**
 * A language with no syntax, only three named programs, so that Truffle's own object model can be
 * benchmarked compiled: {@code new} returns a fresh {@link BaselineObject} with one int property
 * {@code x}; {@code get} and {@code put} return loops that read or write {@code x} of the object
 * passed as the first argument, as many times as the second argument says.
 */
@TruffleLanguage.Registration(
    id = BaselineLanguage.ID,
    name = "JSHeap DynamicObject baseline",
    version = "0.1",
    contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class BaselineLanguage extends TruffleLanguage<BaselineLanguage.BaselineContext> {
  public static final String ID = "jsheap-baseline";

  /** The property every baseline program reads or writes. */
  static final String KEY = "x";

  /** Per-context state: none is needed. */
  public static final class BaselineContext {}

  private final Shape rootShape =
      Shape.newBuilder().layout(BaselineObject.class, BaselineObject.LOOKUP).build();

  @Override
  protected BaselineContext createContext(Env env) {
    return new BaselineContext();
  }

  @Override
  protected CallTarget parse(ParsingRequest request) {
    String program = request.getSource().getCharacters().toString().trim();
    return switch (program) {
      case "new" -> new NewObjectRootNode(this, rootShape).getCallTarget();
      case "get" -> new GetLoopRootNode(this).getCallTarget();
      case "put" -> new PutLoopRootNode(this).getCallTarget();
      default ->
          throw new IllegalArgumentException(
              "baseline programs are new, get and put, not: " + program);
    };
  }
}
