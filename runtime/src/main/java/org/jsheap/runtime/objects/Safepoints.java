package org.jsheap.runtime.objects;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import org.jsheap.runtime.JSHeapContext;

/**
 * Safepoint polls for loops in Java code (builtins behind a {@code TruffleBoundary}, whose length
 * depends on the input): every {@value #INTERVAL} iterations they poll a Truffle safepoint, so a
 * context can be cancelled or closed (and a runner's time limit works) while a builtin loops over a
 * huge array, string or JSON text.
 */
public final class Safepoints {
  private Safepoints() {}

  /** Iterations between two polls (a power of two). */
  public static final int INTERVAL = 1024;

  /** Polls when {@code i} is a multiple of {@link #INTERVAL}. */
  public static void poll(JSHeapContext ctx, long i) {
    if ((i & (INTERVAL - 1)) == 0) {
      pollNow(ctx);
    }
  }

  /** Polls now, at the encapsulating node if one is set, else at the context's anchor. */
  public static void pollNow(JSHeapContext ctx) {
    Node at = EncapsulatingNodeReference.getCurrent().get();
    TruffleSafepoint.poll(at != null ? at : ctx.pollAnchor());
  }

  /** A root node that only serves as the location of polls made outside any node. */
  public static final class Anchor extends RootNode {
    public Anchor(org.jsheap.runtime.JSHeapLanguage language) {
      super(language);
    }

    @Override
    public Object execute(VirtualFrame frame) {
      return null;
    }

    @Override
    public boolean isInternal() {
      return true;
    }
  }
}
