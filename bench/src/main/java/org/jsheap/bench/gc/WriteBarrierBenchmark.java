package org.jsheap.bench.gc;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The write barrier's cost: {@code Heap.setSlot} against a raw store to a native segment of the
 * same slots. Stores cycle through 64 slots of one old object. {@code marking=true} runs the same
 * stores while an incremental marking cycle is active (the holder is marked, so the insertion
 * barrier's check runs on every reference store). {@code mode=concurrent} makes that cycle a
 * concurrent one: the barrier adds a full fence and a volatile read of the holder's mark bit (the
 * marker thread has drained and parked itself by then).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriteBarrierBenchmark {
  static final int SLOTS = 64;
  static final int BATCH = 1024;

  @Param({"false", "true"})
  public boolean marking;

  @Param({"incremental", "concurrent"})
  public String mode;

  Heap heap;
  ValueStack stack;
  long holder;
  long oldValue;
  long youngValue;
  Arena arena;
  MemorySegment raw;

  @Setup(Level.Trial)
  public void setUp() {
    heap =
        Heap.create(
            HeapConfig.builder()
                .maxHeapBytes(64L << 20)
                .semispaceBytes(4L << 20)
                .marking(org.jsheap.gc.MarkingMode.parse(mode))
                .stress(StressMode.NONE)
                .build());
    stack = heap.newValueStack(16, 1024);
    stack.push(ValueCodec.fromReference(heap.allocateTenured(1, 0, SLOTS, 0)));
    stack.push(ValueCodec.fromReference(heap.allocateTenured(1, 0, 0, 0)));
    stack.push(ValueCodec.fromReference(heap.allocate(1, 0, 0, 0)));
    if (marking) {
      heap.startIncrementalMarking(); // no allocation follows, so the cycle stays active
    }
    // No allocation happens during the measurement, so these addresses stay valid.
    holder = ValueCodec.asReference(stack.get(0));
    oldValue = stack.get(1);
    youngValue = stack.get(2);
    arena = Arena.ofConfined();
    raw = arena.allocate(16 + 8 * SLOTS, 8);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (heap.isMarking() != marking) {
      throw new IllegalStateException("marking state changed during the benchmark");
    }
    heap.close();
    arena.close();
  }

  /** The raw twin of the reference stores: the same (loop-invariant) value, no barrier. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void rawStore() {
    MemorySegment m = raw;
    long v = oldValue;
    for (int i = 0; i < BATCH; i++) {
      m.set(JAVA_LONG, 16 + 8L * (i & (SLOTS - 1)), v);
    }
  }

  /** The raw twin of {@link #barrierIntStore}: the same values, no barrier. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void rawIntStore() {
    MemorySegment m = raw;
    for (int i = 0; i < BATCH; i++) {
      m.set(JAVA_LONG, 16 + 8L * (i & (SLOTS - 1)), ValueCodec.fromInt(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void barrierIntStore() {
    Heap h = heap;
    long o = holder;
    for (int i = 0; i < BATCH; i++) {
      h.setSlot(o, i & (SLOTS - 1), ValueCodec.fromInt(i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void barrierOldReferenceStore() {
    Heap h = heap;
    long o = holder;
    long v = oldValue;
    for (int i = 0; i < BATCH; i++) {
      h.setSlot(o, i & (SLOTS - 1), v);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void barrierYoungReferenceStore() {
    Heap h = heap;
    long o = holder;
    long v = youngValue;
    for (int i = 0; i < BATCH; i++) {
      h.setSlot(o, i & (SLOTS - 1), v);
    }
  }
}
