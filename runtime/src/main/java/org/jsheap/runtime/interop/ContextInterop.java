package org.jsheap.runtime.interop;

import com.oracle.truffle.api.RootCallTarget;
import org.jsheap.runtime.JSHeapContext;

/** One context's interop state: the handles of its views and the call target of foreign calls. */
public final class ContextInterop {
  private final JSHeapContext ctx;
  private final HostHandles handles;
  private RootCallTarget foreignCall;

  public ContextInterop(JSHeapContext ctx) {
    this.ctx = ctx;
    this.handles = new HostHandles(ctx.heap());
  }

  public HostHandles handles() {
    return handles;
  }

  /** The one call target behind every JS function that wraps a foreign executable. */
  RootCallTarget foreignCallTarget() {
    if (foreignCall == null) {
      foreignCall = new ForeignCallRoot(ctx.language()).getCallTarget();
    }
    return foreignCall;
  }

  /** Whether {@code target} is the foreign-call target (without creating it). */
  boolean isForeignCallTarget(RootCallTarget target) {
    return foreignCall != null && target == foreignCall;
  }

  public void dispose() {
    handles.dispose();
  }
}
