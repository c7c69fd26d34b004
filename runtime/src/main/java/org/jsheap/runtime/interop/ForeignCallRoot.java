package org.jsheap.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.RootNode;
import org.jsheap.gc.Heap;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.objects.Activation;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;

/**
 * The call target of every JS function wrapping a foreign executable ({@link Foreign}): converts
 * the arguments in the caller's window to interop values and executes, instantiates or invokes the
 * foreign object. A foreign exception becomes a JS exception whose thrown value is the foreign
 * exception object (so JS {@code catch} sees it and can read its {@code message}).
 */
final class ForeignCallRoot extends RootNode {
  ForeignCallRoot(JSHeapLanguage language) {
    super(language, FunctionRootNode.frameDescriptor());
  }

  @Override
  public String getName() {
    return "foreign";
  }

  @Override
  public boolean isInternal() {
    return true;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object[] args = frame.getArguments();
    return call(
        JSHeapContext.get(this),
        (Integer) args[JsCalls.ARG_BASE],
        (Integer) args[JsCalls.ARG_COUNT],
        (Integer) args[JsCalls.ARG_FLAGS]);
  }

  @TruffleBoundary
  private long call(JSHeapContext ctx, int base, int argc, int flags) {
    Activation act = ctx.activation();
    Heap heap = ctx.heap();
    long callee = act.get(base);
    Object target = Foreign.target(ctx, JsFunctions.env(heap, callee));
    long receiver = JsFunctions.boundThis(heap, callee);
    String name = JsFunctions.data(heap, callee).name();
    Object[] hostArgs = Interop.toHostArgs(ctx, base + 2, argc);
    Object result;
    try {
      if ((flags & JsCalls.CONSTRUCT) != 0) {
        result = InteropLibrary.getUncached().instantiate(target, hostArgs);
      } else if (Foreign.isForeign(ctx, receiver) && receiver == act.get(base + 1)) {
        result =
            InteropLibrary.getUncached()
                .invokeMember(Foreign.target(ctx, receiver), name, hostArgs);
      } else {
        result = InteropLibrary.getUncached().execute(target, hostArgs);
      }
    } catch (InteropException e) {
      throw JsException.typeError("foreign call failed: " + e.getMessage());
    } catch (JsException e) {
      throw e;
    } catch (AbstractTruffleException e) {
      throw rethrow(ctx, e);
    }
    return Interop.fromHost(ctx, result);
  }

  /** A JS exception throwing the foreign exception object {@code e}. May collect. */
  private JsException rethrow(JSHeapContext ctx, AbstractTruffleException e) {
    long cell = Foreign.cell(ctx, e);
    return JsException.ofHandle(ctx.heap().newGlobalHandle(cell), e.getMessage(), this);
  }
}
