package org.jsheap.runtime.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

/**
 * Calls a call target with the prepared argument window: an inline cache of up to three targets
 * through {@link DirectCallNode}s (inlinable), then an indirect call.
 */
@com.oracle.truffle.api.dsl.GenerateInline(false)
public abstract class DispatchNode extends Node {
  public static final int CACHE_LIMIT = 3;

  public abstract Object execute(RootCallTarget target, int base, int argc, int flags);

  @Specialization(guards = "target == cachedTarget", limit = "CACHE_LIMIT")
  static Object direct(
      @SuppressWarnings("unused") RootCallTarget target,
      int base,
      int argc,
      int flags,
      @Cached("target") @SuppressWarnings("unused") RootCallTarget cachedTarget,
      @Cached("create(cachedTarget)") DirectCallNode call) {
    return call.call(base, argc, flags);
  }

  @Specialization(replaces = "direct")
  static Object indirect(
      RootCallTarget target, int base, int argc, int flags, @Cached IndirectCallNode call) {
    return call.call(target, base, argc, flags);
  }
}
