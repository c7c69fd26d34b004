package org.jsheap.runtime.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.runtime.nodes.JsNode;

/**
 * The template object passed to a tag function ({@code tag`a${x}b`}): a frozen array of the cooked
 * strings with a frozen {@code raw} array, created once per call site (the same object on every
 * evaluation, held by a global handle for the context's lifetime, like string literals). May
 * collect on its first evaluation.
 */
public final class TemplateObject extends JsNode {
  @Child private JsNode cooked;
  @Child private JsNode raw;
  @CompilationFinal private GlobalHandle cached;

  public TemplateObject(JsNode cooked, JsNode raw) {
    this.cooked = cooked;
    this.raw = raw;
  }

  @Override
  public long execute(VirtualFrame frame) {
    GlobalHandle h = cached;
    if (h != null) {
      return h.get();
    }
    CompilerDirectives.transferToInterpreterAndInvalidate();
    var ctx = ctx();
    var m = ctx.model();
    var act = act();
    int w = act.enter(2);
    try {
      act.set(w, cooked.execute(frame));
      act.set(w + 1, raw.execute(frame));
      m.freeze(act.get(w + 1));
      m.define(act.get(w), "raw", act.get(w + 1), 0);
      m.freeze(act.get(w));
      cached = ctx.heap().newGlobalHandle(act.get(w));
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }
}
