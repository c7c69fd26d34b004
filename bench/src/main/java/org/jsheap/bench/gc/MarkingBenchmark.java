package org.jsheap.bench.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jsheap.gc.GcStatistics;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.MarkingMode;
import org.jsheap.gc.StressMode;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
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
 * One old-generation marking cycle per invocation on a heap holding {@code liveMiB} of linked old
 * objects (64-byte cells: a spine keeps them all reachable, four slots point at random others),
 * while a mutator keeps allocating young objects and rewriting old pointers until the cycle ends.
 * The score is the cycle's wall time; at the end of the trial one line per cycle (warm-up cycles
 * first) gives what the mutator thread paid:
 *
 * <ul>
 *   <li>main-thread marking time (cycle start, steps, final pause);
 *   <li>the start pause (it completes the previous cycle's lazy sweep and clears the mark bits),
 *       the final pause (the remark), and the longest step or final pause;
 *   <li>mutator operations done while the cycle ran (allocate one object, store two or three
 *       pointers), and per millisecond of the cycle: the mutator's throughput while marking.
 * </ul>
 *
 * {@code stop-the-world} marks in one pause (start, then finish at once), with no mutator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 6)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class MarkingBenchmark {
  static final int SLOTS = 6; // 16 + 48 = 64 bytes

  @Param({"concurrent", "incremental", "stop-the-world"})
  public String mode;

  /** 16 for the build's smoke pass; the recorded run uses {@code -p liveMiB=256}. */
  @Param({"16"})
  public int liveMiB;

  Heap heap;
  ValueStack stack;
  long[] objects;
  SplittableRandom random = new SplittableRandom(42);

  /** One line per cycle: wall ms, main-thread marking ms, max pause ms, mutator operations. */
  final List<String> cycles = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() {
    MarkingMode marking = MarkingMode.parse(mode);
    heap =
        Heap.create(
            HeapConfig.builder()
                .maxHeapBytes((2L * liveMiB + 64) << 20)
                .semispaceBytes(2L << 20)
                .promotionAge(15)
                .marking(marking == MarkingMode.CONCURRENT ? marking : MarkingMode.INCREMENTAL)
                .markingStepBytes(256 << 10)
                .stress(StressMode.NONE)
                .build());
    if (heap.markingMode() != MarkingMode.parse(mode) && marking == MarkingMode.CONCURRENT) {
      throw new IllegalStateException("one processor: no concurrent marking to measure");
    }
    stack = heap.newValueStack(16, 1024);
    int count = (int) (((long) liveMiB << 20) / 64);
    objects = new long[count];
    long previous = 0;
    for (int i = 0; i < count; i++) {
      long o = heap.allocateTenured(1, 0, SLOTS, 0);
      objects[i] = o;
      if (previous == 0) {
        stack.push(ValueCodec.fromReference(o));
      } else {
        heap.setSlot(previous, 0, ValueCodec.fromReference(o));
      }
      previous = o;
    }
    for (int i = 0; i < count; i++) {
      for (int s = 1; s < 5; s++) {
        heap.setSlot(objects[i], s, ValueCodec.fromReference(objects[random.nextInt(count)]));
      }
    }
    heap.collectFull(); // nothing dies: every object stays where it is
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    heap.close();
    System.out.println();
    for (String line : cycles) {
      System.out.println(line);
    }
  }

  @Setup(Level.Invocation)
  public void quiesce() {
    if (heap.isMarking()) {
      heap.finishMarking();
    }
    heap.collectYoung();
  }

  @Benchmark
  public long cycle() {
    long wall = System.nanoTime();
    GcStatistics live = heap.statistics(); // the live view: reading a counter is a field load
    long begin = live.markingPauseNanos();
    long ops = 0;
    heap.startIncrementalMarking();
    long seen = live.markingPauseNanos();
    long startPause = seen - begin; // finishes the previous cycle's lazy sweep, clears the marks
    long maxStep = 0;
    long remark;
    if (mode.equals("stop-the-world")) {
      heap.finishMarking();
      remark = live.markingPauseNanos() - seen;
    } else {
      int n = objects.length;
      long last = 0;
      while (heap.isMarking()) {
        long young = heap.allocate(2, 0, 4, 0);
        heap.setSlot(young, 0, ValueCodec.fromReference(objects[random.nextInt(n)]));
        // rewrite an old pointer (old to old: the insertion barrier's case)
        heap.setSlot(
            objects[random.nextInt(n)], 5, ValueCodec.fromReference(objects[random.nextInt(n)]));
        if ((ops & 15) == 0) {
          heap.setSlot(objects[random.nextInt(n)], 5, ValueCodec.fromReference(young));
        }
        ops++;
        long now = live.markingPauseNanos();
        if (now != seen) { // this operation paused to mark (one pause, rarely more: an upper bound)
          last = now - seen;
          maxStep = Math.max(maxStep, last);
          seen = now;
        }
      }
      remark = last; // the operation that ended the cycle ran its final pause
    }
    long end = live.markingPauseNanos();
    wall = System.nanoTime() - wall;
    cycles.add(
        String.format(
            Locale.ROOT,
            "# marking %s liveMiB=%d cycle %d: wall %.1f ms, main-thread marking %.2f ms, start"
                + " pause %.3f ms, final pause %.3f ms, longest step or final %.3f ms,"
                + " mutator ops %d (%.0f ops/ms)",
            mode,
            liveMiB,
            cycles.size(),
            wall / 1e6,
            (end - begin) / 1e6,
            startPause / 1e6,
            remark / 1e6,
            maxStep / 1e6,
            ops,
            ops / (wall / 1e6)));
    return ops;
  }
}
