package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.Property;

/**
 * Error objects: {@code message}, and {@code stack} as {@code "Name: message"} followed by one
 * {@code " at name (file:line)"} line per JS frame on the Truffle stack.
 */
public final class Errors {
  private static final int HIDDEN = Property.WRITABLE | Property.CONFIGURABLE;
  private final JSHeapContext ctx;

  public Errors(JSHeapContext ctx) {
    this.ctx = ctx;
  }

  /** A new {@code name} error (TypeError, RangeError, ...) with {@code message}. May collect. */
  @TruffleBoundary
  public long create(String name, String message) {
    long proto = ctx.realm().intrinsic(name + "Prototype");
    if (proto == UNDEFINED) {
      proto = ctx.realm().intrinsic("ErrorPrototype");
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, ctx.model().newObject(proto));
      initialize(w, name, message);
      return act.get(w);
    } finally {
      act.exit(w);
    }
  }

  /**
   * Gives the error object in absolute slot {@code objIndex} its {@code message} (null: none) and
   * {@code stack}. May collect.
   */
  @TruffleBoundary
  public void initialize(int objIndex, String name, String message) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      if (message != null) {
        act.set(w, ctx.strings().fromJava(message));
        ctx.model().define(act.get(objIndex), "message", act.get(w), HIDDEN);
      }
      String head = message == null || message.isEmpty() ? name : name + ": " + message;
      act.set(w, ctx.strings().fromJava(head + stackTrace()));
      ctx.model().define(act.get(objIndex), "stack", act.get(w), HIDDEN);
    } finally {
      act.exit(w);
    }
  }

  /** The current JS stack, one {@code "\n at name (file:line)"} per frame. */
  @TruffleBoundary
  public static String stackTrace() {
    StringBuilder sb = new StringBuilder();
    Truffle.getRuntime()
        .iterateFrames(
            f -> {
              Node call = f.getCallNode();
              var root =
                  f.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rt
                      ? rt.getRootNode()
                      : null;
              if (root == null || root.isInternal()) {
                return null;
              }
              SourceSection s = call != null ? call.getEncapsulatingSourceSection() : null;
              if (s == null) {
                s = root.getSourceSection();
              }
              if (s == null) {
                return null;
              }
              sb.append("\n    at ")
                  .append(root.getName())
                  .append(" (")
                  .append(s.getSource().getName())
                  .append(':')
                  .append(s.getStartLine())
                  .append(')');
              return null;
            });
    return sb.toString();
  }
}
