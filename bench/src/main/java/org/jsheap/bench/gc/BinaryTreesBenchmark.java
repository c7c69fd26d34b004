package org.jsheap.bench.gc;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsheap.gc.CollectionKind;
import org.jsheap.gc.GcListener;
import org.jsheap.gc.GcStatistics;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.jsheap.gc.demo.BinaryTrees;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The binary-trees workload on our heap against the same program on Java objects. Each iteration's
 * maximum GC pause and collection count are printed at its end (JMH shows them in the fork's
 * output), so pauses of warm-up iterations, when the collector itself still runs interpreted, can
 * be told apart from steady-state ones.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BinaryTreesBenchmark {
  @Param({"14"})
  public int depth;

  Heap heap;
  long iterationMaxPause;
  long iterationCollections;
  PrintStream devNull = new PrintStream(OutputStream.nullOutputStream());

  @Setup(Level.Trial)
  public void setUp() {
    heap =
        Heap.create(HeapConfig.builder().maxHeapBytes(256L << 20).stress(StressMode.NONE).build());
    heap.addListener(
        new GcListener() {
          @Override
          public void afterCollection(CollectionKind kind, GcStatistics statistics) {
            iterationMaxPause = Math.max(iterationMaxPause, statistics.lastPauseNanos());
            iterationCollections++;
          }
        });
  }

  @Setup(Level.Iteration)
  public void resetIteration() {
    iterationMaxPause = 0;
    iterationCollections = 0;
  }

  @TearDown(Level.Iteration)
  public void reportIteration() {
    if (iterationCollections > 0) {
      System.out.printf(
          Locale.ROOT,
          " [gc: %d collections, max pause %.3f ms]",
          iterationCollections,
          iterationMaxPause / 1e6);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    GcStatistics s = heap.statistics();
    System.out.printf(
        Locale.ROOT,
        "%n[binary-trees %d] scavenges %d, full %d, max pause %.3f ms, total pause %.1f ms%n",
        depth,
        s.scavenges(),
        s.fullCollections(),
        s.maxPauseNanos() / 1e6,
        s.totalPauseNanos() / 1e6);
    heap.close();
  }

  @Benchmark
  public long offHeap() {
    return new BinaryTrees(heap).run(depth, devNull);
  }

  /** A Java tree node. */
  static final class Node {
    final Node left;
    final Node right;

    Node(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    int check() {
      return left == null ? 1 : 1 + left.check() + right.check();
    }
  }

  static Node tree(int depth) {
    return depth == 0 ? new Node(null, null) : new Node(tree(depth - 1), tree(depth - 1));
  }

  @Benchmark
  public long javaObjects() {
    int maxDepth = Math.max(6, depth);
    long total = tree(maxDepth + 1).check();
    Node longLived = tree(maxDepth);
    for (int d = 4; d <= maxDepth; d += 2) {
      int iterations = 1 << (maxDepth - d + 4);
      for (int i = 0; i < iterations; i++) {
        total += tree(d).check();
      }
    }
    return total + longLived.check();
  }
}
