package org.jsheap.shapes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsheap.gc.ValueCodec;
import org.junit.jupiter.api.AfterEach;

class DictionaryModeContractTest extends AbstractPropertySemanticsContract {
  final HeapFixture fx = new HeapFixture();

  @AfterEach
  void close() {
    fx.close();
  }

  @Override
  Subject newSubject() {
    HeapSubject s = new HeapSubject(fx, fx.model.newObject(ValueCodec.NULL));
    fx.model.toDictionaryMode(s.ref());
    assertTrue(fx.model.isDictionaryMode(s.ref()));
    return s;
  }
}
