package org.jsheap.runtime.objects;

import com.oracle.truffle.api.RootCallTarget;

/**
 * What a function object refers to through its external reference: the call target and the facts
 * the runtime needs about it. Shared by every closure of one function literal.
 */
public final class FunctionData {
  public static final int CONSTRUCTOR = 1;
  public static final int ARROW = 2;
  public static final int CLASS_CONSTRUCTOR = 4;
  public static final int DERIVED = 8;
  public static final int BUILTIN = 16;
  public static final int METHOD = 32;

  private final String name;
  private final int length;
  private final int flags;
  private RootCallTarget callTarget;

  public FunctionData(String name, int length, int flags, RootCallTarget callTarget) {
    this.name = name;
    this.length = length;
    this.flags = flags;
    this.callTarget = callTarget;
  }

  public String name() {
    return name;
  }

  public int length() {
    return length;
  }

  public int flags() {
    return flags;
  }

  public boolean is(int flag) {
    return (flags & flag) != 0;
  }

  public RootCallTarget callTarget() {
    return callTarget;
  }

  /** Sets the call target once (the translator creates the data before the root node). */
  public void setCallTarget(RootCallTarget target) {
    if (callTarget != null) {
      throw new IllegalStateException("call target already set for " + name);
    }
    this.callTarget = target;
  }
}
