package org.jsheap.gc;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gc's slow paths are Truffle boundaries, so a compiled store or allocation site keeps only its
 * fast path inline. Without the boundary, partial evaluation inlines the remembered-set record and
 * the marker's barrier into every reference store (docs/performance.md, "compiled reference put").
 */
class SlowPathBoundaryTest {
  @ParameterizedTest
  @CsvSource({
    "org.jsheap.gc.WriteBarrier, recordSlow",
    "org.jsheap.gc.MutatorAllocator, allocateSlow",
    "org.jsheap.gc.RawPayload, outOfBounds",
    "org.jsheap.gc.Marker, noteClassId",
  })
  void slowPathIsABoundary(String className, String method) throws ClassNotFoundException {
    Class<?> c = Class.forName(className);
    java.lang.reflect.Method m = null;
    for (java.lang.reflect.Method candidate : c.getDeclaredMethods()) {
      if (candidate.getName().equals(method)) {
        m = candidate;
      }
    }
    assertNotNull(m, className + "." + method + " exists");
    assertNotNull(
        m.getAnnotation(TruffleBoundary.class),
        className + "." + method + " is a @TruffleBoundary");
  }
}
