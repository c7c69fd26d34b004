package org.jsheap.runtime.objects;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.function.FunctionRootNode;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.SymbolKey;

/**
 * Error objects: {@code message}, and {@code stack} as {@code "Name: message"} followed by one
 * {@code " at name (file:line:column)"} line per JS frame on the Truffle stack, innermost first, at
 * most {@value #FRAME_LIMIT} (V8's {@code Error.stackTraceLimit}); a script's top level is {@code "
 * at file:line:column"}.
 */
public final class Errors {
  private static final int HIDDEN = Property.WRITABLE | Property.CONFIGURABLE;

  /**
   * The private key that marks an error object ([[ErrorData]]): set on every object an Error
   * constructor initialises, read by {@code Object.prototype.toString}. A prototype chain through
   * {@code Error.prototype} does not make an error.
   */
  public static final SymbolKey ERROR_DATA = SymbolKey.privateKey("[[ErrorData]]");

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
   * Initialises the receiver of {@code new} of an Error constructor: when it is an instance of a
   * subclass (its prototype is not the constructor's own), the subclass constructor frames are left
   * out of its stack. May collect.
   */
  @TruffleBoundary
  public void initializeConstructed(int objIndex, String ctorName, String name, String message) {
    long proto = ctx.model().getPrototype(ctx.activation().get(objIndex));
    boolean subclass = proto != ctx.realm().intrinsic(ctorName + "Prototype");
    initialize(objIndex, name, message, subclass ? stackTrace(null, true) : null);
  }

  /**
   * Gives the error object in absolute slot {@code objIndex} its {@code message} (null: none) and
   * {@code stack} (head, then {@code frames}, or the current stack when null). May collect.
   */
  private void initialize(int objIndex, String name, String message, String frames) {
    Activation act = ctx.activation();
    int w = act.enter(1);
    try {
      ctx.model().define(act.get(objIndex), ERROR_DATA, TRUE, 0);
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
    return stackTrace(top, false);
  }

  /**
   * As {@link #stackTrace(Node)}; {@code skipConstructors}: leaves out the JS frames at the top
   * that run as constructors (those of a subclass of Error constructing its instance: V8 starts the
   * stack below {@code new.target}).
   */
  @TruffleBoundary
  static String stackTrace(Node top, boolean skipConstructors) {
    StringBuilder sb = new StringBuilder();
    int[] count = {0, 0, skipConstructors ? 1 : 0}; // frames listed, frames seen, skipping
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
              if (count[2] == 1) {
                if (root instanceof FunctionRootNode) {
                  Frame frame = f.getFrame(FrameInstance.FrameAccess.READ_ONLY);
                  if ((frame.getInt(JsNode.FLAGS_SLOT) & JsCalls.CONSTRUCT) != 0) {
                    return null;
                  }
                }
                count[2] = 0;
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
