package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.shapes.Property;

/**
 * Error objects: {@code message}, and {@code stack} as {@code "Name: message"} followed by one
 * {@code " at name (file:line:column)"} line per JS frame on the Truffle stack, innermost first, at
 * most {@value #FRAME_LIMIT} (V8's {@code Error.stackTraceLimit}); a script's top level is {@code "
 * at file:line:column"}.
 */
public final class Errors {
  private static final int HIDDEN = Property.WRITABLE | Property.CONFIGURABLE;

  /** The most frames a stack lists. */
  public static final int FRAME_LIMIT = 10;

  private final JSHeapContext ctx;

  public Errors(JSHeapContext ctx) {
    this.ctx = ctx;
  }

  /** A new {@code name} error (TypeError, RangeError, ...) with {@code message}. May collect. */
  @TruffleBoundary
  public long create(String name, String message) {
    return create(name, message, null);
  }

  /**
   * A new {@code name} error whose stack lines are {@code frames} (from {@link #stackTrace(Node)}
   * where it was raised; null: the current stack). May collect.
   */
  @TruffleBoundary
  public long create(String name, String message, String frames) {
    long proto = ctx.realm().intrinsic(name + "Prototype");
    if (proto == UNDEFINED) {
      proto = ctx.realm().intrinsic("ErrorPrototype");
    }
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      act.set(w, ctx.model().newObject(proto));
      initialize(w, name, message, frames);
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
    initialize(objIndex, name, message, null);
  }

  private void initialize(int objIndex, String name, String message, String frames) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      if (message != null) {
        act.set(w, ctx.strings().fromJava(message));
        ctx.model().define(act.get(objIndex), "message", act.get(w), HIDDEN);
      }
      String head = message == null || message.isEmpty() ? name : name + ": " + message;
      act.set(w, ctx.strings().fromJava(head + (frames != null ? frames : stackTrace(null))));
      ctx.model().define(act.get(objIndex), "stack", act.get(w), HIDDEN);
    } finally {
      act.exit(w);
    }
  }

  /**
   * The current JS stack, one {@code "\n at name (file:line:column)"} per frame, innermost first;
   * {@code top} (if not null) is the node executing in the innermost frame.
   */
  @TruffleBoundary
  public static String stackTrace(Node top) {
    StringBuilder sb = new StringBuilder();
    int[] count = {0, 0}; // frames listed, frames seen
    Truffle.getRuntime()
        .iterateFrames(
            f -> {
              if (!(f.getCallTarget() instanceof RootCallTarget rt)) {
                return null;
              }
              RootNode root = rt.getRootNode();
              Node at = count[1]++ == 0 && top != null ? top : f.getCallNode();
              if (root.isInternal()) {
                return null;
              }
              SourceSection s = at != null ? at.getEncapsulatingSourceSection() : null;
              if (s == null) {
                s = root.getSourceSection();
              }
              if (s == null) {
                return null;
              }
              appendFrame(sb, root.getName(), s);
              return ++count[0] >= FRAME_LIMIT ? Boolean.TRUE : null;
            });
    return sb.toString();
  }

  private static void appendFrame(StringBuilder sb, String name, SourceSection s) {
    String where =
        s.getSource().getName()
            + ':'
            + s.getStartLine()
            + (s.isAvailable() ? ":" + s.getStartColumn() : "");
    sb.append("\n    at ");
    if (name == null || name.isEmpty() || name.startsWith(":")) {
      sb.append(where);
    } else {
      sb.append(name).append(" (").append(where).append(')');
    }
  }
}
