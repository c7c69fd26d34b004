package org.jsheap.runtime.parser;

import org.openjdk.nashorn.internal.ir.AccessNode;
import org.openjdk.nashorn.internal.ir.FunctionNode;
import org.openjdk.nashorn.internal.ir.IdentNode;
import org.openjdk.nashorn.internal.ir.IndexNode;
import org.openjdk.nashorn.internal.ir.Node;
import org.openjdk.nashorn.internal.ir.visitor.SimpleNodeVisitor;

/**
 * Whether a (non-arrow) function body uses {@code new.target} itself, and whether arrows nested in
 * it use {@code super} or {@code new.target} (theirs are the function's: it then keeps its callee
 * and new.target in the hidden bindings {@link #CALLEE} and {@link #NEW_TARGET}).
 */
final class SuperUses extends SimpleNodeVisitor {
  /** Hidden binding: the function's callee (its home object and parent class for arrows). */
  static final String CALLEE = "%callee";

  /** Hidden binding: the function's {@code new.target}. */
  static final String NEW_TARGET = "%newtarget";

  /**
   * Hidden binding: a derived constructor's {@code this}, uninitialised ({@code TDZ}) until {@code
   * super(...)} returns.
   */
  static final String THIS = "%this";

  /** The IR name of {@code new.target}. */
  static final String NEW_TARGET_NAME = "new.target";

  boolean newTarget;
  boolean inArrows;

  /** Arrows nested in the function use {@code this}. */
  boolean thisInArrows;

  private int arrows;

  static SuperUses of(FunctionNode f) {
    SuperUses u = new SuperUses();
    f.getBody().accept(u);
    return u;
  }

  @Override
  public boolean enterFunctionNode(FunctionNode fn) {
    if (fn.getKind() == FunctionNode.Kind.ARROW) {
      arrows++;
      return true;
    }
    return false;
  }

  @Override
  public Node leaveFunctionNode(FunctionNode fn) {
    arrows--;
    return fn;
  }

  @Override
  public boolean enterAccessNode(AccessNode a) {
    if (a.isSuper()) {
      used(false);
    }
    return true;
  }

  @Override
  public boolean enterIndexNode(IndexNode i) {
    if (i.isSuper()) {
      used(false);
    }
    return true;
  }

  @Override
  public boolean enterIdentNode(IdentNode id) {
    if ("this".equals(id.getName()) && arrows > 0) {
      thisInArrows = true;
    }
    if (NEW_TARGET_NAME.equals(id.getName())) {
      used(true);
    } else if (id.isDirectSuper() || "super".equals(id.getName())) {
      used(false);
    }
    return true;
  }

  private void used(boolean isNewTarget) {
    if (arrows > 0) {
      inArrows = true;
    } else if (isNewTarget) {
      newTarget = true;
    }
  }
}
