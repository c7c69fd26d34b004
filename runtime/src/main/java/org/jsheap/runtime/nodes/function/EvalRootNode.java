package org.jsheap.runtime.nodes.function;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.parser.ParsedProgram;

/**
 * Direct eval code: runs in its own activation window with its caller's callee, {@code this},
 * arguments and call flags, and the caller's environment at the call site as its {@code ENV};
 * returns the completion value as a boxed tagged {@code Long}. Call arguments: the caller's window
 * base, arguments base, argument count, flags, and the slot of its environment.
 */
public final class EvalRootNode extends RootNode {
  @Child private JsNode body;
  private final int windowSize;
  private final SourceSection section;

  public EvalRootNode(JSHeapLanguage language, ParsedProgram program) {
    super(language, FunctionRootNode.frameDescriptor());
    this.body = program.body();
    this.windowSize = program.windowSize();
    this.section = program.section();
  }

  @Override
  public String getName() {
    return ":eval";
  }

  @Override
  public SourceSection getSourceSection() {
    return section;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object[] a = frame.getArguments();
    int callerBase = (Integer) a[0];
    JSHeapContext ctx = JSHeapContext.get(this);
    Activation act = ctx.activation();
    int base = act.enter(windowSize);
    try {
      frame.setInt(JsNode.BASE_SLOT, base);
      frame.setInt(JsNode.ARGS_SLOT, (Integer) a[1]);
      frame.setInt(JsNode.ARGC_SLOT, (Integer) a[2]);
      frame.setInt(JsNode.FLAGS_SLOT, (Integer) a[3]);
      act.set(base + FunctionRootNode.CALLEE, act.get(callerBase + FunctionRootNode.CALLEE));
      act.set(base + FunctionRootNode.THIS, act.get(callerBase + FunctionRootNode.THIS));
      act.set(base + FunctionRootNode.ENV, act.get(callerBase + (Integer) a[4]));
      return (Object) body.execute(frame);
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
}
