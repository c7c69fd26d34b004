package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;

/**
 * A sloppy-mode function with simple parameters that uses {@code arguments}: parameter {@code i}
 * below the mapped count ({@code min(argc, parameters)}, in a hidden binding) lives in element
 * {@code i} of the arguments object (another hidden binding, so assigning {@code arguments} does
 * not unmap), so writes through either name are seen through the other. Parameters past the count
 * are ordinary bindings. Limit: deleting or redefining a mapped element does not unmap it.
 */
public final class MappedArguments {
  private MappedArguments() {}

  /** Reads parameter {@code index}. Collects only if a mapped element was made an accessor. */
  public static final class Read extends JsNode {
    private final int index;
    @Child private JsNode mappedCount;
    @Child private JsNode argumentsObject;
    @Child private JsNode unmapped;

    public Read(int index, JsNode mappedCount, JsNode argumentsObject, JsNode unmapped) {
      this.index = index;
      this.mappedCount = mappedCount;
      this.argumentsObject = argumentsObject;
      this.unmapped = unmapped;
    }

    @Override
    public long execute(VirtualFrame frame) {
      if (index < asInt(mappedCount.execute(frame))) {
        return ctx().model().getElement(argumentsObject.execute(frame), index);
      }
      return unmapped.execute(frame);
    }
  }

  /**
   * Assigns parameter {@code index}: the value is kept in activation slot {@code spill}, which the
   * {@code unmapped} write reads as its value.
   */
  public static final class Write extends JsNode {
    private final int index;
    private final int spill;
    @Child private JsNode value;
    @Child private JsNode mappedCount;
    @Child private JsNode argumentsObject;
    @Child private JsNode unmapped;

    public Write(
        int index,
        int spill,
        JsNode value,
        JsNode mappedCount,
        JsNode argumentsObject,
        JsNode unmapped) {
      this.index = index;
      this.spill = spill;
      this.value = value;
      this.mappedCount = mappedCount;
      this.argumentsObject = argumentsObject;
      this.unmapped = unmapped;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      int i = base(frame) + spill;
      act().set(i, v);
      if (index < asInt(mappedCount.execute(frame))) {
        ctx().model().putElement(argumentsObject.execute(frame), index, v);
        return act().get(i);
      }
      return unmapped.execute(frame);
    }
  }

  /** {@code min(argc, parameters)} as an int value. */
  public static final class Count extends JsNode {
    private final int parameters;

    public Count(int parameters) {
      this.parameters = parameters;
    }

    @Override
    public long execute(VirtualFrame frame) {
      return fromInt(Math.min(frame.getInt(ARGC_SLOT), parameters));
    }
  }
}
