package org.jsheap.runtime.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.gc.GlobalHandle;
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
   * A string literal: one heap string per literal node, created on first execution and held by a
   * global handle (the collector updates it). Never collects after the first execution.
   */
  public static final class StringLiteral extends JsNode {
    private final String text;
    @CompilerDirectives.CompilationFinal private GlobalHandle handle;

    public StringLiteral(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    @Override
    public long execute(VirtualFrame frame) {
      if (handle == null) {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        handle = ctx().heap().newGlobalHandle(ctx().strings().fromJava(text));
      }
      return handle.get();
    }
  }
}
