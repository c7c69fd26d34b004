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
 * Closing a heap returns its native memory. Each of a thousand heaps reserves 4 MiB and gets about
 * 1.5 MiB of it touched (young, old and large objects), so a heap that leaked its mapping would
 * grow the address space by 4 GiB and the resident set by well over a gigabyte.
 */
class NativeMemoryLeakTest {
  private static final int HEAPS = 1000;

  /** Allowed growth of the address space: a leaked reservation costs 4 MiB per heap. */
  private static final long VIRTUAL_SLACK = 64L * 1024 * 1024;

  /**
   * Allowed growth of resident memory not explained by Java heap growth. Much looser than the
   * virtual check, because G1 first-touches pages of its already committed heap (1/64 of the
   * machine's memory, 384 MiB here) as the test runs, which no JVM counter reports (seen: about 100
   * MiB). A leak of the touched pages of 1000 heaps shows as about 1.5 GiB.
   */
  private static final long RESIDENT_SLACK = 512L * 1024 * 1024;

  /** The process's virtual size (VmSize), which only reservations change. */
  private static long virtualBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmSize:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmSize in /proc/self/status");
  }

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
    long virtualBefore = virtualBytes();
    long before = residentBytes();
    long javaBefore = committedJavaBytes();
    for (int i = 0; i < HEAPS; i++) {
      fillAndClose();
    }
    System.gc();
    // The resident set also holds the Java heap, which the JVM may grow meanwhile (stress mode's
    // verifier makes garbage): growth of committed Java memory is not native growth. Shrinking is
    // not credited, since memory committed but never touched was never resident.
    long javaGrowth = Math.max(0, committedJavaBytes() - javaBefore);
    long after = residentBytes() - javaGrowth;
    assertEquals(reservedBefore, NativeRegion.reservedBytes(), "every reservation was released");
    long virtualGrowth = virtualBytes() - virtualBefore;
    assertTrue(
        virtualGrowth < VIRTUAL_SLACK,
        "address space grew by " + (virtualGrowth >> 20) + " MiB over " + HEAPS + " heaps");
    assertTrue(
        after - before < RESIDENT_SLACK,
        String.format(
            "native resident memory grew by %d MiB over %d heaps (%d -> %d MiB)",
            (after - before) >> 20, HEAPS, before >> 20, after >> 20));
  }
}
