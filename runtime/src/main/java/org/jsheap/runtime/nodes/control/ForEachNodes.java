package org.jsheap.runtime.nodes.control;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.ControlFlow;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Iteration;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.runtime.objects.Safepoints;

/**
 * {@code for-in} (enumerable string keys, own then inherited, JS order, skipping keys deleted
 * during the loop) and {@code for-of} (the iteration protocol). Each step stores the next key or
 * value in activation slot {@code temp + 2}; {@code assign} writes it to the loop target. A {@code
 * for-of} left early (break, return, throw, an outer continue) closes its iterator.
 */
public final class ForEachNodes {
  private ForEachNodes() {}

  abstract static class ForEach extends JsNode {
    @Child protected JsNode iterable;
    @Child protected JsNode assign;
    @Child protected JsNode body;
    @Child protected JsNode perIteration;
    protected final int temp;
    protected final String[] labels;

    ForEach(
        JsNode iterable,
        JsNode assign,
        JsNode body,
        JsNode perIteration,
        int temp,
        String[] labels) {
      this.iterable = iterable;
      this.assign = assign;
      this.body = body;
      this.perIteration = perIteration;
      this.temp = temp;
      this.labels = labels;
    }

    /** Runs one iteration; false when the loop ends by break. */
    protected final boolean runBody(VirtualFrame frame) {
      if (perIteration != null) {
        perIteration.execute(frame);
      }
      assign.execute(frame);
      try {
        body.execute(frame);
      } catch (ControlFlow.Break b) {
        if (LoopNodes.targets(b.label, labels)) {
          return false;
        }
        throw b;
      } catch (ControlFlow.Continue c) {
        if (!LoopNodes.targets(c.label, labels)) {
          throw c;
        }
      }
      return true;
    }
  }

  public static final class ForIn extends ForEach {
    public ForIn(
        JsNode iterable,
        JsNode assign,
        JsNode body,
        JsNode perIteration,
        int temp,
        String[] labels) {
      super(iterable, assign, body, perIteration, temp, labels);
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      int t = base(frame) + temp;
      act().set(t, iterable.execute(frame));
      List<String> keys = keys(ctx, act().get(t));
      for (String k : keys) {
        if (!stillThere(ctx, act().get(t), k)) {
          continue;
        }
        act().set(t + 2, ctx.strings().fromJava(k));
        if (!runBody(frame)) {
          break;
        }
      }
      return UNDEFINED;
    }

    @TruffleBoundary
    static boolean stillThere(JSHeapContext ctx, long o, String k) {
      return ctx.model().has(o, k);
    }

    @TruffleBoundary
    static List<String> keys(JSHeapContext ctx, long o) {
      List<String> out = new ArrayList<>();
      if (ctx.strings().isString(o)) {
        for (int i = 0; i < ctx.strings().length(o); i++) {
          Safepoints.poll(ctx, i);
          out.add(Integer.toString(i));
        }
        return out;
      }
      if (!JsValues.isObject(ctx, o)) {
        return out;
      }
      var m = ctx.model();
      HashSet<String> seen = new HashSet<>();
      while (o != NULL) {
        for (String k : m.ownKeys(o)) {
          Safepoints.poll(ctx, out.size());
          if (seen.add(k)) {
            var d = m.getOwnProperty(o, k);
            if (d != null && d.isEnumerable()) {
              out.add(k);
            }
          }
        }
        o = m.getPrototype(o);
      }
      return out;
    }
  }

  public static final class ForOf extends ForEach {
    public ForOf(
        JsNode iterable,
        JsNode assign,
        JsNode body,
        JsNode perIteration,
        int temp,
        String[] labels) {
      super(iterable, assign, body, perIteration, temp, labels);
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      int t = base(frame) + temp;
      act().set(t, iterable.execute(frame));
      if (Iteration.isPlainArray(ctx, act().get(t))) {
        var m = ctx.model();
        for (long i = 0; i < m.arrayLength(act().get(t)); i++) {
          act().set(t + 2, m.getElement(act().get(t), i));
          if (!runBody(frame)) {
            break;
          }
        }
        return UNDEFINED;
      }
      Iteration.open(ctx, t);
      while (Iteration.step(ctx, t, t + 2)) {
        boolean more;
        try {
          more = runBody(frame);
        } catch (JsException e) {
          Iteration.close(ctx, t, true);
          throw e;
        } catch (ControlFlowException e) {
          Iteration.close(ctx, t, false);
          throw e;
        }
        if (!more) {
          Iteration.close(ctx, t, false);
          break;
        }
      }
      return UNDEFINED;
    }
  }
}
