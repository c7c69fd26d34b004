package org.jsheap.bench.gc;

import java.util.concurrent.TimeUnit;
import org.jsheap.gc.GlobalHandle;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.jsheap.gc.ValueCodec;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The strings decision (docs/decisions.md, "Strings"): a JS string as a heap cell holding its
 * UTF-16 characters in its raw payload ({@code heap*}), against a one-slot heap cell holding an
 * external reference to a {@code java.lang.String} ({@code external*}, what the runtime does).
 *
 * <ul>
 *   <li>{@code *Create}: make a string cell from a Java string the program computed (a number
 *       printed, a substring, a concatenation), one in {@link #SURVIVOR_EVERY} kept in an old
 *       holder so scavenges copy survivors and the external table sweeps dead entries.
 *   <li>{@code *ToJava}: turn a live string cell back into a Java string and hash it, what every
 *       library operation, property-key use and {@code Map} key needs.
 * </ul>
 *
 * {@code length} covers one-character strings (the external table's worst case), short keys, and
 * text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StringRepresentationBenchmark {
  static final int BATCH = 1024;
  static final int SURVIVOR_EVERY = 16;
  static final int STRING_CLASS = 7;
  static final int STRING_KIND = 3;

  @Param({"1", "16"})
  public int length;

  Heap heap;
  String[] pool;
  GlobalHandle holder;
  long[] heapCells;
  long[] externalCells;
  GlobalHandle heapLive;
  GlobalHandle externalLive;

  @Setup(Level.Trial)
  public void setUp() {
    heap =
        Heap.create(
            HeapConfig.builder()
                .maxHeapBytes(256L << 20)
                .semispaceBytes(8L << 20)
                .stress(StressMode.NONE)
                .build());
    pool = new String[BATCH];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < BATCH; i++) {
      sb.setLength(0);
      for (int c = 0; c < length; c++) {
        sb.append((char) ('a' + (i * 31 + c * 7) % 26));
      }
      pool[i] = sb.toString();
    }
    holder = heap.newGlobalHandle(ValueCodec.fromReference(heap.allocateTenured(1, 0, BATCH, 0)));
    heapLive = heap.newGlobalHandle(ValueCodec.fromReference(heap.allocateTenured(1, 0, BATCH, 0)));
    externalLive =
        heap.newGlobalHandle(ValueCodec.fromReference(heap.allocateTenured(1, 0, BATCH, 0)));
    for (int i = 0; i < BATCH; i++) {
      heap.setSlot(ref(heapLive), i, ValueCodec.fromReference(heapString(pool[i])));
      heap.setSlot(ref(externalLive), i, ValueCodec.fromReference(externalString(pool[i])));
    }
    heap.collectYoung();
    heap.collectYoung();
    for (int i = 0; i < BATCH; i++) {
      if (!pool[i].equals(heapToJava(ValueCodec.asReference(heap.getSlot(ref(heapLive), i))))
          || !pool[i].equals(
              externalToJava(ValueCodec.asReference(heap.getSlot(ref(externalLive), i))))) {
        throw new AssertionError("string " + i + " did not survive the round trip");
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    heap.close();
  }

  private long ref(GlobalHandle handle) {
    return ValueCodec.asReference(handle.get());
  }

  long heapString(String s) {
    int n = s.length();
    // The length goes first: the raw area is rounded up to whole words.
    long cell = heap.allocate(STRING_CLASS, STRING_KIND, 0, 4 + 2L * n);
    heap.setRawInt(cell, 0, n);
    for (int i = 0; i < n; i++) {
      heap.setRawChar(cell, 4 + 2L * i, s.charAt(i));
    }
    return cell;
  }

  long externalString(String s) {
    long cell = heap.allocate(STRING_CLASS, STRING_KIND, 1, 0);
    heap.setSlot(cell, 0, heap.registerExternal(cell, s, 24 + 2L * s.length()));
    return cell;
  }

  String heapToJava(long cell) {
    int n = heap.getRawInt(cell, 0);
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = heap.getRawChar(cell, 4 + 2L * i);
    }
    return new String(chars);
  }

  String externalToJava(long cell) {
    return (String) heap.external(heap.getSlot(cell, 0));
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void heapCreate(Blackhole bh) {
    long keep = ref(holder);
    for (int i = 0; i < BATCH; i++) {
      long cell = heapString(pool[i]);
      if (i % SURVIVOR_EVERY == 0) {
        heap.setSlot(keep, i, ValueCodec.fromReference(cell));
      }
      bh.consume(cell);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void externalCreate(Blackhole bh) {
    long keep = ref(holder);
    for (int i = 0; i < BATCH; i++) {
      long cell = externalString(pool[i]);
      if (i % SURVIVOR_EVERY == 0) {
        heap.setSlot(keep, i, ValueCodec.fromReference(cell));
      }
      bh.consume(cell);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int heapToJava() {
    long live = ref(heapLive);
    int h = 0;
    for (int i = 0; i < BATCH; i++) {
      h += heapToJava(ValueCodec.asReference(heap.getSlot(live, i))).hashCode();
    }
    return h;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int externalToJava() {
    long live = ref(externalLive);
    int h = 0;
    for (int i = 0; i < BATCH; i++) {
      h += externalToJava(ValueCodec.asReference(heap.getSlot(live, i))).hashCode();
    }
    return h;
  }
}
