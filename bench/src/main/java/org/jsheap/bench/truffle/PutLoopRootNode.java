package org.jsheap.bench.truffle;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/**
 * Arguments (object, count): writes ints to the existing property {@code x} of the object {@code
 * count} times through a monomorphic {@link DynamicObjectLibrary} cache; returns the last value.
 */
final class PutLoopRootNode extends RootNode {
  /** One cached shape: the monomorphic case. */
  private static final int CACHE_LIMIT = 1;

  @Child
  private DynamicObjectLibrary objects =
      DynamicObjectLibrary.getFactory().createDispatched(CACHE_LIMIT);

  PutLoopRootNode(BaselineLanguage language) {
    super(language);
  }

  @Override
  public Object execute(VirtualFrame frame) {
    Object[] arguments = frame.getArguments();
    DynamicObject object = (DynamicObject) arguments[0];
    int count = (Integer) arguments[1];
    for (int i = 0; i < count; i++) {
      objects.put(object, BaselineLanguage.KEY, i);
    }
    return count;
  }

  @Override
  public String getName() {
    return "baseline-put-loop";
  }
}
