package org.jsheap.runtime.nodes.function;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.ControlFlow;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsObjects;
import org.jsheap.runtime.objects.JsValues;

/**
 * One JS function: reserves its activation window, copies callee, this, the closure environment and
 * the parameters into it before anything can allocate, runs the body, and releases the window on
 * every exit. Window layout: 0 callee, 1 this, 2 environment, 3 return value, 4.. parameters, then
 * locals and temporaries.
 */
public final class FunctionRootNode extends RootNode {
  public static final int CALLEE = 0;
  public static final int THIS = 1;
  public static final int ENV = 2;
  public static final int RETURN = 3;
  public static final int FIRST_PARAM = 4;

  @Child private JsNode body;
  private final String name;
  private final SourceSection section;
  private final int paramCount;
  private final int windowSize;
  private final boolean lexicalThis;
  private final boolean strict;

  public FunctionRootNode(
      JSHeapLanguage language,
      String name,
      SourceSection section,
      JsNode body,
      int paramCount,
      int windowSize,
      boolean lexicalThis,
      boolean strict) {
    super(language, frameDescriptor());
    this.name = name;
    this.section = section;
    this.body = body;
    this.paramCount = paramCount;
    this.windowSize = windowSize;
    this.lexicalThis = lexicalThis;
    this.strict = strict;
  }

  public static FrameDescriptor frameDescriptor() {
    FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
    b.addSlots(4, FrameSlotKind.Int);
    return b.build();
  }

  @Override
  public String getName() {
    return name.isEmpty() ? "<anonymous>" : name;
  }

  @Override
  public SourceSection getSourceSection() {
    return section;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    JSHeapContext ctx = JSHeapContext.get(this);
    Object[] args = frame.getArguments();
    int argsBase = (Integer) args[JsCalls.ARG_BASE];
    int argc = (Integer) args[JsCalls.ARG_COUNT];
    if (!ctx.enterCall()) {
      ctx.exitCall();
      CompilerDirectives.transferToInterpreter();
      throw JsException.rangeError(JsException.STACK_OVERFLOW);
    }
    Activation act = ctx.activation();
    int base;
    try {
      base = act.enter(windowSize);
    } catch (RuntimeException e) {
      ctx.exitCall();
      throw JsException.rangeError(JsException.STACK_OVERFLOW);
    }
    try {
      frame.setInt(JsNode.BASE_SLOT, base);
      frame.setInt(JsNode.ARGS_SLOT, argsBase);
      frame.setInt(JsNode.ARGC_SLOT, argc);
      frame.setInt(JsNode.FLAGS_SLOT, (Integer) args[JsCalls.ARG_FLAGS]);
      long callee = act.get(argsBase);
      act.set(base + CALLEE, callee);
      if (lexicalThis) {
        act.set(base + THIS, JsFunctions.boundThis(ctx.heap(), callee));
      } else {
        long thisValue = act.get(argsBase + 1);
        if (!strict && (thisValue == UNDEFINED || thisValue == NULL)) {
          thisValue = ctx.realm().global();
        }
        act.set(base + THIS, thisValue);
        if (!strict && !JsValues.isObject(ctx, thisValue)) {
          act.set(base + THIS, JsObjects.toObject(ctx, thisValue));
        }
      }
      // re-read: boxing this (above) may have collected
      act.set(base + ENV, JsFunctions.env(ctx.heap(), act.get(base + CALLEE)));
      int n = Math.min(argc, paramCount);
      for (int i = 0; i < n; i++) {
        act.set(base + FIRST_PARAM + i, act.get(argsBase + 2 + i));
      }
      try {
        body.execute(frame);
      } catch (ControlFlow.Return r) {
        return act.get(base + RETURN);
      } catch (JsException e) {
        throw e.at(body);
      }
      return UNDEFINED;
    } catch (StackOverflowError e) {
      CompilerDirectives.transferToInterpreter();
      throw JsException.rangeError(JsException.STACK_OVERFLOW);
    } finally {
      act.exit(base);
      ctx.exitCall();
    }
  }
}
