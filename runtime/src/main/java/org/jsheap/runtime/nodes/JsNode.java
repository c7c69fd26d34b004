package org.jsheap.runtime.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;

/**
 * Base of every JS node: {@link #execute} returns a tagged value ({@code ValueCodec}); statements
 * return undefined or their completion value. A node whose execution may allocate "may collect":
 * its caller must not hold a reference across it in a Java local (the translator spills such
 * operands to activation slots).
 */
public abstract class JsNode extends Node {
  /** Frame slot of the activation window's base index. */
  public static final int BASE_SLOT = 0;

  /** Frame slot of the caller's argument base (callee at +0, this at +1, arguments from +2). */
  public static final int ARGS_SLOT = 1;

  /** Frame slot of the argument count. */
  public static final int ARGC_SLOT = 2;

  /** Frame slot of the call flags ({@code JsCalls.CONSTRUCT}). */
  public static final int FLAGS_SLOT = 3;

  private int sourceStart = -1;
  private int sourceLength;

  public abstract long execute(VirtualFrame frame);

  /** Records this node's source range (character index and length in the root's source). */
  public final void setSourceRange(int start, int length) {
    this.sourceStart = start;
    this.sourceLength = length;
  }

  public final boolean hasSourceRange() {
    return sourceStart >= 0;
  }

  @Override
  public SourceSection getSourceSection() {
    if (sourceStart < 0) {
      return null;
    }
    RootNode root = getRootNode();
    if (root == null || root.getSourceSection() == null) {
      return null;
    }
    return root.getSourceSection().getSource().createSection(sourceStart, sourceLength);
  }

  protected final JSHeapContext ctx() {
    return JSHeapContext.get(this);
  }

  protected final Activation act() {
    return JSHeapContext.get(this).activation();
  }

  protected static int base(VirtualFrame frame) {
    return frame.getInt(BASE_SLOT);
  }
}
