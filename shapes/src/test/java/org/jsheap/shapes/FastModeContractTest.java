package org.jsheap.shapes;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;

class FastModeContractTest extends AbstractPropertySemanticsContract {
  final HeapFixture fx = new HeapFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  @Override
  Subject newSubject() {
    return new HeapSubject(fx, fx.model.newObject(ValueCodec.NULL));
  }
}
