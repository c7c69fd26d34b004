package org.jsheap.runtime.nodes;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Non-local control flow: {@code break}, {@code continue} (with a label, or null for the innermost
 * loop or switch) and {@code return} (whose value is already in the function's return slot, so
 * nothing unrooted travels with the exception).
 */
public final class ControlFlow {
  private ControlFlow() {}

  public static final class Break extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final String label;

    public Break(String label) {
      this.label = label;
    }
  }

  public static final class Continue extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public final String label;

    public Continue(String label) {
      this.label = label;
    }
  }

  public static final class Return extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final Return INSTANCE = new Return();
  }
}
