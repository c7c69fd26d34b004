package org.jsheap.gc.demo;

import java.io.PrintStream;
import java.util.Locale;
import org.jsheap.gc.GcStatistics;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;

/**
 * The binary-trees allocation workload (from the Computer Language Benchmarks Game) written against
 * the gc API: builds a long-lived tree, then many short-lived trees of growing depth, and checks
 * each by counting its nodes. A tree node is an object with two tagged slots.
 *
 * <p>Every reference the workload holds across an allocation lives on a {@link ValueStack}, the way
 * an interpreter holds its registers; a Java local holding an address is only used between
 * allocations.
 */
public final class BinaryTrees {
  private static final int NODE_CLASS = 1;
  private static final int MIN_DEPTH = 4;

  private final Heap heap;
  private final ValueStack stack;

  public BinaryTrees(Heap heap) {
    this.heap = heap;
    this.stack = heap.newValueStack(1024, 1 << 20);
  }

  /** Builds a tree of the given depth and leaves its reference on top of the value stack. */
  void pushTree(int depth) {
    if (depth == 0) {
      stack.push(ValueCodec.fromReference(heap.allocate(NODE_CLASS, 0, 2, 0)));
      return;
    }
    pushTree(depth - 1);
    pushTree(depth - 1);
    long node = heap.allocate(NODE_CLASS, 0, 2, 0);
    heap.setSlot(node, 1, stack.pop());
    heap.setSlot(node, 0, stack.pop());
    stack.push(ValueCodec.fromReference(node));
  }

  /** Counts nodes without allocating (no collection can happen, so addresses stay valid). */
  int check(long node) {
    long left = heap.getSlot(node, 0);
    if (ValueCodec.isUndefined(left)) {
      return 1;
    }
    return 1
        + check(ValueCodec.asReference(left))
        + check(ValueCodec.asReference(heap.getSlot(node, 1)));
  }

  /** Runs the workload and returns the sum of all checks (a deterministic function of n). */
  public long run(int n, PrintStream out) {
    int maxDepth = Math.max(MIN_DEPTH + 2, n);
    long total = 0;

    pushTree(maxDepth + 1);
    int c = check(ValueCodec.asReference(stack.pop()));
    total += c;
    out.printf(Locale.ROOT, "stretch tree of depth %d\t check: %d%n", maxDepth + 1, c);

    pushTree(maxDepth);
    int longLived = stack.size() - 1;
    for (int depth = MIN_DEPTH; depth <= maxDepth; depth += 2) {
      int iterations = 1 << (maxDepth - depth + MIN_DEPTH);
      long sum = 0;
      for (int i = 0; i < iterations; i++) {
        pushTree(depth);
        sum += check(ValueCodec.asReference(stack.pop()));
      }
      total += sum;
      out.printf(Locale.ROOT, "%d\t trees of depth %d\t check: %d%n", iterations, depth, sum);
    }
    c = check(ValueCodec.asReference(stack.get(longLived)));
    stack.setSize(longLived);
    total += c;
    out.printf(Locale.ROOT, "long lived tree of depth %d\t check: %d%n", maxDepth, c);
    return total;
  }

  /** Usage: {@code BinaryTrees [depth] [maxHeapMiB]}. Prints the checks, then GC statistics. */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    long heapMiB = args.length > 1 ? Long.parseLong(args[1]) : 256;
    HeapConfig config = HeapConfig.builder().maxHeapBytes(heapMiB << 20).build();
    long start = System.nanoTime();
    try (Heap heap = Heap.create(config)) {
      new BinaryTrees(heap).run(n, System.out);
      long elapsed = System.nanoTime() - start;
      GcStatistics s = heap.statistics();
      System.out.printf(
          Locale.ROOT,
          "%ntime %.1f ms; scavenges %d, full collections %d (incremental %d), marking steps %d%n"
              + "pauses: total %.2f ms, max %.3f ms%n"
              + "allocated %.1f MiB, copied %.1f MiB, promoted %.1f MiB, freed %.1f MiB,"
              + " old in use %.1f MiB%n",
          elapsed / 1e6,
          s.scavenges(),
          s.fullCollections(),
          s.incrementalCycles(),
          s.markingSteps(),
          s.totalPauseNanos() / 1e6,
          s.maxPauseNanos() / 1e6,
          s.bytesAllocated() / 1048576.0,
          s.bytesCopied() / 1048576.0,
          s.bytesPromoted() / 1048576.0,
          s.bytesFreed() / 1048576.0,
          s.oldUsedBytes() / 1048576.0);
    }
  }
}
