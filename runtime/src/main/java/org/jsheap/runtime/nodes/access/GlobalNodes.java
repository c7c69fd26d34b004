package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.JSHeapContext;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.shapes.Property;
import org.jsheap.shapes.PropertyKeys;
import org.jsheap.shapes.nodes.GetPropertyNode;
import org.jsheap.shapes.nodes.PutPropertyNode;

/** Global variables: properties of the global object, through cached shapes nodes. */
public final class GlobalNodes {
  private GlobalNodes() {}

  /** Reads a global; ReferenceError when absent (undefined instead under {@code typeof}). */
  public static final class Read extends JsNode {
    private final String name;
    private final boolean forTypeof;
    @Child private GetPropertyNode get;

    public Read(JSHeapContext ctx, String name, boolean forTypeof) {
      this.name = PropertyKeys.intern(name);
      this.forTypeof = forTypeof;
      this.get = GetPropertyNode.create(ctx.model(), this.name);
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      long global = ctx.realm().global();
      long v = get.execute(global);
      if (v == UNDEFINED && !forTypeof && !ctx.model().has(global, name)) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.error("ReferenceError", name + " is not defined", this);
      }
      return v;
    }
  }

  /** Assigns a global (creating it, as sloppy mode does); returns the value. */
  public static final class Write extends JsNode {
    private final String name;
    @Child private JsNode value;
    @Child private PutPropertyNode put;
    private final int spill;

    public Write(JSHeapContext ctx, String name, JsNode value, int spill) {
      this.name = PropertyKeys.intern(name);
      this.value = value;
      this.put = PutPropertyNode.create(ctx.model(), this.name);
      this.spill = spill;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      int i = base(frame) + spill;
      act().set(i, v);
      put.execute(ctx().realm().global(), v);
      return act().get(i);
    }
  }

  /** {@code var name} at top level: defines the global as undefined unless it exists. */
  public static final class Declare extends JsNode {
    private final String name;

    public Declare(String name) {
      this.name = PropertyKeys.intern(name);
    }

    @Override
    public long execute(VirtualFrame frame) {
      var ctx = ctx();
      long global = ctx.realm().global();
      if (!ctx.model().hasOwn(global, name)) {
        ctx.model().define(global, name, UNDEFINED, Property.WRITABLE | Property.ENUMERABLE);
      }
      return UNDEFINED;
    }
  }
}
