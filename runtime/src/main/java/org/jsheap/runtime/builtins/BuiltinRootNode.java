package org.jsheap.runtime.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.ModelErrors;
import org.jsheap.shapes.ObjectModelException;

/** The root of a builtin function: records the calling convention in the frame, runs the body. */
final class BuiltinRootNode extends com.oracle.truffle.api.nodes.RootNode {
  @Child private BuiltinNode body;
  private final String name;

  BuiltinRootNode(JSHeapLanguage language, String name, BuiltinNode body) {
    super(language, FunctionRootNode.frameDescriptor());
    this.name = name;
    this.body = body;
  }

  BuiltinNode body() {
    return body;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public boolean isInternal() {
    return true;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object[] args = frame.getArguments();
    frame.setInt(JsNode.BASE_SLOT, -1);
    frame.setInt(JsNode.ARGS_SLOT, (Integer) args[JsCalls.ARG_BASE]);
    frame.setInt(JsNode.ARGC_SLOT, (Integer) args[JsCalls.ARG_COUNT]);
    frame.setInt(JsNode.FLAGS_SLOT, (Integer) args[JsCalls.ARG_FLAGS]);
    try {
      return body.execute(frame);
    } catch (StackOverflowError e) {
      CompilerDirectives.transferToInterpreter();
      throw JsException.rangeError(JsException.STACK_OVERFLOW);
    } catch (ObjectModelException e) {
      CompilerDirectives.transferToInterpreter();
      throw ModelErrors.toJs(e);
    }
  }
}
