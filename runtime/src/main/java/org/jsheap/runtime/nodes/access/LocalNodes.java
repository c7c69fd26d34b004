package org.jsheap.runtime.nodes.access;

import static org.jsheap.gc.ValueCodec.*;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jsheap.runtime.nodes.JsNode;
import org.jsheap.runtime.objects.Environments;
import org.jsheap.runtime.objects.JsException;
import org.jsheap.runtime.objects.JsValues;

/**
 * Variables: locals in activation slots ({@code base + slot}) and captured variables in heap
 * environments ({@code depth} parents up from the environment in activation slot {@code envSlot}).
 * Reads of let/const bindings check the temporal dead zone.
 */
public final class LocalNodes {
  private LocalNodes() {}

  static long checkTdz(long v, String name) {
    if (v == JsValues.TDZ) {
      CompilerDirectives.transferToInterpreter();
      throw JsException.referenceError("Cannot access '" + name + "' before initialization");
    }
    return v;
  }

  /** Reads a local. Never collects. */
  public static final class Read extends JsNode {
    private final int slot;
    private final String tdzName;

    public Read(int slot, String tdzName) {
      this.slot = slot;
      this.tdzName = tdzName;
    }

    public int slot() {
      return slot;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = act().get(base(frame) + slot);
      return tdzName == null ? v : checkTdz(v, tdzName);
    }
  }

  /** Writes a local; returns the value. May collect if the value expression does. */
  public static final class Write extends JsNode {
    private final int slot;
    @Child private JsNode value;
    private final String constName;
    private final String tdzName;

    public Write(int slot, JsNode value, String constName, String tdzName) {
      this.slot = slot;
      this.value = value;
      this.constName = constName;
      this.tdzName = tdzName;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      int i = base(frame) + slot;
      if (tdzName != null) {
        checkTdz(act().get(i), tdzName);
      }
      if (constName != null) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.typeError("Assignment to constant variable '" + constName + "'");
      }
      act().set(i, v);
      return v;
    }
  }

  /** Reads a captured variable. Never collects. */
  public static final class EnvRead extends JsNode {
    private final int envSlot;
    private final int depth;
    private final int index;
    private final String tdzName;

    public EnvRead(int envSlot, int depth, int index, String tdzName) {
      this.envSlot = envSlot;
      this.depth = depth;
      this.index = index;
      this.tdzName = tdzName;
    }

    @Override
    public long execute(VirtualFrame frame) {
      var heap = ctx().heap();
      long env = Environments.walk(heap, act().get(base(frame) + envSlot), depth);
      long v = Environments.get(heap, env, index);
      return tdzName == null ? v : checkTdz(v, tdzName);
    }
  }

  /** Writes a captured variable; returns the value. */
  public static final class EnvWrite extends JsNode {
    private final int envSlot;
    private final int depth;
    private final int index;
    @Child private JsNode value;
    private final String constName;
    private final String tdzName;

    public EnvWrite(
        int envSlot, int depth, int index, JsNode value, String constName, String tdzName) {
      this.envSlot = envSlot;
      this.depth = depth;
      this.index = index;
      this.value = value;
      this.constName = constName;
      this.tdzName = tdzName;
    }

    @Override
    public long execute(VirtualFrame frame) {
      long v = value.execute(frame);
      var heap = ctx().heap();
      long env = Environments.walk(heap, act().get(base(frame) + envSlot), depth);
      if (tdzName != null) {
        checkTdz(Environments.get(heap, env, index), tdzName);
      }
      if (constName != null) {
        CompilerDirectives.transferToInterpreter();
        throw JsException.typeError("Assignment to constant variable '" + constName + "'");
      }
      Environments.set(heap, env, index, v);
      return v;
    }
  }

  /** Creates a new environment in slot {@code envSlot} whose parent is in {@code parentSlot}. */
  public static final class NewEnv extends JsNode {
    private final int envSlot;
    private final int parentSlot;
    private final int size;
    private final int[] tdzIndices;

    public NewEnv(int envSlot, int parentSlot, int size, int[] tdzIndices) {
      this.envSlot = envSlot;
      this.parentSlot = parentSlot;
      this.size = size;
      this.tdzIndices = tdzIndices;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int b = base(frame);
      long env = Environments.create(ctx(), size, b + parentSlot);
      for (int i : tdzIndices) {
        Environments.set(ctx().heap(), env, i, JsValues.TDZ);
      }
      act().set(b + envSlot, env);
      return UNDEFINED;
    }
  }

  /** Replaces the environment in {@code envSlot} by a copy (a fresh per-iteration binding). */
  public static final class CopyEnv extends JsNode {
    private final int envSlot;

    public CopyEnv(int envSlot) {
      this.envSlot = envSlot;
    }

    @Override
    public long execute(VirtualFrame frame) {
      int i = base(frame) + envSlot;
      act().set(i, Environments.copy(ctx(), i));
      return UNDEFINED;
    }
  }

  /** Sets a local slot to a constant (TDZ marker or undefined at block entry). */
  public static final class Init extends JsNode {
    private final int slot;
    private final long value;

    public Init(int slot, long value) {
      this.slot = slot;
      this.value = value;
    }

    @Override
    public long execute(VirtualFrame frame) {
      act().set(base(frame) + slot, value);
      return UNDEFINED;
    }
  }
}
