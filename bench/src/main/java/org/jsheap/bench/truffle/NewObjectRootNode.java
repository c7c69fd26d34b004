package org.jsheap.bench.truffle;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/** Returns a new object whose property {@code x} holds the int 0. Runs once per trial. */
final class NewObjectRootNode extends RootNode {
  private final Shape rootShape;

  NewObjectRootNode(BaselineLanguage language, Shape rootShape) {
    super(language);
    this.rootShape = rootShape;
  }

  @Override
  public Object execute(VirtualFrame frame) {
    BaselineObject object = new BaselineObject(rootShape);
    DynamicObjectLibrary.getUncached().put(object, BaselineLanguage.KEY, 0);
    return object;
  }

  @Override
  public String getName() {
    return "baseline-new";
  }
}
