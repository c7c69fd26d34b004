package org.jsheap.bench.gc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsheap.gc.GcStatistics;
import org.jsheap.gc.Heap;
import org.jsheap.gc.HeapConfig;
import org.jsheap.gc.StressMode;
import org.jsheap.gc.ValueCodec;
import org.jsheap.gc.ValueStack;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Copy rate of a young collection in which every young object survives, JSHeap's scavenger against
 * HotSpot's Serial young collection (one GC thread), taken in one JMH run so the ratio survives a
 * loaded machine. Both copy 48-byte objects of a linked list. Read the secondary results:
 *
 * <p>{@code copiedGB / pauseSeconds}, the copy rate in GB/s (JMH sums both over the measurement
 * iterations), and the trial's last output line (the rate of each measurement iteration, and the
 * lowest fraction of young bytes copied, which must be about 1). The target: JSHeap's rate
 * at least twice HotSpot's.
 *
 * <p>{@code jsheap}: the nursery holds {@code youngMiB * 8 / 10} MiB of live objects (HotSpot's
 * eden at {@code -Xmn<youngMiB>m}, SurvivorRatio 8), scavenged with promotion age 15 (all copied
 * within the young generation); the pause is the heap's own ({@link GcStatistics#lastPauseNanos}).
 * {@code hotspot}: a {@link HotSpotYoungPeer} JVM started once per trial with {@code
 * -XX:+UseSerialGC -Xmn<youngMiB>m -Xms/-Xmx<hotspotHeapMiB>m -XX:+AlwaysPreTouch
 * -XX:-UseCompressedOops}; each invocation asks it for one young collection and reads bytes copied
 * (survivor space plus promoted) and the pause from its {@code -Xlog:gc,gc+heap} lines. The primary
 * score of {@code hotspot} is the peer's round trip (allocation included): read only its counters.
 *
 * <p>Defaults are the build's smoke pass (tiny); the recorded run is {@code bin/bench
 * ScavengeCopyRate -p youngMiB=64 -p hotspotHeapMiB=3072}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScavengeCopyRateBenchmark {
  static final int OBJECT_SLOTS = 4; // 16 + 32 = 48 bytes, as HotSpotYoungPeer.Node
  static final long OBJECT_BYTES = 16 + 8 * OBJECT_SLOTS;

  /** Collections below this survival fraction are not all-survivor collections: not counted. */
  static final double MIN_SURVIVAL = 0.95;

  /**
   * Bytes copied and pause time. JMH sums {@code EVENTS} counters over the measurement iterations,
   * so the two counters are totals and their quotient is the copy rate; at the end of the trial a
   * line gives the rate of each measurement iteration and overall.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CopyRate {
    long bytes;
    long nanos;
    long youngBytes;
    boolean measuring;
    final List<String> iterations = new ArrayList<>();
    long measuredBytes;
    long measuredNanos;
    double minSurvival = Double.MAX_VALUE;

    @Setup(Level.Iteration)
    public void reset(IterationParams params) {
      bytes = 0;
      nanos = 0;
      youngBytes = 0;
      measuring = params.getType() == IterationType.MEASUREMENT;
    }

    void add(long copied, long young, long pauseNanos) {
      bytes += copied;
      youngBytes += young;
      nanos += pauseNanos;
    }

    /** GB copied (10^9 bytes); summed over iterations. */
    public double copiedGB() {
      return bytes / 1e9;
    }

    /** Seconds of pause; summed over iterations. */
    public double pauseSeconds() {
      return nanos / 1e9;
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
      if (measuring && nanos > 0) {
        iterations.add(String.format(Locale.ROOT, "%.3f", (double) bytes / nanos));
        measuredBytes += bytes;
        measuredNanos += nanos;
        minSurvival = Math.min(minSurvival, (double) bytes / youngBytes);
      }
    }

    @TearDown(Level.Trial)
    public void report() {
      System.out.printf(
          Locale.ROOT,
          "%ncopy rate GB/s per measurement iteration %s, overall %.3f (%.1f MB in %.1f ms of"
              + " pause), lowest survival %.3f%n",
          iterations,
          measuredNanos == 0 ? 0 : (double) measuredBytes / measuredNanos,
          measuredBytes / 1e6,
          measuredNanos / 1e6,
          minSurvival);
    }
  }

  /** Our side: a nursery of live linked 48-byte objects, refilled before each invocation. */
  @State(Scope.Thread)
  public static class JsheapSide {
    @Param({"8"})
    public int youngMiB;

    Heap heap;
    ValueStack stack;
    long liveBytes;

    @Setup(Level.Trial)
    public void setUp() {
      liveBytes = ((long) youngMiB << 20) * 8 / 10;
      long semispace = (long) youngMiB << 20;
      heap =
          Heap.create(
              HeapConfig.builder()
                  .maxHeapBytes(4 * semispace + (64L << 20))
                  .semispaceBytes(semispace)
                  .promotionAge(15)
                  .incrementalMarking(false)
                  .stress(StressMode.NONE)
                  .build());
      stack = heap.newValueStack(16, 1024);
    }

    @Setup(Level.Invocation)
    public void fill() {
      stack.setSize(0);
      heap.collectYoung(); // empties the nursery: nothing is rooted
      stack.push(ValueCodec.UNDEFINED);
      for (long i = 0; i < liveBytes / OBJECT_BYTES; i++) {
        long node = heap.allocate(1, 0, OBJECT_SLOTS, 0);
        heap.setSlot(node, 0, stack.get(0));
        heap.setSlot(node, 1, ValueCodec.fromInt((int) i));
        stack.set(0, ValueCodec.fromReference(node));
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      heap.close();
    }
  }

  /** The peer: one HotSpot JVM per trial, asked for one young collection per invocation. */
  @State(Scope.Thread)
  public static class HotSpotSide {
    @Param({"8"})
    public int youngMiB;

    @Param({"256"})
    public int hotspotHeapMiB;

    Process peer;
    Writer requests;
    BufferedReader output;
    final HotSpotGcLog log = new HotSpotGcLog();

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      peer =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-XX:+UseSerialGC",
                      "-Xmn" + youngMiB + "m",
                      "-Xms" + hotspotHeapMiB + "m",
                      "-Xmx" + hotspotHeapMiB + "m",
                      "-XX:+AlwaysPreTouch",
                      "-XX:-UseCompressedOops",
                      "-Xlog:gc,gc+heap=info:stdout",
                      "-cp",
                      System.getProperty("java.class.path"),
                      HotSpotYoungPeer.class.getName()))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      requests = new OutputStreamWriter(peer.getOutputStream(), StandardCharsets.US_ASCII);
      output =
          new BufferedReader(
              new InputStreamReader(peer.getInputStream(), StandardCharsets.US_ASCII));
      collect(); // the first collections also copy the peer's start-up objects
      collect();
    }

    /** Asks the peer for young collections until one copied all (see MIN_SURVIVAL). */
    HotSpotGcLog.YoungPause nextAllSurvivor() throws IOException {
      for (int attempt = 0; attempt < 5; attempt++) {
        HotSpotGcLog.YoungPause pause = collect();
        if (pause.survival() >= MIN_SURVIVAL) {
          return pause;
        }
      }
      throw new IllegalStateException("the peer's young collections do not copy everything");
    }

    private HotSpotGcLog.YoungPause collect() throws IOException {
      requests.write("gc\n");
      requests.flush();
      HotSpotGcLog.YoungPause pause = null;
      for (String line = output.readLine(); ; line = output.readLine()) {
        if (line == null) {
          throw new IllegalStateException(
              "the HotSpot peer closed its output (alive: " + peer.isAlive() + ")");
        }
        if (line.equals(HotSpotYoungPeer.DONE)) {
          break;
        }
        if (log.accept(line)) {
          pause = log.last();
        }
      }
      if (pause == null) {
        throw new IllegalStateException("no young collection in the peer's log");
      }
      return pause;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, InterruptedException {
      requests.close();
      if (!peer.waitFor(30, TimeUnit.SECONDS)) {
        peer.destroyForcibly();
      }
    }
  }

  @Benchmark
  public void jsheap(JsheapSide side, CopyRate rate) {
    GcStatistics stats = side.heap.statistics();
    long before = stats.bytesCopied() + stats.bytesPromoted();
    side.heap.collectYoung();
    stats = side.heap.statistics();
    long copied = stats.bytesCopied() + stats.bytesPromoted() - before;
    rate.add(copied, side.liveBytes - side.liveBytes % OBJECT_BYTES, stats.lastPauseNanos());
  }

  @Benchmark
  public void hotspot(HotSpotSide side, CopyRate rate) throws IOException {
    HotSpotGcLog.YoungPause pause = side.nextAllSurvivor();
    rate.add(pause.copiedBytes(), pause.youngBeforeBytes(), pause.pauseNanos());
  }
}
