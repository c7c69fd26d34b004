package org.jsheap.runtime.nodes.call;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.source.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.JSHeapLanguage;
import org.jsheap.runtime.builtins.Builtins;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.nodes.function.EvalRootNode;
import org.jsheap.runtime.objects.JsCalls;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsFunctions;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.parser.EvalScope;

/**
 * {@code eval(args)} (also {@code eval(...args)}): when the callee is the realm's {@code eval} and
 * its first argument a string, a direct eval: the string is parsed against this call site's scope
 * ({@link EvalScope}; parsed code is cached per string, a bounded map per site) and runs with this
 * function's environment, {@code this} and arguments ({@link EvalRootNode}); a first argument that
 * is not a string is the result. Any other callee is called as by {@code f(args)}. Callee in {@code
 * temp}, this in {@code temp + 1}, then the arguments (or the spread array). May collect.
 */
public final class DirectEval extends JsNode {
  private static final int CACHE_SIZE = 16;

  @Child private JsNode receiver;
  @Child private JsNode function;
  @Children private final JsNode[] args;
  private final boolean spread;
  private final int temp;
  private final int envSlot;
  private final EvalScope scope;

  private final Map<String, CallTarget> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallTarget> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /**
   * {@code args}: the arguments, or with {@code spread} one node making their array; {@code
   * envSlot}: the caller's activation slot holding its environment at the call site.
   */
  public DirectEval(
      JsNode function, JsNode[] args, boolean spread, int temp, int envSlot, EvalScope scope) {
    this(null, function, args, spread, temp, envSlot, scope);
  }

  /**
   * With {@code receiver} (evaluated before {@code function}): the {@code this} of a call that is
   * not an eval, the {@code with} object that {@code eval} resolved to (or undefined).
   */
  public DirectEval(
      JsNode receiver,
      JsNode function,
      JsNode[] args,
      boolean spread,
      int temp,
      int envSlot,
      EvalScope scope) {
    this.receiver = receiver;
    this.function = function;
    this.args = args;
    this.spread = spread;
    this.temp = temp;
    this.envSlot = envSlot;
    this.scope = scope;
  }

  @Override
  @ExplodeLoop
  public long execute(VirtualFrame frame) {
    var act = act();
    int base = base(frame);
    int b = base + temp;
    act.set(b + 1, receiver == null ? UNDEFINED : receiver.execute(frame));
    act.set(b, function.execute(frame));
    for (int i = 0; i < args.length; i++) {
      act.set(b + 2 + i, args[i].execute(frame));
    }
    try {
      return call(
          ctx(),
          b,
          base,
          frame.getInt(ARGS_SLOT),
          frame.getInt(ARGC_SLOT),
          frame.getInt(FLAGS_SLOT));
    } catch (JsException e) {
      throw e.at(this);
    }
  }

  @TruffleBoundary
  private long call(JSHeapContext ctx, int b, int base, int argsBase, int argc, int flags) {
    var act = ctx.activation();
    long fn = act.get(b);
    boolean eval =
        JsValues.isCallable(ctx, fn)
            && JsValues.isObject(ctx, fn)
            && Builtins.isEval(JsFunctions.data(ctx.heap(), fn));
    if (!eval) {
      if (spread) {
        if (!JsValues.isCallable(ctx, fn)) {
          throw JsException.typeError("eval is not a function");
        }
        return SpreadCall.callWithArray(ctx, b, b + 1, b + 2, 0);
      }
      return JsCalls.callPrepared(ctx, b, args.length, 0);
    }
    long code;
    if (spread) {
      long array = act.get(b + 2);
      long length = ctx.model().get(array, "length");
      code = JsValues.toNumber(ctx, length) > 0 ? ctx.model().getElement(array, 0) : UNDEFINED;
    } else {
      code = args.length > 0 ? act.get(b + 2) : UNDEFINED;
    }
    if (!ctx.strings().isString(code)) {
      return code;
    }
    CallTarget target = target(ctx.strings().toJava(code));
    return (Long) target.call(base, argsBase, argc, flags, envSlot);
  }

  private CallTarget target(String code) {
    CallTarget t = cache.get(code);
    if (t == null) {
      Source source = Source.newBuilder(JSHeapLanguage.ID, code, "eval").build();
      JSHeapLanguage language = JSHeapLanguage.get(this);
      t = new EvalRootNode(language, scope.parse(language, source)).getCallTarget();
      cache.put(code, t);
    }
    return t;
  }
}
