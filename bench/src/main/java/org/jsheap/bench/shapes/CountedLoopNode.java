package org.jsheap.bench.shapes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * A program of a benchmark language: argument {@code count}, a loop of {@code count} accesses, an
 * int checksum. Graal compiles the whole root, so a benchmark measures the compiled loop.
 */
abstract class CountedLoopNode extends RootNode {
  private final String name;

  CountedLoopNode(TruffleLanguage<?> language, String name) {
    super(language);
    this.name = name;
  }

  @Override
  public final Object execute(VirtualFrame frame) {
    return loop((Integer) frame.getArguments()[0]);
  }

  abstract int loop(int count);

  @Override
  public final String getName() {
    return name;
  }

  @Override
  public final String toString() {
    return name;
  }
}
