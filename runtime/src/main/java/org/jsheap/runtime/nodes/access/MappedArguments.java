package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.ArgumentsMap;
import org.jsheap.runtime.objects.JsValues;
import org.jsheap.shapes.nodes.GetPropertyNode;

/**
 * A sloppy-mode function with simple parameters that uses {@code arguments}: while element {@code
 * i} of its arguments object (kept in a hidden binding, so assigning {@code arguments} does not
 * unmap) is mapped ({@link ArgumentsMap}), parameter {@code i} reads that element and writes both
 * the element and its own binding; once unmapped, the binding alone, except that the element's
 * value at unmapping (recorded by {@link ArgumentsMap#unmap}) stands for the binding until the
 * parameter is next assigned.
 */
public final class MappedArguments {
  private MappedArguments() {}

  /** Reads parameter {@code index}. Collects only if a mapped element was made an accessor. */
  public static final class Read extends JsNode {
    private final int index;
    @Child private JsNode argumentsObject;
    @Child private JsNode unmapped;
    @Child private GetPropertyNode mask;

    public Read(JSHeapContext ctx, int index, JsNode argumentsObject, JsNode unmapped) {
      this.index = index;
      this.argumentsObject = argumentsObject;
      this.unmapped = unmapped;
      this.mask = GetPropertyNode.create(ctx.model(), ArgumentsMap.KEY);
    }

    @Override
    public long execute(VirtualFrame frame) {
      long args = argumentsObject.execute(frame);
      long m = mask.execute(args);
      if (ArgumentsMap.maps(m, index)) {
        return ctx().model().getElement(args, index);
      }
      if (isInt(m) && (asInt(m) & ArgumentsMap.UNMAPPED) != 0) {
        long v = ArgumentsMap.pending(ctx(), args, index);
        if (v != JsValues.TDZ) {
          return v;
        }
      }
      return unmapped.execute(frame);
    }
  }

  /**
   * Assigns parameter {@code index}: the value is kept in activation slot {@code spill}, which the
   * {@code unmapped} write (of the parameter's own binding) reads as its value.
   */
  public static final class Write extends JsNode {
    private final int index;
    private final int spill;
    @Child private JsNode value;
    @Child private JsNode argumentsObject;
    @Child private JsNode unmapped;
    @Child private GetPropertyNode mask;

    public Write(
        JSHeapContext ctx,
        int index,
        int spill,
        JsNode value,
        JsNode argumentsObject,
        JsNode unmapped) {
      this.index = index;
      this.spill = spill;
      this.value = value;
      this.argumentsObject = argumentsObject;
      this.unmapped = unmapped;
      this.mask = GetPropertyNode.create(ctx.model(), ArgumentsMap.KEY);
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      int i = base(frame) + spill;
      act().set(i, v);
      long args = argumentsObject.execute(frame);
      long m = mask.execute(args);
      if (ArgumentsMap.maps(m, index)) {
        ctx().model().putElement(args, index, v);
      } else if (isInt(m) && (asInt(m) & ArgumentsMap.UNMAPPED) != 0) {
        ArgumentsMap.settle(ctx(), args, index);
      }
      return unmapped.execute(frame);
    }
  }

  /** Maps the first {@code min(argc, parameters)} elements of the new arguments object. */
  public static final class Attach extends JsNode {
    private final int parameters;
    @Child private JsNode argumentsObject;

    public Attach(int parameters, JsNode argumentsObject) {
      this.parameters = parameters;
      this.argumentsObject = argumentsObject;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int n = Math.min(frame.getInt(ARGC_SLOT), parameters);
      ArgumentsMap.attach(ctx(), argumentsObject.execute(frame), n);
      return UNDEFINED;
    }
  }
}
