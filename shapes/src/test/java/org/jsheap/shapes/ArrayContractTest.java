package org.jsheap.shapes;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;

/** Arrays obey the same named-property semantics ({@code length} is covered by ArrayTest). */
class ArrayContractTest extends AbstractPropertySemanticsContract {
  final HeapFixture fx = new HeapFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  @Override
  Subject newSubject() {
    return new HeapSubject(fx, fx.model.newArray(ValueCodec.NULL, 0));
  }
}
