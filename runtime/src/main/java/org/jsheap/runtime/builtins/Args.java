package org.jsheap.runtime.builtins;

import static org.jsheap.gc.ValueCodec.*;

import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;

/**
 * The arguments of a builtin call as the caller laid them out in its activation: callee at {@code
 * base}, this at {@code base + 1}, argument i at {@code base + 2 + i}. They stay rooted for the
 * whole call; re-read them after anything that may collect.
 */
public record Args(JSHeapContext ctx, int base, int argc, int flags) {
  public long arg(int i) {
    return i < argc ? ctx.activation().get(base + 2 + i) : UNDEFINED;
  }

  /** The absolute slot of argument {@code i} (only for {@code i < argc}). */
  public int argSlot(int i) {
    return base + 2 + i;
  }

  public long thisValue() {
    return ctx.activation().get(base + 1);
  }

  public int thisSlot() {
    return base + 1;
  }

  public long callee() {
    return ctx.activation().get(base);
  }

  public boolean isConstruct() {
    return (flags & JsCalls.CONSTRUCT) != 0;
  }

  public Activation act() {
    return ctx.activation();
  }
}
