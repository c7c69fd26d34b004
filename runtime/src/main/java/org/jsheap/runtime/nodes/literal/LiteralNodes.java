package org.jsheap.runtime.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;

/** Constants: numbers, booleans, undefined, null, and string literals. */
public final class LiteralNodes {
  private LiteralNodes() {}

  /** A primitive constant (never a reference). Never collects. */
  public static final class Constant extends JsNode {
    private final long value;

    public Constant(long value) {
      this.value = value;
    }

    public long value() {
      return value;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return value;
    }
  }

  /**
   * A string literal: one heap string per literal node, created when the node is built (the parser
   * runs with the context entered) and held by a global handle that the collector updates. Never
   * collects, so it counts as a simple operand that needs no spill.
   */
  public static final class StringLiteral extends JsNode {
    private final String text;
    private final GlobalHandle handle;

    public StringLiteral(JSHeapContext ctx, String text) {
      this.text = text;
      this.handle = ctx.heap().newGlobalHandle(ctx.constantString(text));
    }

    public String text() {
      return text;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return handle.get();
    }
  }
}
