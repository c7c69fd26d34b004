package org.jsheap.runtime.nodes.expression;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.objects.JsOperators;

/** {@code instanceof} and {@code in}. */
public final class RelationNodes {
  private RelationNodes() {}

  public static final class InstanceOf extends BinaryOpNode {
    @Override
    public long execute(long l, long r) {
      return fromBoolean(JsOperators.instanceOf(ctx(), l, r));
    }
  }

  public static final class In extends BinaryOpNode {
    @Override
    public long execute(long l, long r) {
      return fromBoolean(JsOperators.in(ctx(), l, r));
    }
  }
}
