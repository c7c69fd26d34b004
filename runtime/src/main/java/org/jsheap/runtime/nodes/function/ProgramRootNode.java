package org.jsheap.runtime.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.interop.Interop;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.parser.ParsedProgram;

/**
 * A script: runs its body in the global scope ({@code this} is the global object) in its own
 * activation window, and returns its completion value as an interop value ({@link Interop#toHost}:
 * numbers, booleans and strings as Java values, objects as views).
 */
public final class ProgramRootNode extends RootNode {
  @Child private JsNode body;
  private final int windowSize;
  private final SourceSection section;
  private final boolean taggedResult;

  public ProgramRootNode(JSHeapLanguage language, ParsedProgram program) {
    this(language, program, false);
  }

  /**
   * With {@code taggedResult} (eval code), the call returns the completion value as a boxed tagged
   * {@code Long}, valid until the caller's next allocation.
   */
  public ProgramRootNode(JSHeapLanguage language, ParsedProgram program, boolean taggedResult) {
    super(language, FunctionRootNode.frameDescriptor());
    this.body = program.body();
    this.windowSize = program.windowSize();
    this.section = program.section();
    this.taggedResult = taggedResult;
  }

  @Override
  public String getName() {
    return ":program";
  }

  @Override
  public SourceSection getSourceSection() {
    return section;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    JSHeapContext ctx = JSHeapContext.get(this);
    drainHandles(ctx);
    Activation act = ctx.activation();
    int base = act.enter(windowSize);
    try {
      frame.setInt(JsNode.BASE_SLOT, base);
      frame.setInt(JsNode.ARGS_SLOT, base);
      frame.setInt(JsNode.ARGC_SLOT, 0);
      frame.setInt(JsNode.FLAGS_SLOT, 0);
      act.set(base + FunctionRootNode.THIS, ctx.realm().global());
      long v = body.execute(frame);
      return taggedResult ? (Object) v : toInterop(ctx, v);
    } catch (JsException e) {
      throw e.at(body);
    } catch (StackOverflowError
        | org.jsheap.gc.HeapExhaustedException
        | org.jsheap.shapes.ObjectModelException
        | org.jsheap.gc.ValueStackOverflowException e) {
      throw JsException.fromHost(e, body);
    } finally {
      act.exit(base);
    }
  }

  @TruffleBoundary
  static Object toInterop(JSHeapContext ctx, long v) {
    return Interop.toHost(ctx, v);
  }

  @TruffleBoundary
  private static void drainHandles(JSHeapContext ctx) {
    ctx.interop().handles().drain();
  }
}
