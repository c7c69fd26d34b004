package org.jsheap.gc;

import static org.jsheap.gc.mock.MockObjects.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsheap.gc.mock.MockObjects;
import org.jsheap.gc.util.NativeRegion;
import org.junit.jupiter.api.Test;

/**
 * Closing a heap returns its native memory. Each of a thousand heaps gets about 1.5 MiB of its
 * memory touched (young, old and large objects), so a heap that leaked its mapping would grow the
 * resident set by well over a gigabyte; the test allows 64 MiB of noise.
 */
class NativeMemoryLeakTest {
  private static final int HEAPS = 1000;
  private static final long SLACK = 64L * 1024 * 1024;

  private static long residentBytes() throws IOException {
    String[] fields = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
    return Long.parseLong(fields[1]) * 4096;
  }

  private static void fillAndClose() {
    Heap heap =
        Heap.create(
            TestHeaps.small()
                .maxHeapBytes(4 * TestHeaps.MIB)
                .semispaceBytes(256 * TestHeaps.KIB)
                .build());
    try {
      MockObjects mock = new MockObjects(heap);
      ValueStack stack = heap.newValueStack(64, 4096);
      for (int i = 0; i < 256; i++) { // ~1 MiB of old objects that stay live
        stack.push(ref(mock.allocateTenured(1, 1, 500, i)));
      }
      for (int i = 0; i < 64; i++) { // ~0.5 MiB through the young generation
        mock.allocate(2, 1, 1000, i);
      }
      stack.push(ref(mock.allocate(3, 0, 2 * 1024, 0))); // a large object
      heap.collectYoung();
    } finally {
      heap.close();
    }
    assertTrue(heap.isClosed());
  }

  /** Java heap and non-heap memory the JVM has committed (part of the resident set). */
  private static long committedJavaBytes() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    return memory.getHeapMemoryUsage().getCommitted()
        + memory.getNonHeapMemoryUsage().getCommitted();
  }

  @Test
  void openingFillingAndClosingAThousandHeapsReturnsNativeMemory() throws IOException {
    for (int i = 0; i < 20; i++) {
      fillAndClose(); // warm up code paths and JIT before the baseline
    }
    System.gc();
    long reservedBefore = NativeRegion.reservedBytes();
    long before = residentBytes() - committedJavaBytes();
    for (int i = 0; i < HEAPS; i++) {
      fillAndClose();
    }
    System.gc();
    // The resident set also holds the Java heap, which the JVM may grow meanwhile (stress mode's
    // verifier makes garbage); only what is left over is native memory.
    long after = residentBytes() - committedJavaBytes();
    assertEquals(reservedBefore, NativeRegion.reservedBytes(), "every reservation was released");
    assertTrue(
        after - before < SLACK,
        String.format(
            "native resident memory grew by %d MiB over %d heaps (%d -> %d MiB)",
            (after - before) >> 20, HEAPS, before >> 20, after >> 20));
  }
}
